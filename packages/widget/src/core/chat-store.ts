/**
 * The chat core: one store per widget instance (a factory, never a module singleton). It holds
 * the conversation and the dialog engine's state, runs the engine's effects through the transport
 * port, drives popup authorization (`authorization-flow.ts`), and mirrors itself into the
 * persistence port. React is only an adapter on top (`react/chat-context.tsx`).
 */
import type { DialogEvent, Effect, QuickReply, StepContext } from '@slotchat/dialog';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createAuthorizationFlow } from './authorization-flow';
import type { AuthCardState, ChatEntry, ChatSnapshot, ChatState } from './chat-types';
import type { DialogEngine } from './engine-port';
import type { ChatPersistence } from './persistence';
import { memoryPersistence } from './persistence';
import type { MessageSource, OpenPopup } from './popup-authorization';
import {
  browserLocale,
  browserTimeZone,
  isIntegrationId,
  toOperationError,
  withAuthOutcome,
} from './store-support';
import type { ChatTransport } from './transport';
import { TransportError } from './transport';

export interface ChatStoreOptions {
  engine: DialogEngine;
  transport: ChatTransport;
  /** The proxy's origin: the only origin whose auth-result messages are believed. */
  proxyOrigin: string;
  openPopup: OpenPopup;
  messages: MessageSource;
  persistence?: ChatPersistence;
  now?: () => number;
  timeZone?: string;
  locale?: string;
  createId?: () => string;
  pollIntervalMs?: number;
}

export interface ChatActions {
  /** Loads the integrations, greets on a fresh conversation, resumes a pending authorization. */
  start(): Promise<void>;
  send(text: string): void;
  chooseReply(reply: QuickReply): void;
  /** Opens the popup; call it synchronously from the click that asked for it. */
  connect(integration: string): void;
  disconnect(integration: string): Promise<void>;
  setOpen(open: boolean): void;
  setTimeZone(timeZone: string): void;
  /** Start over: forgets the conversation (here and in storage) and greets again. */
  reset(): void;
  /** Stops timers and listeners (the widget was unmounted). */
  dispose(): void;
}

export type ChatStore = StoreApi<ChatState & ChatActions>;

/**
 * Creates the store of one widget instance.
 *
 * @example
 * const store = createChatStore({ engine, transport, proxyOrigin, openPopup, messages });
 * await store.getState().start();
 * store.getState().send('show me event abc123');
 */
export function createChatStore(options: ChatStoreOptions): ChatStore {
  const { engine, transport } = options;
  const persistence = options.persistence ?? memoryPersistence();
  const now = options.now ?? Date.now;
  const createId = options.createId ?? (() => crypto.randomUUID());
  // Bumped by "start over": results of calls started before it are dropped.
  let generation = 0;
  let unsubscribeStorage: (() => void) | null = null;

  function restoreSnapshot(snapshot: ChatSnapshot | null): ChatSnapshot | null {
    if (!snapshot) return null;
    const engineState = engine.restore(snapshot.engineState);
    if (engineState === null) return null;
    return { ...snapshot, engineState };
  }

  function freshSnapshot(timeZone: string): ChatSnapshot {
    return { entries: [], engineState: engine.initialState(), timeZone, auth: {} };
  }

  const saved = restoreSnapshot(persistence.load());

  return createStore<ChatState & ChatActions>()((set, get) => {
    function context(): StepContext {
      const state = get();
      const connected: Record<string, boolean> = {};
      for (const integration of state.integrations)
        connected[integration.id] = integration.connected;
      return {
        now: now(),
        timeZone: state.timeZone,
        locale: state.locale,
        connected,
        // The engine declines what the site owner switched off (and leaves it out of its help).
        ...(state.enabledTemplates ? { enabledTemplates: state.enabledTemplates } : {}),
      };
    }

    function persist() {
      const { entries, engineState, timeZone, auth } = get();
      persistence.save({ entries, engineState, timeZone, auth });
    }

    function addEntry(entry: ChatEntry) {
      set((state) => ({
        entries: [...state.entries, entry],
        unread: entry.role === 'bot' && !state.open ? state.unread + 1 : state.unread,
      }));
    }

    function greet() {
      addEntry({ id: createId(), role: 'bot', message: engine.welcome(context()), at: now() });
      persist();
    }

    function setAuth(integration: string, auth: AuthCardState) {
      set((state) => ({ auth: { ...state.auth, [integration]: auth } }));
    }

    function markConnected(integration: string, connected: boolean) {
      set((state) => ({
        integrations: state.integrations.map((status) =>
          status.id === integration
            ? {
                ...status,
                connected,
                connectedBy: connected ? (status.connectedBy ?? 'visitor') : null,
              }
            : status,
        ),
      }));
    }

    async function refreshIntegrations() {
      try {
        const status = await transport.listIntegrations();
        set({
          integrations: status.integrations,
          enabledTemplates: status.enabledTemplates ?? null,
          proxy: 'online',
        });
      } catch {
        set({ proxy: 'offline' });
      }
    }

    function dispatch(event: DialogEvent) {
      const result = engine.step(get().engineState, event, context());
      set({ engineState: result.state });
      for (const effect of result.effects) run(effect);
      persist();
    }

    function run(effect: Effect) {
      switch (effect.type) {
        case 'say':
          addEntry({ id: createId(), role: 'bot', message: effect.message, at: now() });
          return;
        case 'set-time-zone':
          set({ timeZone: effect.timeZone });
          return;
        case 'request-authorization': {
          const current = get().auth[effect.integration];
          // A popup already on its way keeps its state; otherwise the card offers Connect.
          if (current?.status !== 'waiting' && current?.status !== 'blocked') {
            setAuth(effect.integration, { status: 'connect' });
          }
          return;
        }
        case 'call-operation':
          void callOperation(effect.callId, effect.operation, effect.params);
          return;
      }
    }

    async function callOperation(callId: string, operation: string, params: unknown) {
      const started = generation;
      set((state) => ({ pending: state.pending + 1 }));
      let event: DialogEvent;
      try {
        const data = await transport.callOperation(operation, params);
        event = { type: 'operation-succeeded', callId, data };
      } catch (error) {
        if (
          error instanceof TransportError &&
          error.code === 'authorization_required' &&
          error.integration
        ) {
          markConnected(error.integration, false);
        }
        event = { type: 'operation-failed', callId, error: toOperationError(error) };
      }
      set((state) => ({ pending: Math.max(0, state.pending - 1) }));
      if (started === generation) dispatch(event);
    }

    const authorization = createAuthorizationFlow({
      transport,
      proxyOrigin: options.proxyOrigin,
      openPopup: options.openPopup,
      messages: options.messages,
      now,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      auth: () => get().auth,
      setAuth,
      recordOutcome: (integration, outcome) =>
        set((state) => ({ entries: withAuthOutcome(state.entries, integration, outcome) })),
      markConnected,
      refreshIntegrations,
      dispatch,
      persist,
    });

    function adopt(next: ChatSnapshot | null) {
      const restored = restoreSnapshot(next);
      if (!restored) {
        authorization.stopAll();
        set({ ...freshSnapshot(get().timeZone), unread: 0 });
        return;
      }
      set({ ...restored });
      // A tab that took over a finished attempt stops waiting for it.
      authorization.settle(restored.auth);
    }

    const initial = saved ?? freshSnapshot(options.timeZone ?? browserTimeZone());

    return {
      ...initial,
      locale: options.locale ?? browserLocale(),
      open: false,
      unread: 0,
      pending: 0,
      proxy: 'connecting',
      integrations: [],
      enabledTemplates: null,

      async start() {
        unsubscribeStorage ??= persistence.subscribe((next) => adopt(next));
        await refreshIntegrations();
        if (get().entries.length === 0) greet();
        authorization.resumePending();
      },

      send(text) {
        const trimmed = text.trim();
        if (!trimmed) return;
        addEntry({ id: createId(), role: 'visitor', text: trimmed, at: now() });
        dispatch({ type: 'user-message', text: trimmed });
      },

      chooseReply(reply) {
        addEntry({ id: createId(), role: 'visitor', text: reply.label, at: now() });
        dispatch({ type: 'quick-reply', value: reply.value, label: reply.label });
      },

      connect: (integration) => authorization.connect(integration),

      async disconnect(integration) {
        if (!isIntegrationId(integration)) return;
        try {
          await transport.disconnect(integration);
        } finally {
          await refreshIntegrations();
        }
      },

      setOpen(open) {
        set((state) => ({ open, unread: open ? 0 : state.unread }));
        // The header shows each integration's state; it may have changed while the panel was shut.
        if (open && get().proxy !== 'connecting') void refreshIntegrations();
      },

      setTimeZone(timeZone) {
        set({ timeZone });
        dispatch({ type: 'time-zone-changed', timeZone });
      },

      reset() {
        generation += 1;
        authorization.stopAll();
        persistence.clear();
        set({ ...freshSnapshot(get().timeZone), unread: 0, pending: 0 });
        greet();
        // Starting over also re-reads who answers for each integration: the site owner may have
        // changed the mode, or connected an account, since this chat began.
        void refreshIntegrations();
      },

      dispose() {
        authorization.stopAll();
        unsubscribeStorage?.();
        unsubscribeStorage = null;
      },
    };
  });
}
