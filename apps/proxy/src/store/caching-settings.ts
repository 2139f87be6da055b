import type { IntegrationId } from '@slotchat/integrations';
import type { IntegrationSettingsRecord } from '../settings/settings-records';
import type { Store } from './store';

/**
 * Every widget call reads the integration's settings (mode, enabled, profile) and every session
 * the allowed origins. They change rarely — when the owner saves something in the console — so
 * this keeps each for `ttlMs`: a save through this store is seen at once, a save by another
 * instance or the CLI on the same store within `ttlMs`. Tokens and sessions are not cached.
 */
export function cachingSettings(store: Store, now: () => number, ttlMs: number): Store {
  if (ttlMs <= 0) return store;
  const settings = new Map<
    IntegrationId,
    { at: number; value: IntegrationSettingsRecord | undefined }
  >();
  let origins: { at: number; value: string[] | undefined } | undefined;
  const fresh = (at: number) => now() - at < ttlMs;

  return {
    ...store,
    async findIntegrationSettings(integration) {
      const cached = settings.get(integration);
      if (cached && fresh(cached.at)) return cached.value;
      const value = await store.findIntegrationSettings(integration);
      settings.set(integration, { at: now(), value });
      return value;
    },
    async saveIntegrationSettings(record) {
      settings.delete(record.integration);
      await store.saveIntegrationSettings(record);
      settings.delete(record.integration);
    },
    async findAllowedOrigins() {
      if (origins && fresh(origins.at)) return origins.value;
      const value = await store.findAllowedOrigins();
      origins = { at: now(), value };
      return value;
    },
    async saveAllowedOrigins(list) {
      origins = undefined;
      await store.saveAllowedOrigins(list);
      origins = undefined;
    },
  };
}
