/**
 * Wires one widget instance for a browser page: the engine with the product's templates, the
 * HTTP transport to the proxy, localStorage persistence, the popup and message ports.
 */
import { createEngine, type Catalogue as BotCatalogue } from '@slotchat/dialog';
import { templates } from '@slotchat/integrations/templates';
import { createChatEvents } from './chat-events';
import { createChatStore } from './chat-store';
import type { ChatStore } from './chat-store';
import type { DialogEngine } from './engine-port';
import { createHttpTransport } from './http-transport';
import {
  localStoragePersistence,
  localStorageSessionTokens,
  storageKey,
} from './local-storage-persistence';
import { browserPopupOpener, windowMessages } from './popup-authorization';
import type { ChatTransport } from './transport';
import type { Catalogue, Translate } from './strings';
import { en, translator } from './strings';

export interface ChatOptions {
  /** The proxy's base URL (it serves the API, the popup pages and the widget). */
  proxyUrl: string;
  /** Keeps several widgets on one page apart in storage. */
  instance?: string;
  timeZone?: string;
  locale?: string;
  /** Keep the conversation across reloads (default true). */
  persist?: boolean;
  engine?: DialogEngine;
  transport?: ChatTransport;
  /** Replacements for any of the widget's strings (a translation), merged over English. */
  strings?: Partial<Catalogue>;
  /**
   * A translation of what the assistant says: messages of the dialog engine's catalogue by key
   * (`createEngine({ templates }).messages` lists them in English), merged over English.
   */
  botStrings?: BotCatalogue;
}

export interface Chat {
  store: ChatStore;
  t: Translate;
  events: ReturnType<typeof createChatEvents>;
  dispose(): void;
}

export function createChat(options: ChatOptions): Chat {
  const proxyUrl = new URL(options.proxyUrl, window.location.href);
  const key = storageKey(proxyUrl.href, options.instance);
  const engine =
    options.engine ??
    (createEngine({
      templates,
      ...(options.botStrings ? { strings: options.botStrings } : {}),
    }) as DialogEngine);
  const transport =
    options.transport ??
    createHttpTransport({
      proxyUrl: proxyUrl.href,
      sessionTokens: localStorageSessionTokens(key),
    });
  const store = createChatStore({
    engine,
    transport,
    proxyOrigin: proxyUrl.origin,
    openPopup: browserPopupOpener(window),
    messages: windowMessages(window),
    ...(options.persist === false ? {} : { persistence: localStoragePersistence(key) }),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const events = createChatEvents(store);
  void store.getState().start();
  // Reading the templates' examples is most of a new engine's cost: done once the browser is
  // idle, it stays off the way from "open" to a usable text box (and off the first reply, unless
  // the visitor is quicker than the idle time).
  const idle = prepareWhenIdle(() => engine.prepare?.());
  return {
    store,
    t: translator({ ...en, ...options.strings }, store.getState().locale),
    events,
    dispose() {
      idle.cancel();
      events.dispose();
      store.getState().dispose();
    },
  };
}

function prepareWhenIdle(work: () => void): { cancel(): void } {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  // Safari has no requestIdleCallback: after the current task, so the first paint comes first.
  const handle = window.setTimeout(work, 50);
  return { cancel: () => window.clearTimeout(handle) };
}
