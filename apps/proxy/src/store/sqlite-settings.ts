import type Database from 'better-sqlite3';
import { integrationIdSchema } from '@slotchat/integrations';
import { z } from 'zod';
import type {
  AdminSessionRecord,
  AuditRecord,
  IntegrationSettingsRecord,
  SettingsStore,
} from '../settings/settings-records';
import type { Sealed } from './store';

/** Tables for what the admin console sets. The client secret column holds ciphertext. */
const schema = `
CREATE TABLE IF NOT EXISTS integration_settings (
  integration TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL,
  mode TEXT CHECK (mode IS NULL OR mode IN ('user', 'preauthorized')),
  profile TEXT,
  client_secret TEXT,
  disabled_templates TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS allowed_origins (
  position INTEGER PRIMARY KEY,
  origin TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS settings_flags (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS admin_sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL
);
`;

// The profile's plain fields as one JSON column; rows are parsed on the way out.
const profileJson = z.object({
  clientId: z.string(),
  authorizationUrl: z.string(),
  tokenUrl: z.string(),
  refreshTokenUrl: z.string(),
  scopes: z.array(z.string()),
});

const settingsRow = z.object({
  integration: integrationIdSchema,
  enabled: z.number(),
  mode: z.enum(['user', 'preauthorized']).nullable(),
  profile: z.string().nullable(),
  client_secret: z.string().nullable(),
  disabled_templates: z.string(),
  updated_at: z.number(),
});

const adminSessionRow = z.object({
  id: z.string(),
  token_hash: z.string(),
  csrf_token: z.string(),
  created_at: z.number(),
  expires_at: z.number(),
});

const auditRow = z.object({
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.string(),
});

/** The settings half of the SQLite backend, on the same database as the rest. */
export function createSqliteSettings(db: Database.Database): SettingsStore<Sealed> {
  db.exec(schema);
  const statements = {
    findSettings: db.prepare('SELECT * FROM integration_settings WHERE integration = ?'),
    upsertSettings: db.prepare(
      `INSERT INTO integration_settings (integration, enabled, mode, profile, client_secret, disabled_templates, updated_at)
       VALUES (@integration, @enabled, @mode, @profile, @client_secret, @disabled_templates, @updated_at)
       ON CONFLICT (integration) DO UPDATE SET enabled = excluded.enabled, mode = excluded.mode,
         profile = excluded.profile, client_secret = excluded.client_secret,
         disabled_templates = excluded.disabled_templates, updated_at = excluded.updated_at`,
    ),
    originsSaved: db.prepare("SELECT value FROM settings_flags WHERE name = 'origins_saved'"),
    markOriginsSaved: db.prepare(
      "INSERT INTO settings_flags (name, value) VALUES ('origins_saved', '1') ON CONFLICT (name) DO NOTHING",
    ),
    listOrigins: db.prepare('SELECT origin FROM allowed_origins ORDER BY position'),
    clearOrigins: db.prepare('DELETE FROM allowed_origins'),
    insertOrigin: db.prepare('INSERT INTO allowed_origins (position, origin) VALUES (?, ?)'),
    insertAdminSession: db.prepare(
      'INSERT INTO admin_sessions (id, token_hash, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    findAdminSession: db.prepare(
      'SELECT * FROM admin_sessions WHERE token_hash = ? AND expires_at > ?',
    ),
    purgeAdminSessions: db.prepare('DELETE FROM admin_sessions WHERE expires_at <= ?'),
    deleteAdminSession: db.prepare('DELETE FROM admin_sessions WHERE id = ?'),
    insertAudit: db.prepare(
      'INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)',
    ),
    listAudit: db.prepare(
      'SELECT at, actor, action, target, details FROM audit_log ORDER BY seq DESC LIMIT ?',
    ),
  };
  const saveOrigins = db.transaction((origins: readonly string[]) => {
    statements.clearOrigins.run();
    origins.forEach((origin, index) => statements.insertOrigin.run(index, origin));
    statements.markOriginsSaved.run();
  });

  return {
    async findIntegrationSettings(integration) {
      const found: unknown = statements.findSettings.get(integration);
      if (found === undefined) return undefined;
      const row = settingsRow.parse(found);
      const profile = row.profile === null ? null : profileJson.parse(JSON.parse(row.profile));
      const record: IntegrationSettingsRecord<Sealed> = {
        integration: row.integration,
        enabled: row.enabled === 1,
        mode: row.mode,
        profile: profile ? { ...profile, clientSecret: row.client_secret as Sealed | null } : null,
        disabledTemplates: z.array(z.string()).parse(JSON.parse(row.disabled_templates)),
        updatedAt: row.updated_at,
      };
      return record;
    },
    async saveIntegrationSettings(settings) {
      const { profile } = settings;
      statements.upsertSettings.run({
        integration: settings.integration,
        enabled: settings.enabled ? 1 : 0,
        mode: settings.mode,
        profile: profile
          ? JSON.stringify({
              clientId: profile.clientId,
              authorizationUrl: profile.authorizationUrl,
              tokenUrl: profile.tokenUrl,
              refreshTokenUrl: profile.refreshTokenUrl,
              scopes: profile.scopes,
            })
          : null,
        client_secret: profile?.clientSecret ?? null,
        disabled_templates: JSON.stringify(settings.disabledTemplates),
        updated_at: settings.updatedAt,
      });
    },

    async findAllowedOrigins() {
      if (statements.originsSaved.get() === undefined) return undefined;
      return statements.listOrigins
        .all()
        .map((row) => z.object({ origin: z.string() }).parse(row).origin);
    },
    async saveAllowedOrigins(origins) {
      saveOrigins(origins);
    },

    async createAdminSession(session: AdminSessionRecord) {
      statements.purgeAdminSessions.run(session.createdAt);
      statements.insertAdminSession.run(
        session.id,
        session.tokenHash,
        session.csrfToken,
        session.createdAt,
        session.expiresAt,
      );
    },
    async findAdminSessionByTokenHash(tokenHash, now) {
      const found: unknown = statements.findAdminSession.get(tokenHash, now);
      if (found === undefined) return undefined;
      const row = adminSessionRow.parse(found);
      return {
        id: row.id,
        tokenHash: row.token_hash,
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    },
    async deleteAdminSession(id) {
      statements.deleteAdminSession.run(id);
    },

    async appendAudit(entry: AuditRecord) {
      statements.insertAudit.run(
        entry.at,
        entry.actor,
        entry.action,
        entry.target,
        JSON.stringify(entry.details),
      );
    },
    async listAudit(limit) {
      return statements.listAudit.all(limit).map((found) => {
        const row = auditRow.parse(found);
        return {
          at: row.at,
          actor: row.actor,
          action: row.action,
          target: row.target,
          details: z
            .record(
              z.string(),
              z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
            )
            .parse(JSON.parse(row.details)),
        };
      });
    },
  };
}
