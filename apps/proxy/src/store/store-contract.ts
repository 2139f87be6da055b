import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptingStore } from './encrypting-store';
import { describeSettingsContract } from './settings-contract';
import type { AttemptRecord, GrantRecord, StorageBackend, Store } from './store';
import { createTokenCipher } from './token-cipher';

/** How the contract suite gets at a backend. */
export interface StoreContractSubject {
  /** A new, empty backend; called before every test. */
  open(): StorageBackend | Promise<StorageBackend>;
  /** The same data through a new connection (a restart); omit for a backend that cannot. */
  reopen?(): StorageBackend | Promise<StorageBackend>;
  /** After every test, once its stores are closed (drop the file, flush the database). */
  cleanup?(): void | Promise<void>;
}

const grant: GrantRecord = {
  id: 'grant-1',
  integration: 'google-calendar',
  subject: { kind: 'visitor', sessionId: 'session-1' },
  accessToken: 'ya29.plain-access-token',
  refreshToken: '1//plain-refresh-token',
  accessTokenExpiresAt: 1_000,
  scopes: ['https://www.googleapis.com/auth/calendar'],
  account: 'ana@example.com',
  createdAt: 1,
  updatedAt: 1,
};

const attempt: AttemptRecord = {
  id: 'attempt-1',
  integration: 'calendly',
  kind: 'visitor',
  sessionId: 'session-1',
  origin: 'https://shop.example',
  status: 'pending',
  message: null,
  startedAt: null,
  createdAt: 1,
  expiresAt: 10_000,
};

/** Everything the backend was given and gave back, as text, to look for plain-text secrets. */
function recording(backend: StorageBackend): { backend: StorageBackend; seen: () => string } {
  const log: unknown[] = [];
  const proxy = new Proxy(backend, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        log.push(args);
        const result: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
        log.push(result);
        return result;
      };
    },
  });
  return { backend: proxy, seen: () => JSON.stringify(log) };
}

/**
 * The behaviour every storage backend must have, run through the app's `encryptingStore`: what
 * the routes rely on (single-use states, attempts started and settled once, one grant per
 * subject, exclusive refresh leases) and that the backend only ever sees ciphertext.
 *
 * @example
 * describeStoreContract('SQLite', { open: () => createSqliteStore({ dataDir }) });
 */
export function describeStoreContract(name: string, subject: StoreContractSubject): void {
  describe(`${name} store contract`, () => {
    const key = randomBytes(32);
    let opened: Store[] = [];
    let store: Store;
    let seen: () => string;

    async function wrap(backend: StorageBackend | Promise<StorageBackend>, withKey = key) {
      const recorded = recording(await backend);
      seen = recorded.seen;
      const wrapped = encryptingStore(recorded.backend, createTokenCipher(withKey));
      opened.push(wrapped);
      return wrapped;
    }

    beforeEach(async () => {
      store = await wrap(subject.open());
    });
    afterEach(async () => {
      for (const each of opened.splice(0)) await each.close();
      opened = [];
      await subject.cleanup?.();
    });

    it('hands the backend only ciphertext for tokens and PKCE verifiers', async () => {
      await store.saveGrant(grant);
      await store.updateGrantTokens(grant.id, {
        accessToken: 'ya29.plain-refreshed-token',
        refreshToken: '1//plain-rotated-token',
        accessTokenExpiresAt: 2_000,
        scopes: grant.scopes,
        updatedAt: 2,
      });
      await store.saveOAuthState({
        stateHash: 'h',
        attemptId: 'a',
        codeVerifier: 'plain-verifier-value',
        expiresAt: 10,
      });
      expect(await store.findGrantById(grant.id)).toMatchObject({
        accessToken: 'ya29.plain-refreshed-token',
        refreshToken: '1//plain-rotated-token',
      });
      expect((await store.takeOAuthState('h', 5))?.codeVerifier).toBe('plain-verifier-value');
      expect(await store.findGrantsByAccount('google-calendar', 'ana@example.com')).toHaveLength(1);
      const backendSaw = seen();
      for (const secret of ['plain-access', 'plain-refresh', 'plain-rotated', 'plain-verifier']) {
        expect(backendSaw, secret).not.toContain(secret);
      }
    });

    if (subject.reopen) {
      const reopen = subject.reopen.bind(subject);
      it('keeps everything across a restart, and only opens it with the same key', async () => {
        await store.createSession({
          id: 's',
          tokenHash: 'hash',
          origin: 'https://shop.example',
          createdAt: 1,
          expiresAt: 100,
        });
        await store.saveGrant(grant);
        await store.createAttempt(attempt);
        await store.close();
        store = await wrap(reopen());
        expect(await store.findSessionByTokenHash('hash', 50)).toMatchObject({ id: 's' });
        expect(await store.findGrantById('grant-1')).toEqual(grant);
        expect(await store.findAttempt('attempt-1')).toEqual(attempt);
        await store.close();
        const otherKey = await wrap(reopen(), randomBytes(32));
        await expect(otherKey.findGrantById('grant-1')).rejects.toThrow();
      });
    }

    it('finds a session by its token hash until it expires', async () => {
      await store.createSession({
        id: 's',
        tokenHash: 'hash',
        origin: 'o',
        createdAt: 1,
        expiresAt: 100,
      });
      expect(await store.findSessionByTokenHash('hash', 99)).toMatchObject({ id: 's' });
      expect(await store.findSessionByTokenHash('other', 99)).toBeUndefined();
      expect(await store.findSessionByTokenHash('hash', 100)).toBeUndefined();
    });

    it('hands out an OAuth state once, and never after it expired', async () => {
      await store.saveOAuthState({
        stateHash: 'once',
        attemptId: 'a',
        codeVerifier: 'v',
        expiresAt: 100,
      });
      expect(await store.takeOAuthState('once', 50)).toMatchObject({
        attemptId: 'a',
        codeVerifier: 'v',
      });
      expect(await store.takeOAuthState('once', 50)).toBeUndefined();
      await store.saveOAuthState({
        stateHash: 'late',
        attemptId: 'a',
        codeVerifier: 'v',
        expiresAt: 100,
      });
      expect(await store.takeOAuthState('late', 100)).toBeUndefined();
      expect(await store.takeOAuthState('late', 50)).toBeUndefined();
    });

    it('starts an attempt once and settles it once', async () => {
      await store.createAttempt(attempt);
      expect(await store.startAttempt('attempt-1', 5)).toBe(true);
      expect(await store.startAttempt('attempt-1', 6)).toBe(false);
      expect(await store.settleAttempt('attempt-1', 'connected', null)).toBe(true);
      expect(await store.settleAttempt('attempt-1', 'denied', 'late')).toBe(false);
      expect(await store.findAttempt('attempt-1')).toMatchObject({
        status: 'connected',
        startedAt: 5,
      });
      await store.createAttempt({ ...attempt, id: 'attempt-2' });
      expect(await store.settleAttempt('attempt-2', 'expired', 'too late')).toBe(true);
      expect(await store.startAttempt('attempt-2', 7)).toBe(false);
      expect(await store.findAttempt('nope')).toBeUndefined();
    });

    it('keeps one grant per integration and subject, and separates the owner from visitors', async () => {
      await store.saveGrant(grant);
      await store.saveGrant({ ...grant, id: 'grant-2', accessToken: 'newer' });
      await store.saveGrant({
        ...grant,
        id: 'owner-1',
        subject: { kind: 'owner' },
        accessToken: 'owner',
      });
      await store.saveGrant({ ...grant, id: 'calendly-1', integration: 'calendly' });
      expect(await store.findGrantById('grant-1')).toBeUndefined();
      expect((await store.findGrant('google-calendar', grant.subject))?.id).toBe('grant-2');
      expect((await store.findGrant('google-calendar', { kind: 'owner' }))?.accessToken).toBe(
        'owner',
      );
      expect(
        (await store.findGrantsByAccount('google-calendar', 'ana@example.com'))
          .map((g) => g.id)
          .sort(),
      ).toEqual(['grant-2', 'owner-1']);
      expect(await store.findGrantsByAccount('google-calendar', 'bo@example.com')).toEqual([]);
      await store.updateGrantTokens('grant-2', {
        accessToken: 'refreshed',
        refreshToken: null,
        accessTokenExpiresAt: 5,
        scopes: ['a'],
        updatedAt: 9,
      });
      expect(await store.findGrantById('grant-2')).toMatchObject({
        accessToken: 'refreshed',
        refreshToken: null,
        accessTokenExpiresAt: 5,
        scopes: ['a'],
        updatedAt: 9,
      });
      await store.deleteGrant('grant-2');
      expect(await store.findGrant('google-calendar', grant.subject)).toBeUndefined();
      expect(await store.findGrantById('calendly-1')).toBeDefined();
    });

    it('finds the visitor grants whose session expired or is gone, never the owner’s', async () => {
      await store.createSession({
        id: 'live',
        tokenHash: 'l',
        origin: 'o',
        createdAt: 1,
        expiresAt: 100,
      });
      await store.createSession({
        id: 'old',
        tokenHash: 'o',
        origin: 'o',
        createdAt: 1,
        expiresAt: 50,
      });
      await store.saveGrant({
        ...grant,
        id: 'g-live',
        subject: { kind: 'visitor', sessionId: 'live' },
      });
      await store.saveGrant({
        ...grant,
        id: 'g-old',
        subject: { kind: 'visitor', sessionId: 'old' },
      });
      await store.saveGrant({
        ...grant,
        id: 'g-gone',
        subject: { kind: 'visitor', sessionId: 'gone' },
      });
      await store.saveGrant({ ...grant, id: 'g-owner', subject: { kind: 'owner' } });
      const orphaned = await store.findOrphanedGrants(60);
      expect(orphaned.map((g) => g.id).sort()).toEqual(['g-gone', 'g-old']);
      expect(orphaned[0]?.accessToken).toBe(grant.accessToken);
    });

    it('leases a refresh to one holder at a time, lets a lapsed lease go, and drops it with the grant', async () => {
      expect(await store.tryLeaseRefresh('g', 'a', 0, 100)).toBe(true);
      expect(await store.tryLeaseRefresh('g', 'a', 10, 110)).toBe(true);
      expect(await store.tryLeaseRefresh('g', 'b', 50, 150)).toBe(false);
      expect(await store.tryLeaseRefresh('other-grant', 'b', 50, 150)).toBe(true);
      expect(await store.tryLeaseRefresh('g', 'b', 110, 200)).toBe(true);
      await store.releaseRefresh('g', 'a'); // not a's any more: nothing happens
      expect(await store.tryLeaseRefresh('g', 'a', 150, 250)).toBe(false);
      await store.releaseRefresh('g', 'b');
      expect(await store.tryLeaseRefresh('g', 'a', 150, 250)).toBe(true);

      await store.saveGrant(grant);
      expect(await store.tryLeaseRefresh(grant.id, 'a', 0, 1_000)).toBe(true);
      await store.deleteGrant(grant.id);
      expect(await store.tryLeaseRefresh(grant.id, 'b', 1, 1_000)).toBe(true);
      await store.saveGrant(grant);
      await store.tryLeaseRefresh(grant.id, 'b', 1, 1_000);
      await store.saveGrant({ ...grant, id: 'grant-replacement' });
      expect(await store.tryLeaseRefresh(grant.id, 'c', 2, 1_000)).toBe(true);
    });

    it('answers ping until closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
  describeSettingsContract(name, subject);
}
