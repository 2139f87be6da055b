import type { AuthMode, IntegrationId } from '@slotchat/integrations';

/**
 * An authorization profile as the site owner saved it in the admin console. `Secret` is plain
 * text for the app and ciphertext (`Sealed`) for a storage backend, as for tokens.
 */
export interface StoredProfile<Secret = string> {
  /** Empty: the local sandbox answers for the provider. */
  clientId: string;
  clientSecret: Secret | null;
  authorizationUrl: string;
  tokenUrl: string;
  refreshTokenUrl: string;
  scopes: readonly string[];
}

/** What the console changes about one integration; everything unset falls back to the config. */
export interface IntegrationSettingsRecord<Secret = string> {
  integration: IntegrationId;
  enabled: boolean;
  /** Null: the configured (or default) mode. */
  mode: AuthMode | null;
  profile: StoredProfile<Secret> | null;
  /** Switched off by the owner. Listed by what is off, so a new template starts switched on. */
  disabledTemplates: readonly string[];
  updatedAt: number;
}

/** The console's sign-in. Only the SHA-256 of the cookie's token is kept. */
export interface AdminSessionRecord {
  id: string;
  tokenHash: string;
  /** Sent back with every change; useless without the HttpOnly cookie it belongs to. */
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
}

export interface AuditRecord {
  at: number;
  /** `console:<session id prefix>`, `cli`, or `system`. */
  actor: string;
  action: string;
  target: string | null;
  /** Never a secret: field names, on/off, modes, origins. */
  details: Readonly<Record<string, string | number | boolean | readonly string[] | null>>;
}

/**
 * The part of the store that holds what the site owner set in the admin console. Like the rest
 * of `Store`, `Secret` is plain text for the app and ciphertext for a storage backend.
 */
export interface SettingsStore<Secret = string> {
  findIntegrationSettings(
    integration: IntegrationId,
  ): Promise<IntegrationSettingsRecord<Secret> | undefined>;
  saveIntegrationSettings(settings: IntegrationSettingsRecord<Secret>): Promise<void>;

  /** The embedding origins saved in the console; undefined when it never saved any. */
  findAllowedOrigins(): Promise<string[] | undefined>;
  saveAllowedOrigins(origins: readonly string[]): Promise<void>;

  createAdminSession(session: AdminSessionRecord): Promise<void>;
  findAdminSessionByTokenHash(
    tokenHash: string,
    now: number,
  ): Promise<AdminSessionRecord | undefined>;
  deleteAdminSession(id: string): Promise<void>;

  appendAudit(entry: AuditRecord): Promise<void>;
  /** The newest entries first. */
  listAudit(limit: number): Promise<AuditRecord[]>;
}
