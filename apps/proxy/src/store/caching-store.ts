import type { IntegrationId } from '@slotchat/integrations';
import type { IntegrationSettingsRecord } from '../settings/settings-records';
import type { GrantRecord, GrantSubject, SessionRecord, Store } from './store';

interface Entry<T> {
  at: number;
  value: T;
}

const grantKey = (integration: IntegrationId, subject: GrantSubject) =>
  `${integration}|${subject.kind === 'owner' ? 'owner' : `visitor:${subject.sessionId}`}`;

/**
 * Every widget call reads its session, the integration's settings and its grant (decrypting the
 * tokens), and every new session the allowed origins. This keeps each read for `ttlMs`, so a
 * burst of calls costs one read. A write through this store is seen at once; one by another
 * instance or the CLI on the same database within `ttlMs`. That is safe for tokens too: a token
 * refreshed or revoked elsewhere makes the provider answer 401, and the refresh that follows
 * reads the grant from the store itself (`findGrantById` is never cached).
 */
export function cachingStore(store: Store, now: () => number, ttlMs: number): Store {
  if (ttlMs <= 0) return store;
  const settings = new Map<IntegrationId, Entry<IntegrationSettingsRecord | undefined>>();
  const sessions = new Map<string, Entry<SessionRecord>>();
  const grants = new Map<string, Entry<GrantRecord | undefined>>();
  let origins: Entry<string[] | undefined> | undefined;
  const fresh = <T>(entry: Entry<T> | undefined): entry is Entry<T> =>
    entry !== undefined && now() - entry.at < ttlMs;
  // Bounded: a flood of distinct sessions must not grow the maps without limit.
  const remember = <T>(map: Map<string, Entry<T>>, key: string, value: T) => {
    if (map.size >= 10_000) map.clear();
    map.set(key, { at: now(), value });
  };
  const forgetGrant = (id: string) => {
    for (const [key, entry] of grants) if (entry.value?.id === id) grants.delete(key);
  };

  return {
    ...store,

    async findSessionByTokenHash(tokenHash, at) {
      const cached = sessions.get(tokenHash);
      if (fresh(cached)) return cached.value.expiresAt > at ? cached.value : undefined;
      const found = await store.findSessionByTokenHash(tokenHash, at);
      // Only found sessions: an unknown token must not be remembered as unknown after it exists.
      if (found) remember(sessions, tokenHash, found);
      return found;
    },

    async findGrant(integration, subject) {
      const key = grantKey(integration, subject);
      const cached = grants.get(key);
      if (fresh(cached)) return cached.value;
      const found = await store.findGrant(integration, subject);
      remember(grants, key, found);
      return found;
    },
    async saveGrant(grant) {
      grants.delete(grantKey(grant.integration, grant.subject));
      await store.saveGrant(grant);
      grants.delete(grantKey(grant.integration, grant.subject));
    },
    async updateGrantTokens(id, update) {
      forgetGrant(id);
      await store.updateGrantTokens(id, update);
      forgetGrant(id);
    },
    async deleteGrant(id) {
      forgetGrant(id);
      await store.deleteGrant(id);
      forgetGrant(id);
    },

    async findIntegrationSettings(integration) {
      const cached = settings.get(integration);
      if (fresh(cached)) return cached.value;
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
      if (fresh(origins)) return origins.value;
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
