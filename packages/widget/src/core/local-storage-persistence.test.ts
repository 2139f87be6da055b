import { afterEach, describe, expect, it } from 'vitest';
import type { ChatSnapshot } from './chat-types';
import { localStoragePersistence, storageKey, storageVersion } from './local-storage-persistence';

const key = storageKey('http://proxy.test/some/path');
const snapshot: ChatSnapshot = {
  entries: [
    { id: 'v1', role: 'visitor', text: 'show me event abc123', at: 1 },
    {
      id: 'b1',
      role: 'bot',
      at: 2,
      message: {
        id: 'm1',
        blocks: [
          {
            type: 'auth',
            integration: 'google-calendar',
            integrationName: 'Google Calendar',
            reason: 'To read your calendar',
          },
        ],
      },
    },
  ],
  engineState: { any: 'json' },
  timeZone: 'Europe/Berlin',
  auth: { 'google-calendar': { status: 'waiting', attemptId: 'a1', expiresAt: '2030-01-01' } },
};

describe('localStoragePersistence', () => {
  afterEach(() => localStorage.clear());

  it('keys by proxy origin and instance', () => {
    expect(key).toBe('slotchat:http://proxy.test:default');
    expect(storageKey('http://proxy.test', 'sales')).toBe('slotchat:http://proxy.test:sales');
  });

  it('round-trips a conversation with its version', () => {
    const persistence = localStoragePersistence(key);
    persistence.save(snapshot);
    expect(JSON.parse(localStorage.getItem(key)!).version).toBe(storageVersion);
    expect(persistence.load()).toEqual(snapshot);
    persistence.clear();
    expect(persistence.load()).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 999, snapshot })],
    [
      'a block the widget does not know',
      JSON.stringify({
        version: storageVersion,
        snapshot: {
          ...snapshot,
          entries: [{ id: 'b', role: 'bot', at: 1, message: { id: 'm', blocks: [{ type: 'x' }] } }],
        },
      }),
    ],
    [
      'an event card without its fields',
      JSON.stringify({
        version: storageVersion,
        snapshot: {
          ...snapshot,
          entries: [
            { id: 'b', role: 'bot', at: 1, message: { id: 'm', blocks: [{ type: 'event' }] } },
          ],
        },
      }),
    ],
  ])('discards %s instead of failing', (_name, raw) => {
    localStorage.setItem(key, raw);
    const persistence = localStoragePersistence(key);
    expect(persistence.load()).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('tells listeners what another tab stored', () => {
    const persistence = localStoragePersistence(key);
    const seen: (ChatSnapshot | null)[] = [];
    const unsubscribe = persistence.subscribe((next) => seen.push(next));
    const payload = JSON.stringify({ version: storageVersion, snapshot });
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: payload }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated', newValue: payload }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{corrupt' }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    unsubscribe();
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: payload }));
    expect(seen).toEqual([snapshot, null]);
  });
});
