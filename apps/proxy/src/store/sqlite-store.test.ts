import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore, databaseFileName } from './sqlite-store';
import type { AttemptRecord, GrantRecord, Store } from './store';
import { createTokenCipher } from './token-cipher';

const key = randomBytes(32);
let dataDir: string;
let store: Store;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-store-'));
  store = createSqliteStore({ dataDir, cipher: createTokenCipher(key) });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

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

function rawFile(): string {
  const db = new Database(path.join(dataDir, databaseFileName), { readonly: true });
  const dump = ['sessions', 'attempts', 'oauth_states', 'grants']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()))
    .join('\n');
  db.close();
  return dump;
}

describe('SQLite store', () => {
  it('encrypts access and refresh tokens and PKCE verifiers at rest', async () => {
    await store.saveGrant(grant);
    await store.saveOAuthState({
      stateHash: 'h',
      attemptId: 'a',
      codeVerifier: 'plain-verifier-value',
      expiresAt: 10,
    });
    const raw = rawFile();
    expect(raw).not.toContain('plain-access-token');
    expect(raw).not.toContain('plain-refresh-token');
    expect(raw).not.toContain('plain-verifier-value');
    expect(await store.findGrant('google-calendar', grant.subject)).toEqual(grant);
  });

  it('keeps everything across a restart (a new store on the same file and key)', async () => {
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
    store = createSqliteStore({ dataDir, cipher: createTokenCipher(key) });
    expect(await store.findSessionByTokenHash('hash', 50)).toMatchObject({
      id: 's',
      origin: 'https://shop.example',
    });
    expect(await store.findGrantById('grant-1')).toEqual(grant);
    expect(await store.findAttempt('attempt-1')).toEqual(attempt);
  });

  it('cannot read tokens with another key', async () => {
    await store.saveGrant(grant);
    await store.close();
    store = createSqliteStore({ dataDir, cipher: createTokenCipher(randomBytes(32)) });
    await expect(store.findGrantById('grant-1')).rejects.toThrow();
  });

  it('finds no expired session', async () => {
    await store.createSession({
      id: 's',
      tokenHash: 'hash',
      origin: 'o',
      createdAt: 1,
      expiresAt: 100,
    });
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
  });

  it('starts an attempt once and settles it once', async () => {
    await store.createAttempt(attempt);
    expect(await store.startAttempt('attempt-1', 5)).toBe(true);
    expect(await store.startAttempt('attempt-1', 6)).toBe(false);
    expect(await store.settleAttempt('attempt-1', 'connected', null)).toBe(true);
    expect(await store.settleAttempt('attempt-1', 'denied', null)).toBe(false);
    expect(await store.findAttempt('attempt-1')).toMatchObject({
      status: 'connected',
      startedAt: 5,
    });
  });

  it('keeps one grant per integration and subject, and separates owner from visitors', async () => {
    await store.saveGrant(grant);
    await store.saveGrant({ ...grant, id: 'grant-2', accessToken: 'newer' });
    await store.saveGrant({
      ...grant,
      id: 'owner-1',
      subject: { kind: 'owner' },
      accessToken: 'owner-token',
    });
    expect(await store.findGrantById('grant-1')).toBeUndefined();
    expect((await store.findGrant('google-calendar', grant.subject))?.accessToken).toBe('newer');
    expect((await store.findGrant('google-calendar', { kind: 'owner' }))?.accessToken).toBe(
      'owner-token',
    );
    await store.updateGrantTokens('grant-2', {
      accessToken: 'refreshed',
      refreshToken: 'rotated',
      accessTokenExpiresAt: 5,
      scopes: ['a'],
      updatedAt: 9,
    });
    expect(await store.findGrantById('grant-2')).toMatchObject({
      accessToken: 'refreshed',
      refreshToken: 'rotated',
      scopes: ['a'],
    });
    await store.deleteGrant('grant-2');
    expect(await store.findGrant('google-calendar', grant.subject)).toBeUndefined();
  });

  it('leases a grant refresh to one holder at a time, and lets a lapsed lease go', async () => {
    expect(await store.tryLeaseRefresh('g', 'a', 0, 100)).toBe(true);
    expect(await store.tryLeaseRefresh('g', 'b', 50, 150)).toBe(false);
    expect(await store.tryLeaseRefresh('other-grant', 'b', 50, 150)).toBe(true);
    expect(await store.tryLeaseRefresh('g', 'b', 100, 200)).toBe(true);
    await store.releaseRefresh('g', 'a'); // not a's any more: nothing happens
    expect(await store.tryLeaseRefresh('g', 'a', 150, 250)).toBe(false);
    await store.releaseRefresh('g', 'b');
    expect(await store.tryLeaseRefresh('g', 'a', 150, 250)).toBe(true);
  });

  it('answers ping until closed', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});
