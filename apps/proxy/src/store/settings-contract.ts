import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrationSettingsRecord } from '../settings/settings-records';
import { encryptingStore } from './encrypting-store';
import type { StoreContractSubject } from './store-contract';
import type { StorageBackend, Store } from './store';
import { createTokenCipher } from './token-cipher';

const settings: IntegrationSettingsRecord = {
  integration: 'google-calendar',
  enabled: false,
  mode: 'preauthorized',
  profile: {
    clientId: 'client-1.apps.googleusercontent.com',
    clientSecret: 'GOCSPX-plain-client-secret',
    authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    refreshTokenUrl: 'https://oauth2.googleapis.com/token',
    scopes: ['https://www.googleapis.com/auth/calendar'],
  },
  disabledTemplates: ['google-calendar.create-event'],
  updatedAt: 5,
};

/** The admin console's half of the store contract: settings, origins, sessions, audit. */
export function describeSettingsContract(name: string, subject: StoreContractSubject): void {
  describe(`${name} settings contract`, () => {
    const key = randomBytes(32);
    const opened: Store[] = [];
    let backend: StorageBackend;
    let store: Store;

    async function open(source: StorageBackend | Promise<StorageBackend>) {
      backend = await source;
      const wrapped = encryptingStore(backend, createTokenCipher(key));
      opened.push(wrapped);
      return wrapped;
    }

    beforeEach(async () => {
      store = await open(subject.open());
    });
    afterEach(async () => {
      for (const each of opened.splice(0)) await each.close();
      await subject.cleanup?.();
    });

    it('keeps integration settings, with the client secret sealed for the backend', async () => {
      expect(await store.findIntegrationSettings('google-calendar')).toBeUndefined();
      await store.saveIntegrationSettings(settings);
      expect(await store.findIntegrationSettings('google-calendar')).toEqual(settings);
      expect(await store.findIntegrationSettings('calendly')).toBeUndefined();
      const raw = await backend.findIntegrationSettings('google-calendar');
      expect(JSON.stringify(raw)).not.toContain('plain-client-secret');
      await store.saveIntegrationSettings({ ...settings, profile: null, enabled: true });
      expect(await store.findIntegrationSettings('google-calendar')).toMatchObject({
        profile: null,
        enabled: true,
      });
    });

    it('tells "never saved" from an empty list of origins, and keeps their order', async () => {
      expect(await store.findAllowedOrigins()).toBeUndefined();
      await store.saveAllowedOrigins(['https://b.example', 'https://a.example']);
      expect(await store.findAllowedOrigins()).toEqual(['https://b.example', 'https://a.example']);
      await store.saveAllowedOrigins([]);
      expect(await store.findAllowedOrigins()).toEqual([]);
    });

    it('finds an admin session by its token hash until it expires or is deleted', async () => {
      const session = { id: 's1', tokenHash: 'h1', csrfToken: 'c1', createdAt: 0, expiresAt: 100 };
      await store.createAdminSession(session);
      expect(await store.findAdminSessionByTokenHash('h1', 50)).toEqual(session);
      expect(await store.findAdminSessionByTokenHash('h1', 100)).toBeUndefined();
      expect(await store.findAdminSessionByTokenHash('other', 50)).toBeUndefined();
      await store.deleteAdminSession('s1');
      expect(await store.findAdminSessionByTokenHash('h1', 50)).toBeUndefined();
    });

    it('lists the audit log newest first, as many as asked', async () => {
      for (const at of [1, 2, 3]) {
        await store.appendAudit({
          at,
          actor: 'cli',
          action: 'mode.changed',
          target: 'calendly',
          details: { mode: 'user', changed: ['clientId'], revoked: true },
        });
      }
      const entries = await store.listAudit(2);
      expect(entries.map((entry) => entry.at)).toEqual([3, 2]);
      expect(entries[0]?.details).toEqual({ mode: 'user', changed: ['clientId'], revoked: true });
    });

    if (subject.reopen) {
      const reopen = subject.reopen;
      it('keeps settings across a restart', async () => {
        await store.saveIntegrationSettings(settings);
        await store.saveAllowedOrigins(['https://a.example']);
        await store.close();
        const again = await open(reopen());
        expect(await again.findIntegrationSettings('google-calendar')).toEqual(settings);
        expect(await again.findAllowedOrigins()).toEqual(['https://a.example']);
      });
    }
  });
}
