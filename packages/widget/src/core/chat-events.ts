/**
 * Events a host page can listen to (`Slotchat('on', 'open', handler)`), derived from store
 * changes so the core needs no event plumbing of its own.
 */
import type { BotMessage } from '@slotchat/dialog';
import type { ChatStore } from './chat-store';

export interface ChatEventMap {
  open: undefined;
  close: undefined;
  message: BotMessage;
  /** An integration became connected (or disconnected) for this visitor. */
  connection: { integration: string; connected: boolean };
}
export type ChatEventName = keyof ChatEventMap;
export type ChatEventHandler<Name extends ChatEventName> = (payload: ChatEventMap[Name]) => void;

export const chatEventNames: readonly ChatEventName[] = ['open', 'close', 'message', 'connection'];

export function createChatEvents(store: ChatStore) {
  const handlers = new Map<ChatEventName, Set<(payload: unknown) => void>>();

  function emit(name: ChatEventName, payload: unknown) {
    for (const handler of handlers.get(name) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        // A host page's handler must not break the chat.
        console.error('[slotchat] an event handler threw', error);
      }
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.open !== previous.open) emit(state.open ? 'open' : 'close', undefined);
    if (state.entries.length > previous.entries.length) {
      const known = new Set(previous.entries.map((entry) => entry.id));
      for (const entry of state.entries) {
        if (!known.has(entry.id) && entry.role === 'bot') emit('message', entry.message);
      }
    }
    if (state.integrations !== previous.integrations) {
      for (const integration of state.integrations) {
        const before = previous.integrations.find((candidate) => candidate.id === integration.id);
        if (before && before.connected !== integration.connected) {
          emit('connection', { integration: integration.id, connected: integration.connected });
        }
      }
    }
  });

  return {
    on<Name extends ChatEventName>(name: Name, handler: ChatEventHandler<Name>): () => void {
      const set = handlers.get(name) ?? new Set();
      set.add(handler as (payload: unknown) => void);
      handlers.set(name, set);
      return () => set.delete(handler as (payload: unknown) => void);
    },
    dispose: unsubscribe,
  };
}
