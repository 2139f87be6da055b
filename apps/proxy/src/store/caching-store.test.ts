import { describe, expect, it } from 'vitest';
import type { IntegrationSettingsRecord } from '../settings/settings-records';
import { cachingStore } from './caching-store';
import type { Store } from './store';

function countingStore() {
  let stored: IntegrationSettingsRecord | undefined;
  let origins: string[] | undefined;
  const reads = { settings: 0, origins: 0 };
  const store = {
    async findIntegrationSettings() {
      reads.settings += 1;
      return stored;
    },
    async saveIntegrationSettings(record: IntegrationSettingsRecord) {
      stored = record;
    },
    async findAllowedOrigins() {
      reads.origins += 1;
      return origins;
    },
    async saveAllowedOrigins(list: readonly string[]) {
      origins = [...list];
    },
  } as unknown as Store;
  return {
    store,
    reads,
    /** Another instance (or the CLI) writing the same database behind this one's back. */
    writeElsewhere(record: IntegrationSettingsRecord) {
      stored = record;
    },
  };
}

const record = (enabled: boolean): IntegrationSettingsRecord => ({
  integration: 'calendly',
  enabled,
  mode: null,
  profile: null,
  disabledTemplates: [],
  updatedAt: 1,
});

describe('cachingStore: settings and origins', () => {
  it('reads the settings once per ttl, and sees its own saves at once', async () => {
    let time = 0;
    const backing = countingStore();
    const store = cachingStore(backing.store, () => time, 1000);
    await store.saveIntegrationSettings(record(true));
    expect((await store.findIntegrationSettings('calendly'))?.enabled).toBe(true);
    await store.findIntegrationSettings('calendly');
    expect(backing.reads.settings).toBe(1);
    await store.saveIntegrationSettings(record(false));
    expect((await store.findIntegrationSettings('calendly'))?.enabled).toBe(false);
    expect(backing.reads.settings).toBe(2);
    time = 500;
    await store.findAllowedOrigins();
    await store.saveAllowedOrigins(['https://a.example']);
    expect(await store.findAllowedOrigins()).toEqual(['https://a.example']);
  });

  it('sees another instance’s save once the ttl has passed, never later', async () => {
    let time = 0;
    const backing = countingStore();
    const store = cachingStore(backing.store, () => time, 1000);
    await store.saveIntegrationSettings(record(true));
    await store.findIntegrationSettings('calendly');
    backing.writeElsewhere(record(false));
    time = 999;
    expect((await store.findIntegrationSettings('calendly'))?.enabled).toBe(true);
    time = 1000;
    expect((await store.findIntegrationSettings('calendly'))?.enabled).toBe(false);
  });

  it('is the store itself when the ttl is zero', () => {
    const backing = countingStore();
    expect(cachingStore(backing.store, () => 0, 0)).toBe(backing.store);
  });
});

describe('cachingStore: sessions and grants', () => {
  const grant = {
    id: 'g1',
    integration: 'calendly' as const,
    subject: { kind: 'owner' as const },
    accessToken: 'a1',
    refreshToken: 'r1',
    accessTokenExpiresAt: null,
    scopes: [],
    account: null,
    createdAt: 0,
    updatedAt: 0,
  };

  function grantStore() {
    let stored: typeof grant | undefined = grant;
    const reads = { grants: 0, sessions: 0 };
    const session = { id: 's', tokenHash: 'h', origin: 'o', createdAt: 0, expiresAt: 100 };
    const store = {
      async findGrant() {
        reads.grants += 1;
        return stored;
      },
      async saveGrant(next: typeof grant) {
        stored = next;
      },
      async updateGrantTokens(_id: string, update: { accessToken: string }) {
        if (stored) stored = { ...stored, accessToken: update.accessToken };
      },
      async deleteGrant() {
        stored = undefined;
      },
      async findSessionByTokenHash(hash: string, at: number) {
        reads.sessions += 1;
        return hash === 'h' && at < session.expiresAt ? session : undefined;
      },
    } as unknown as Store;
    return { store, reads };
  }

  it('forgets a grant at once when it is updated or deleted here', async () => {
    const backing = grantStore();
    const store = cachingStore(backing.store, () => 0, 1000);
    expect((await store.findGrant('calendly', { kind: 'owner' }))?.accessToken).toBe('a1');
    await store.findGrant('calendly', { kind: 'owner' });
    expect(backing.reads.grants).toBe(1);
    await store.updateGrantTokens('g1', {
      accessToken: 'a2',
      refreshToken: 'r2',
      accessTokenExpiresAt: null,
      scopes: [],
      updatedAt: 1,
    });
    expect((await store.findGrant('calendly', { kind: 'owner' }))?.accessToken).toBe('a2');
    await store.deleteGrant('g1');
    expect(await store.findGrant('calendly', { kind: 'owner' })).toBeUndefined();
  });

  it('keeps a found session until it expires, and never remembers an unknown token', async () => {
    const backing = grantStore();
    const store = cachingStore(backing.store, () => 0, 1000);
    expect(await store.findSessionByTokenHash('nope', 10)).toBeUndefined();
    expect(await store.findSessionByTokenHash('nope', 10)).toBeUndefined();
    expect(backing.reads.sessions).toBe(2);
    expect(await store.findSessionByTokenHash('h', 10)).toBeDefined();
    expect(await store.findSessionByTokenHash('h', 20)).toBeDefined();
    expect(backing.reads.sessions).toBe(3);
    expect(await store.findSessionByTokenHash('h', 100)).toBeUndefined();
  });
});
