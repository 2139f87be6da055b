import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { encryptingStore } from './encrypting-store';
import { createSqliteStore, databaseFileName } from './sqlite-store';
import { describeStoreContract } from './store-contract';
import { createTokenCipher } from './token-cipher';

let dataDir = '';
describeStoreContract('SQLite', {
  open() {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-store-'));
    return createSqliteStore({ dataDir });
  },
  reopen: () => createSqliteStore({ dataDir }),
  cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
});

describe('SQLite file', () => {
  const dirs: string[] = [];
  afterEach(() =>
    dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })),
  );

  it('holds no token, refresh token or PKCE verifier in plain text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-store-'));
    dirs.push(dir);
    const store = encryptingStore(
      createSqliteStore({ dataDir: dir }),
      createTokenCipher(randomBytes(32)),
    );
    await store.saveGrant({
      id: 'grant-1',
      integration: 'calendly',
      subject: { kind: 'owner' },
      accessToken: 'plain-access-token',
      refreshToken: 'plain-refresh-token',
      accessTokenExpiresAt: null,
      scopes: [],
      account: null,
      createdAt: 1,
      updatedAt: 1,
    });
    await store.saveOAuthState({
      stateHash: 'h',
      attemptId: 'a',
      codeVerifier: 'plain-verifier-value',
      expiresAt: 10,
    });
    await store.close();
    const db = new Database(path.join(dir, databaseFileName), { readonly: true });
    const dump = ['sessions', 'attempts', 'oauth_states', 'grants', 'refresh_leases']
      .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()))
      .join('\n');
    db.close();
    expect(dump).toContain('grant-1');
    for (const secret of ['plain-access-token', 'plain-refresh-token', 'plain-verifier-value']) {
      expect(dump).not.toContain(secret);
    }
  });
});
