import { describe, expect, it } from 'vitest';
import type { IntegrationSettingsRecord } from '../settings/settings-records';
import { cachingSettings } from './caching-settings';
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

describe('cachingSettings', () => {
  it('reads the settings once per ttl, and sees its own saves at once', async () => {
    let time = 0;
    const backing = countingStore();
    const store = cachingSettings(backing.store, () => time, 1000);
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
    const store = cachingSettings(backing.store, () => time, 1000);
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
    expect(cachingSettings(backing.store, () => 0, 0)).toBe(backing.store);
  });
});
