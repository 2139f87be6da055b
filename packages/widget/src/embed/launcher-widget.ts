/**
 * One widget as the loader draws it: the host element with its shadow root and a plain launcher
 * button, until the chat chunk is needed; then the chunk mounts the chat into the same shadow
 * root. No React and no engine here — this file is part of the tiny first-load script.
 */
import type { ChatEventName } from '../core/chat-events';
import { openChatLabel } from '../core/open-chat-label';
import { adoptStyles } from './adopt-styles';
import type { CommandTarget } from './commands';
import { applyTheme } from './init-options';
import type { InitOptions, Theme } from './init-options';
import { isolationCss, launcherCss, launcherIconPath } from './launcher-css';
import type { ChatInstance, ChatListener, MountOptions } from './mount-chat';

export type ChatModule = { mountChat(shadow: ShadowRoot, options: MountOptions): ChatInstance };

export class LauncherWidget implements CommandTarget {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly frame: HTMLDivElement;
  private readonly button: HTMLButtonElement;
  private chat: Promise<ChatInstance> | null = null;
  private mounted: ChatInstance | null = null;
  private readonly queued: Array<(chat: ChatInstance) => void> = [];
  /** Handlers registered before the chat exists; they are attached when it mounts. */
  private readonly listeners: ChatListener[] = [];

  constructor(
    private readonly options: InitOptions,
    private readonly loadChatModule: (nonce: string | undefined) => Promise<ChatModule>,
  ) {
    this.host = document.createElement('slotchat-widget');
    if (options.position === 'left') this.host.setAttribute('data-position', 'left');
    applyTheme(this.host, options.theme);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.shadow, `${isolationCss}${launcherCss}`, options.nonce);
    // The same reset root as the chat's: the page's inherited styles stop here.
    this.frame = document.createElement('div');
    this.frame.className = 'root';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'launcher';
    const label = options.strings?.openChat;
    this.button.setAttribute('aria-label', typeof label === 'string' ? label : openChatLabel);
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
    this.button.addEventListener('click', () => this.open());
    this.frame.appendChild(this.button);
    this.shadow.appendChild(this.frame);
    (options.container ?? document.body).appendChild(this.host);

    // Preloading failures are retried on the first click.
    if (this.wasOpen()) this.load(true, false).catch(() => {});
    else if (this.hasPendingSignIn()) this.load(false).catch(() => {});
    else if (options.load === 'idle') {
      const idle =
        window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
      idle(() => this.load(false).catch(() => {}));
    }
  }

  open(): void {
    this.run((chat) => chat.open());
  }
  close(): void {
    // Nothing to close before the chat exists; loading it just to close it would be waste.
    if (this.chat) this.run((chat) => chat.close(), false);
  }
  send(text: string): void {
    this.run((chat) => chat.send(text), false);
  }
  setTimeZone(timeZone: string): void {
    this.run((chat) => chat.setTimeZone(timeZone), false);
  }
  reset(): void {
    this.run((chat) => chat.reset(), false);
  }
  setTheme(theme: Theme): void {
    applyTheme(this.host, theme);
  }
  on(name: ChatEventName, handler: (payload: unknown) => void): void {
    if (this.mounted) this.mounted.on(name, handler);
    else this.listeners.push({ name, handler });
  }

  /** Runs a command on the chat, loading it first when needed. */
  private run(command: (chat: ChatInstance) => void, opening = true): void {
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
        module = await this.loadChatModule(this.options.nonce);
      } catch (error) {
        this.button.removeAttribute('aria-busy');
        this.chat = null;
        throw error;
      }
      const hadFocus = this.shadow.activeElement === this.button;
      this.frame.remove();
      const {
        container: _container,
        load: _load,
        theme: _theme,
        position: _position,
        ...rest
      } = this.options;
      const chat = module.mountChat(this.shadow, {
        ...rest,
        open: open || hadFocus,
        focus: focus || hadFocus,
        listeners: this.listeners.splice(0),
      });
      this.mounted = chat;
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
