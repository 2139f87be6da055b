/**
 * widget.js — what a host page loads first: `<script src=".../widget.js" data-proxy-url="..." async>`.
 * It only draws the launcher (no React, no engine) and loads the chat chunk when the visitor
 * opens it, when the browser is idle (`data-load="idle"`), or at once when a sign-in popup from
 * before a reload is still waiting for its answer.
 *
 * It also runs the `window.Slotchat(...)` command queue, which pages may call before this script
 * has arrived:
 *   window.Slotchat = window.Slotchat || function () { (Slotchat.q = Slotchat.q || []).push(arguments) };
 *   Slotchat('init', { proxyUrl: 'https://chat.example.com' });
 *   Slotchat('open'); Slotchat('close'); Slotchat('setTimeZone', 'Europe/Berlin'); Slotchat('reset');
 *   Slotchat('send', 'show me event abc123');
 *   Slotchat('on', 'message', (message) => { ... });
 * Commands go to the first widget, or to `{ instance: 'name' }` given as the last argument.
 */
import { en } from '../core/strings';
import type { ChatInstance, MountOptions } from './mount-chat';
import { adoptStyles } from './adopt-styles';
import { launcherCss, launcherIconPath } from './launcher-css';

interface InitOptions {
  proxyUrl: string;
  instance?: string;
  position?: 'left' | 'right';
  timeZone?: string;
  locale?: string;
  /** When to load the chat: on first open (default) or when the browser is idle. */
  load?: 'open' | 'idle';
  nonce?: string;
  /** Replacements for the widget's strings (a translation). */
  strings?: MountOptions['strings'];
  /** Where to put the widget (default: the end of `<body>`). */
  container?: Element;
}

type Queued = ArrayLike<unknown>;
interface SlotchatGlobal {
  (...args: unknown[]): void;
  q?: Queued[];
  loaded?: boolean;
}

declare global {
  interface Window {
    Slotchat?: SlotchatGlobal;
    /** Set by the chat chunk (widget-chat.js) when it has loaded. */
    SlotchatChat?: { mountChat(shadow: ShadowRoot, options: MountOptions): ChatInstance };
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = script?.src || window.location.href;
const chatModuleUrl = new URL('widget-chat.js', scriptUrl).href;

type ChatModule = { mountChat(shadow: ShadowRoot, options: MountOptions): ChatInstance };
let chatModule: Promise<ChatModule> | null = null;

/**
 * Adds the chat chunk as a classic script (allowed by any CSP that allows widget.js itself, and
 * needing no CORS headers, unlike a cross-origin module import). It defines `window.SlotchatChat`.
 */
function loadChatModule(nonce: string | undefined): Promise<ChatModule> {
  chatModule ??= new Promise<ChatModule>((resolve, reject) => {
    if (window.SlotchatChat) return resolve(window.SlotchatChat);
    const element = document.createElement('script');
    element.src = chatModuleUrl;
    element.async = true;
    if (nonce) element.nonce = nonce;
    element.addEventListener('load', () =>
      window.SlotchatChat
        ? resolve(window.SlotchatChat)
        : reject(new Error(`${chatModuleUrl} did not define the chat`)),
    );
    element.addEventListener('error', () => reject(new Error(`could not load ${chatModuleUrl}`)));
    document.head.appendChild(element);
  }).catch((error: unknown) => {
    chatModule = null; // The next click tries again.
    throw error;
  });
  return chatModule;
}

class Widget {
  private readonly shadow: ShadowRoot;
  private readonly button: HTMLButtonElement;
  private chat: Promise<ChatInstance> | null = null;
  private readonly queued: Array<(chat: ChatInstance) => void> = [];

  constructor(private readonly options: InitOptions) {
    const host = document.createElement('slotchat-widget');
    if (options.position === 'left') host.setAttribute('data-position', 'left');
    this.shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(this.shadow, `:host{all:initial}${launcherCss}`, options.nonce);
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'launcher';
    this.button.setAttribute('aria-label', options.strings?.openChat ?? en.openChat);
    this.button.setAttribute('aria-expanded', 'false');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '26');
    svg.setAttribute('height', '26');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', launcherIconPath);
    svg.appendChild(path);
    this.button.appendChild(svg);
    this.button.addEventListener('click', () => this.run((chat) => chat.open()));
    this.shadow.appendChild(this.button);
    (options.container ?? document.body).appendChild(host);

    // Preloading failures are retried on the first click.
    if (this.wasOpen()) this.load(true, false).catch(() => {});
    else if (this.hasPendingSignIn()) this.load(false).catch(() => {});
    else if (options.load === 'idle') {
      const idle =
        window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
      idle(() => this.load(false).catch(() => {}));
    }
  }

  /** Runs a command on the chat, loading it first when needed. */
  run(command: (chat: ChatInstance) => void, opening = true): void {
    this.queued.push(command);
    this.load(opening).then(
      (chat) => {
        for (const next of this.queued.splice(0)) next(chat);
      },
      (error: unknown) => {
        this.queued.length = 0;
        console.error('[slotchat] the chat could not be loaded', error);
      },
    );
  }

  private load(open: boolean, focus = true): Promise<ChatInstance> {
    this.chat ??= (async () => {
      this.button.setAttribute('aria-busy', 'true');
      let module: ChatModule;
      try {
        module = await loadChatModule(this.options.nonce);
      } catch (error) {
        this.button.removeAttribute('aria-busy');
        this.chat = null;
        throw error;
      }
      const hadFocus = this.shadow.activeElement === this.button;
      this.button.remove();
      const chat = module.mountChat(this.shadow, {
        proxyUrl: this.options.proxyUrl,
        open: open || hadFocus,
        focus: focus || hadFocus,
        ...(this.options.instance ? { instance: this.options.instance } : {}),
        ...(this.options.timeZone ? { timeZone: this.options.timeZone } : {}),
        ...(this.options.locale ? { locale: this.options.locale } : {}),
        ...(this.options.nonce ? { nonce: this.options.nonce } : {}),
        ...(this.options.strings ? { strings: this.options.strings } : {}),
      });
      return chat;
    })();
    return this.chat;
  }

  private storageKey(): string {
    const origin = new URL(this.options.proxyUrl, window.location.href).origin;
    return `slotchat:${origin}:${this.options.instance ?? 'default'}`;
  }

  /** A sign-in that was under way when the page reloaded must still reach the conversation. */
  private hasPendingSignIn(): boolean {
    try {
      const raw = localStorage.getItem(this.storageKey());
      return raw !== null && /"status":"(waiting|blocked)"/.test(raw);
    } catch {
      return false;
    }
  }

  /** The panel was open on the previous page of this tab: keep it open across navigation. */
  private wasOpen(): boolean {
    try {
      return sessionStorage.getItem(`${this.storageKey()}:open`) === '1';
    } catch {
      return false;
    }
  }
}

const widgets = new Map<string, Widget>();

function target(args: unknown[]): Widget | undefined {
  const last = args[args.length - 1];
  if (last && typeof last === 'object' && 'instance' in last) {
    return widgets.get(String((last as { instance: unknown }).instance));
  }
  return widgets.values().next().value;
}

function init(options: InitOptions): void {
  if (!options || typeof options.proxyUrl !== 'string') {
    console.error('[slotchat] init needs { proxyUrl: "https://…" }');
    return;
  }
  const name = options.instance ?? 'default';
  if (widgets.has(name)) return;
  widgets.set(name, new Widget(options));
}

function command(name: unknown, ...args: unknown[]): void {
  if (name === 'init') return init(args[0] as InitOptions);
  const widget = target(args);
  if (!widget) {
    console.error(
      `[slotchat] "${String(name)}" before init: call Slotchat('init', { proxyUrl }) first`,
    );
    return;
  }
  switch (name) {
    case 'open':
      return widget.run((chat) => chat.open());
    case 'close':
      return widget.run((chat) => chat.close(), false);
    case 'send':
      return widget.run((chat) => chat.send(String(args[0])), false);
    case 'setTimeZone':
      return widget.run((chat) => chat.setTimeZone(String(args[0])), false);
    case 'reset':
      return widget.run((chat) => chat.reset(), false);
    case 'on': {
      const [event, handler] = args;
      if (typeof event !== 'string' || typeof handler !== 'function') {
        console.error('[slotchat] usage: Slotchat("on", "message", handler)');
        return;
      }
      return widget.run((chat) => {
        chat.on(event as Parameters<ChatInstance['on']>[0], handler as () => void);
      }, false);
    }
    default:
      console.error(`[slotchat] unknown command "${String(name)}"`);
  }
}

function start() {
  const queue = window.Slotchat?.q ?? [];
  const api: SlotchatGlobal = (...args: unknown[]) => command(args[0], ...args.slice(1));
  api.loaded = true;
  window.Slotchat = api;
  const proxyUrl = script?.dataset.proxyUrl;
  if (proxyUrl) {
    init({
      proxyUrl,
      ...(script?.dataset.instance ? { instance: script.dataset.instance } : {}),
      ...(script?.dataset.position === 'left' ? { position: 'left' as const } : {}),
      ...(script?.dataset.load === 'idle' ? { load: 'idle' as const } : {}),
      ...(script?.dataset.locale ? { locale: script.dataset.locale } : {}),
      ...(script?.nonce ? { nonce: script.nonce } : {}),
    });
  }
  for (const args of queue) {
    const list = Array.from(args);
    command(list[0], ...list.slice(1));
  }
}

if (window.Slotchat?.loaded) {
  console.warn('[slotchat] widget.js was included twice; the second copy does nothing.');
} else if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start, { once: true });
}
