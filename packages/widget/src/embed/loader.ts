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
 *   Slotchat('send', 'show me event abc123'); Slotchat('setTheme', 'dark');
 *   Slotchat('on', 'message', (message) => { ... });   // does not load the chat by itself
 * Commands go to the first widget, or to `{ instance: 'name' }` given as the last argument.
 */
import { createCommandRouter } from './commands';
import { themes } from './init-options';
import type { Theme } from './init-options';
import { LauncherWidget } from './launcher-widget';
import type { ChatModule } from './launcher-widget';

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
    SlotchatChat?: ChatModule;
  }
}

/** Set by the loader's build (vite.loader.config.ts) to the version of the chunk built with it. */
declare const __SLOTCHAT_CHAT_VERSION__: string | undefined;

const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = script?.src || window.location.href;
const chatVersion =
  typeof __SLOTCHAT_CHAT_VERSION__ === 'string' ? `?v=${__SLOTCHAT_CHAT_VERSION__}` : '';
const chatModuleUrl = new URL(`widget-chat.js${chatVersion}`, scriptUrl).href;

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

function start() {
  const queue = window.Slotchat?.q ?? [];
  const router = createCommandRouter((options) => new LauncherWidget(options, loadChatModule));
  const api: SlotchatGlobal = (...args: unknown[]) => router.command(args[0], ...args.slice(1));
  api.loaded = true;
  window.Slotchat = api;
  const data = script?.dataset ?? {};
  if (data.proxyUrl) {
    router.command('init', {
      proxyUrl: data.proxyUrl,
      ...(data.instance ? { instance: data.instance } : {}),
      ...(data.position === 'left' ? { position: 'left' as const } : {}),
      ...(data.load === 'idle' ? { load: 'idle' as const } : {}),
      ...(data.locale ? { locale: data.locale } : {}),
      ...(themes.includes(data.theme as Theme) ? { theme: data.theme as Theme } : {}),
      ...(script?.nonce ? { nonce: script.nonce } : {}),
    });
  }
  for (const args of queue) {
    const list = Array.from(args);
    router.command(list[0], ...list.slice(1));
  }
}

if (window.Slotchat?.loaded) {
  console.warn('[slotchat] widget.js was included twice; the second copy does nothing.');
} else if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start, { once: true });
}
