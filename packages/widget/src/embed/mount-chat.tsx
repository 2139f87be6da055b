/**
 * The chat chunk's entry: the loader imports it on first open and hands over its shadow root.
 * Everything heavy (React, the engine, zod) lives behind this module.
 */
import './zod-jitless';
import { createRoot } from 'react-dom/client';
import type { ChatEventHandler, ChatEventName } from '../core/chat-events';
import { createChat } from '../core/create-chat';
import type { ChatOptions } from '../core/create-chat';
import { ChatApp } from '../react/chat-app';
import { ChatProvider } from '../react/chat-context';
import { widgetCss } from '../react/styles';
import { storageKey } from '../core/local-storage-persistence';
import { adoptStyles } from './adopt-styles';
import { rememberOpen } from './open-state';

/** A host page's handler, registered with `Slotchat('on', …)` before the chat existed. */
export interface ChatListener {
  name: ChatEventName;
  handler: (payload: unknown) => void;
}

export interface MountOptions extends ChatOptions {
  open?: boolean;
  /** Attached before anything happens, so they hear the first "open" and the greeting. */
  listeners?: ChatListener[];
  /** Move focus into the panel when it opens (default true; false when it reopens by itself). */
  focus?: boolean;
  /** A CSP nonce for browsers without constructable stylesheets. */
  nonce?: string;
}

/** What the loader (and `window.Slotchat`) can do with a mounted chat. */
export interface ChatInstance {
  open(): void;
  close(): void;
  /** Sends a message as if the visitor typed it (the demo's example prompts use it). */
  send(text: string): void;
  setTimeZone(timeZone: string): void;
  reset(): void;
  on<Name extends ChatEventName>(name: Name, handler: ChatEventHandler<Name>): () => void;
  unmount(): void;
}

export function mountChat(shadow: ShadowRoot, options: MountOptions): ChatInstance {
  adoptStyles(shadow, widgetCss, options.nonce);
  const container = document.createElement('div');
  shadow.appendChild(container);
  const chat = createChat(options);
  for (const listener of options.listeners ?? []) chat.events.on(listener.name, listener.handler);
  const root = createRoot(container);
  root.render(
    <ChatProvider store={chat.store} t={chat.t}>
      <ChatApp focusOnOpen={options.focus ?? true} />
    </ChatProvider>,
  );
  if (options.open) chat.store.getState().setOpen(true);
  const forgetOpen = rememberOpen(
    chat.store,
    storageKey(new URL(options.proxyUrl, window.location.href).href, options.instance),
  );
  const state = () => chat.store.getState();
  return {
    open: () => state().setOpen(true),
    close: () => state().setOpen(false),
    send: (text) => state().send(text),
    setTimeZone: (timeZone) => state().setTimeZone(timeZone),
    reset: () => state().reset(),
    on: (name, handler) => chat.events.on(name, handler),
    unmount() {
      forgetOpen();
      root.unmount();
      chat.dispose();
      container.remove();
    },
  };
}
