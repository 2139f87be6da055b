import type { AttemptStatusValue, IntegrationId } from '@slotchat/integrations';
import type { SettingsStore } from '../settings/settings-records';

/**
 * A secret as a storage backend holds it: AES-256-GCM ciphertext made by the token cipher. The
 * brand keeps a backend from ever being handed (or handing out) plain text by mistake.
 */
export type Sealed = string & { readonly __sealed: true };

/** A widget session. Only the SHA-256 of its bearer token is kept. */
export interface SessionRecord {
  id: string;
  tokenHash: string;
  /** The embedding origin that created it; the session is only valid from there. */
  origin: string;
  createdAt: number;
  expiresAt: number;
}

/**
 * A one-time authorization attempt: a visitor's (bound to their session and the embedding
 * origin the result is posted to) or the site owner's (admin page or CLI; no session).
 */
export interface AttemptRecord {
  id: string;
  integration: IntegrationId;
  kind: 'visitor' | 'owner';
  sessionId: string | null;
  origin: string;
  status: AttemptStatusValue;
  message: string | null;
  startedAt: number | null;
  createdAt: number;
  expiresAt: number;
}

/** The OAuth `state` of a started attempt with its PKCE verifier; read at most once. */
export interface OAuthStateRecord<Secret = string> {
  stateHash: string;
  attemptId: string;
  codeVerifier: Secret;
  expiresAt: number;
}

/** Whose account a grant is: a visitor's (one session) or the site owner's (everyone). */
export type GrantSubject = { kind: 'visitor'; sessionId: string } | { kind: 'owner' };

/**
 * Tokens for one integration and one subject. `Secret` is plain text for the app and `Sealed`
 * for a storage backend: `encryptingStore` is the one place that converts between the two.
 */
export interface GrantRecord<Secret = string> {
  id: string;
  integration: IntegrationId;
  subject: GrantSubject;
  accessToken: Secret;
  refreshToken: Secret | null;
  /** Epoch ms; null when the provider did not say. */
  accessTokenExpiresAt: number | null;
  scopes: readonly string[];
  account: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TokenUpdate<Secret = string> {
  accessToken: Secret;
  refreshToken: Secret | null;
  accessTokenExpiresAt: number | null;
  scopes: readonly string[];
  updatedAt: number;
}

/**
 * Everything the proxy keeps beyond a request. Routes see only `Store` (plain text secrets), so
 * a Redis or PostgreSQL backend can replace SQLite without touching them. A backend implements
 * `StorageBackend` (= `Store<Sealed>`): it stores and returns ciphertext and never needs a key,
 * because `encryptingStore` wraps it. `describeStoreContract` (store-contract.ts) is the test
 * suite every backend must pass. Async on purpose: those stores are.
 */
export interface Store<Secret = string> extends SettingsStore<Secret> {
  createSession(session: SessionRecord): Promise<void>;
  findSessionByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined>;

  createAttempt(attempt: AttemptRecord): Promise<void>;
  findAttempt(id: string): Promise<AttemptRecord | undefined>;
  /** Marks a pending, unstarted attempt as started; false if it was started already. */
  startAttempt(id: string, now: number): Promise<boolean>;
  /** Settles a pending attempt; false when it was no longer pending (settled once only). */
  settleAttempt(id: string, status: AttemptStatusValue, message: string | null): Promise<boolean>;

  saveOAuthState(state: OAuthStateRecord<Secret>): Promise<void>;
  /** Returns and deletes the state in one step: a second call for the same state finds nothing. */
  takeOAuthState(stateHash: string, now: number): Promise<OAuthStateRecord<Secret> | undefined>;

  /**
   * Inserts or replaces the grant of (integration, subject). A replacement is a new grant: it
   * takes the new id, and the replaced grant's refresh lease goes with it.
   */
  saveGrant(grant: GrantRecord<Secret>): Promise<void>;
  findGrant(
    integration: IntegrationId,
    subject: GrantSubject,
  ): Promise<GrantRecord<Secret> | undefined>;
  findGrantById(id: string): Promise<GrantRecord<Secret> | undefined>;
  /**
   * Every grant of an integration connected as `account` (several sessions of one person): Google
   * revokes per account, so disconnecting one of them ends the others at the provider too.
   */
  findGrantsByAccount(integration: IntegrationId, account: string): Promise<GrantRecord<Secret>[]>;
  updateGrantTokens(id: string, update: TokenUpdate<Secret>): Promise<void>;
  /** Visitor grants whose session has expired or is gone: nobody can use them any more. */
  findOrphanedGrants(now: number): Promise<GrantRecord<Secret>[]>;
  /** Deletes the grant and its refresh lease. */
  deleteGrant(id: string): Promise<void>;

  /**
   * Takes the grant's refresh lease for `holder` until `until`, unless another holder's lease is
   * still live: the one lock that keeps two proxy instances from spending a single-use
   * (rotating) refresh token twice. True when taken (also when `holder` already held it).
   */
  tryLeaseRefresh(grantId: string, holder: string, now: number, until: number): Promise<boolean>;
  /** Lets the lease go if `holder` still holds it; another holder's lease is left alone. */
  releaseRefresh(grantId: string, holder: string): Promise<void>;

  /** Throws when the store cannot answer (for /readyz). */
  ping(): Promise<void>;
  /** Idempotent: closing twice is fine. */
  close(): Promise<void>;
}

/** What a storage backend (SQLite, or a Redis or PostgreSQL one) implements: ciphertext only. */
export type StorageBackend = Store<Sealed>;
