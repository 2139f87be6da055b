import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { integrationIdSchema, attemptStatuses } from '@slotchat/integrations';
import { z } from 'zod';
import { createSqliteSettings } from './sqlite-settings';
import { schema } from './sqlite-schema';
import type {
  AttemptRecord,
  GrantRecord,
  GrantSubject,
  Sealed,
  SessionRecord,
  StorageBackend,
} from './store';

export const databaseFileName = 'slotchat.sqlite';

/** `visitor:<session id>` or `owner`: one column so (integration, subject) can be unique. */
function subjectKey(subject: GrantSubject): string {
  return subject.kind === 'owner' ? 'owner' : `visitor:${subject.sessionId}`;
}

function parseSubject(key: string): GrantSubject {
  return key === 'owner'
    ? { kind: 'owner' }
    : { kind: 'visitor', sessionId: key.slice('visitor:'.length) };
}

// Rows are parsed on the way out too: a hand-edited or half-migrated file must fail loudly.
// Secret columns hold what encryptingStore sealed; the backend never opens them.
const sealed = z.string().transform((value) => value as Sealed);

const attemptRow = z.object({
  id: z.string(),
  integration: integrationIdSchema,
  kind: z.enum(['visitor', 'owner']),
  session_id: z.string().nullable(),
  origin: z.string(),
  status: z.enum(attemptStatuses),
  message: z.string().nullable(),
  started_at: z.number().nullable(),
  created_at: z.number(),
  expires_at: z.number(),
});

const grantRow = z.object({
  id: z.string(),
  integration: integrationIdSchema,
  subject: z.string(),
  access_token: sealed,
  refresh_token: sealed.nullable(),
  access_token_expires_at: z.number().nullable(),
  scopes: z.string(),
  account: z.string().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
});

const sessionRow = z.object({
  id: z.string(),
  token_hash: z.string(),
  origin: z.string(),
  created_at: z.number(),
  expires_at: z.number(),
});

const stateRow = z.object({
  state_hash: z.string(),
  attempt_id: z.string(),
  code_verifier: sealed,
  expires_at: z.number(),
});

/**
 * The default storage backend: one SQLite file in the data directory (WAL mode, so the CLI can
 * share it with a running proxy). It keeps secrets exactly as given — ciphertext, because the
 * app wraps it in `encryptingStore`.
 */
export function createSqliteStore(options: { dataDir: string }): StorageBackend {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(path.join(options.dataDir, databaseFileName));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);

  const statements = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, token_hash, origin, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    findSession: db.prepare('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    insertAttempt: db.prepare(
      `INSERT INTO attempts (id, integration, kind, session_id, origin, status, message, started_at, created_at, expires_at)
       VALUES (@id, @integration, @kind, @session_id, @origin, @status, @message, @started_at, @created_at, @expires_at)`,
    ),
    findAttempt: db.prepare('SELECT * FROM attempts WHERE id = ?'),
    startAttempt: db.prepare(
      "UPDATE attempts SET started_at = ? WHERE id = ? AND started_at IS NULL AND status = 'pending'",
    ),
    settleAttempt: db.prepare(
      "UPDATE attempts SET status = ?, message = ? WHERE id = ? AND status = 'pending'",
    ),
    purgeAttempts: db.prepare('DELETE FROM attempts WHERE expires_at <= ?'),
    insertState: db.prepare(
      'INSERT INTO oauth_states (state_hash, attempt_id, code_verifier, expires_at) VALUES (?, ?, ?, ?)',
    ),
    takeState: db.prepare('DELETE FROM oauth_states WHERE state_hash = ? RETURNING *'),
    purgeStates: db.prepare('DELETE FROM oauth_states WHERE expires_at <= ?'),
    upsertGrant: db.prepare(
      `INSERT INTO grants (id, integration, subject, access_token, refresh_token, access_token_expires_at, scopes, account, created_at, updated_at)
       VALUES (@id, @integration, @subject, @access_token, @refresh_token, @access_token_expires_at, @scopes, @account, @created_at, @updated_at)
       ON CONFLICT (integration, subject) DO UPDATE SET
         id = excluded.id, access_token = excluded.access_token, refresh_token = excluded.refresh_token,
         access_token_expires_at = excluded.access_token_expires_at, scopes = excluded.scopes,
         account = excluded.account, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    findGrant: db.prepare('SELECT * FROM grants WHERE integration = ? AND subject = ?'),
    findGrantById: db.prepare('SELECT * FROM grants WHERE id = ?'),
    findGrantsByAccount: db.prepare(
      'SELECT * FROM grants WHERE integration = ? AND account = ? ORDER BY created_at',
    ),
    grantIdOf: db.prepare('SELECT id FROM grants WHERE integration = ? AND subject = ?'),
    updateTokens: db.prepare(
      `UPDATE grants SET access_token = @access_token, refresh_token = @refresh_token,
         access_token_expires_at = @access_token_expires_at, scopes = @scopes, updated_at = @updated_at
       WHERE id = @id`,
    ),
    deleteGrant: db.prepare('DELETE FROM grants WHERE id = ?'),
    dropLease: db.prepare('DELETE FROM refresh_leases WHERE grant_id = ?'),
    orphanedGrants: db.prepare(
      `SELECT * FROM grants WHERE subject LIKE 'visitor:%' AND substr(subject, 9) NOT IN
         (SELECT id FROM sessions WHERE expires_at > ?)`,
    ),
    leaseRefresh: db.prepare(
      `INSERT INTO refresh_leases (grant_id, holder, until) VALUES (@grant_id, @holder, @until)
       ON CONFLICT (grant_id) DO UPDATE SET holder = excluded.holder, until = excluded.until
       WHERE refresh_leases.until <= @now OR refresh_leases.holder = excluded.holder`,
    ),
    releaseRefresh: db.prepare('DELETE FROM refresh_leases WHERE grant_id = ? AND holder = ?'),
  };

  // A replaced or deleted grant's lease would otherwise stay behind for ever.
  const upsertGrant = db.transaction((row: Record<string, unknown>, integration: string) => {
    const previous = statements.grantIdOf.get(integration, row.subject) as
      { id: string } | undefined;
    if (previous && previous.id !== row.id) statements.dropLease.run(previous.id);
    statements.upsertGrant.run(row);
  });
  const deleteGrant = db.transaction((id: string) => {
    statements.deleteGrant.run(id);
    statements.dropLease.run(id);
  });

  function toGrant(raw: unknown): GrantRecord<Sealed> | undefined {
    if (raw === undefined) return undefined;
    const row = grantRow.parse(raw);
    return {
      id: row.id,
      integration: row.integration,
      subject: parseSubject(row.subject),
      accessToken: row.access_token,
      refreshToken: row.refresh_token,
      accessTokenExpiresAt: row.access_token_expires_at,
      scopes: row.scopes.split(' ').filter(Boolean),
      account: row.account,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function toAttempt(raw: unknown): AttemptRecord | undefined {
    if (raw === undefined) return undefined;
    const row = attemptRow.parse(raw);
    return {
      id: row.id,
      integration: row.integration,
      kind: row.kind,
      sessionId: row.session_id,
      origin: row.origin,
      status: row.status,
      message: row.message,
      startedAt: row.started_at,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    };
  }

  let closed = false;

  return {
    ...createSqliteSettings(db),
    async createSession(session: SessionRecord) {
      statements.purgeSessions.run(session.createdAt);
      statements.insertSession.run(
        session.id,
        session.tokenHash,
        session.origin,
        session.createdAt,
        session.expiresAt,
      );
    },
    async findSessionByTokenHash(tokenHash, now) {
      const raw = statements.findSession.get(tokenHash, now);
      if (raw === undefined) return undefined;
      const row = sessionRow.parse(raw);
      return {
        id: row.id,
        tokenHash: row.token_hash,
        origin: row.origin,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    },

    async createAttempt(attempt) {
      // Attempts live minutes; anything a day past expiry is of no use to anyone.
      statements.purgeAttempts.run(attempt.createdAt - 86_400_000);
      statements.insertAttempt.run({
        id: attempt.id,
        integration: attempt.integration,
        kind: attempt.kind,
        session_id: attempt.sessionId,
        origin: attempt.origin,
        status: attempt.status,
        message: attempt.message,
        started_at: attempt.startedAt,
        created_at: attempt.createdAt,
        expires_at: attempt.expiresAt,
      });
    },
    async findAttempt(id) {
      return toAttempt(statements.findAttempt.get(id));
    },
    async startAttempt(id, now) {
      return statements.startAttempt.run(now, id).changes === 1;
    },
    async settleAttempt(id, status, message) {
      return statements.settleAttempt.run(status, message, id).changes === 1;
    },

    async saveOAuthState(state) {
      statements.purgeStates.run(state.expiresAt - 86_400_000);
      statements.insertState.run(
        state.stateHash,
        state.attemptId,
        state.codeVerifier,
        state.expiresAt,
      );
    },
    async takeOAuthState(stateHash, now) {
      const raw = statements.takeState.get(stateHash);
      if (raw === undefined) return undefined;
      const row = stateRow.parse(raw);
      if (row.expires_at <= now) return undefined;
      return {
        stateHash: row.state_hash,
        attemptId: row.attempt_id,
        codeVerifier: row.code_verifier,
        expiresAt: row.expires_at,
      };
    },

    async saveGrant(grant) {
      upsertGrant(
        {
          id: grant.id,
          integration: grant.integration,
          subject: subjectKey(grant.subject),
          access_token: grant.accessToken,
          refresh_token: grant.refreshToken,
          access_token_expires_at: grant.accessTokenExpiresAt,
          scopes: grant.scopes.join(' '),
          account: grant.account,
          created_at: grant.createdAt,
          updated_at: grant.updatedAt,
        },
        grant.integration,
      );
    },
    async findGrant(integration, subject) {
      return toGrant(statements.findGrant.get(integration, subjectKey(subject)));
    },
    async findGrantById(id) {
      return toGrant(statements.findGrantById.get(id));
    },
    async findGrantsByAccount(integration, account) {
      return statements.findGrantsByAccount.all(integration, account).map((row) => toGrant(row)!);
    },
    async updateGrantTokens(id, update) {
      statements.updateTokens.run({
        id,
        access_token: update.accessToken,
        refresh_token: update.refreshToken,
        access_token_expires_at: update.accessTokenExpiresAt,
        scopes: update.scopes.join(' '),
        updated_at: update.updatedAt,
      });
    },
    async findOrphanedGrants(now) {
      return statements.orphanedGrants.all(now).map((row) => toGrant(row)!);
    },
    async deleteGrant(id) {
      deleteGrant(id);
    },

    async tryLeaseRefresh(grantId, holder, now, until) {
      return statements.leaseRefresh.run({ grant_id: grantId, holder, until, now }).changes === 1;
    },
    async releaseRefresh(grantId, holder) {
      statements.releaseRefresh.run(grantId, holder);
    },

    async ping() {
      if (closed) throw new Error('store closed');
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
