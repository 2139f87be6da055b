/**
 * The conversation in localStorage: one entry per site (localStorage is per origin) and proxy,
 * schema-versioned and validated when read back. A corrupt or foreign entry is dropped, never
 * fatal. Other tabs of the same site see changes through the `storage` event.
 */
import { z } from 'zod/mini';
import type { ChatSnapshot } from './chat-types';
import { botMessageSchema } from './message-schema';
import type { ChatPersistence } from './persistence';

/** Bump when the stored shape changes; older entries are then discarded. */
export const storageVersion = 1;

const authStatusSchema = z.enum([
  'connect',
  'waiting',
  'blocked',
  'connected',
  'denied',
  'closed',
  'expired',
  'missing-scopes',
  'failed',
]);

const authCardSchema = z.object({
  status: authStatusSchema,
  attemptId: z.optional(z.string()),
  authorizeUrl: z.optional(z.string()),
  expiresAt: z.optional(z.string()),
});

const storedChatSchema = z.object({
  version: z.literal(storageVersion),
  snapshot: z.object({
    entries: z.array(
      z.discriminatedUnion('role', [
        z.object({ id: z.string(), role: z.literal('visitor'), text: z.string(), at: z.number() }),
        z.object({
          id: z.string(),
          role: z.literal('bot'),
          message: botMessageSchema,
          at: z.number(),
          // Optional, so conversations saved before outcomes were recorded still load.
          authOutcome: z.optional(authStatusSchema),
        }),
      ]),
    ),
    engineState: z.unknown(),
    timeZone: z.string(),
    auth: z.record(z.string(), authCardSchema),
  }),
});

export function storageKey(proxyUrl: string, instance = 'default'): string {
  return `slotchat:${new URL(proxyUrl).origin}:${instance}`;
}

function parseStored(raw: string | null): ChatSnapshot | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = storedChatSchema.safeParse(json);
  return parsed.success ? (parsed.data.snapshot as ChatSnapshot) : null;
}

export function localStoragePersistence(
  key: string,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    localStorage: Storage;
  } = window,
): ChatPersistence {
  function storage(): Storage | null {
    try {
      return target.localStorage;
    } catch {
      return null; // Blocked storage (privacy settings): the chat still works for this page.
    }
  }

  return {
    load() {
      const store = storage();
      if (!store) return null;
      const raw = store.getItem(key);
      const snapshot = parseStored(raw);
      if (raw !== null && snapshot === null) store.removeItem(key);
      return snapshot;
    },
    save(snapshot) {
      try {
        storage()?.setItem(key, JSON.stringify({ version: storageVersion, snapshot }));
      } catch {
        // Full or blocked storage: keep chatting, the conversation just will not survive a reload.
      }
    },
    clear() {
      storage()?.removeItem(key);
    },
    subscribe(listener) {
      const handler = (event: StorageEvent) => {
        if (event.key !== key && event.key !== null) return;
        if (event.key === null || event.newValue === null) return listener(null);
        // Something unreadable written by another script is ignored, not taken as "cleared".
        const snapshot = parseStored(event.newValue);
        if (snapshot) listener(snapshot);
      };
      target.addEventListener('storage', handler as EventListener);
      return () => target.removeEventListener('storage', handler as EventListener);
    },
  };
}

/** The session token next to the conversation, so a reload keeps the visitor's connections. */
export function localStorageSessionTokens(key: string, target: { localStorage: Storage } = window) {
  return {
    get(): string | null {
      try {
        return target.localStorage.getItem(`${key}:session`);
      } catch {
        return null;
      }
    },
    set(token: string | null) {
      try {
        if (token === null) target.localStorage.removeItem(`${key}:session`);
        else target.localStorage.setItem(`${key}:session`, token);
      } catch {
        // Blocked storage: the session lasts as long as the page.
      }
    },
  };
}
