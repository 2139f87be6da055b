import type { AttemptStatusValue, IntegrationId } from '@slotchat/integrations';

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
export interface OAuthStateRecord {
  stateHash: string;
  attemptId: string;
  codeVerifier: string;
  expiresAt: number;
}

/** Whose account a grant is: a visitor's (one session) or the site owner's (everyone). */
export type GrantSubject = { kind: 'visitor'; sessionId: string } | { kind: 'owner' };

/** Tokens for one integration and one subject. Plain text here; stores encrypt them at rest. */
export interface GrantRecord {
  id: string;
  integration: IntegrationId;
  subject: GrantSubject;
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the provider did not say. */
  accessTokenExpiresAt: number | null;
  scopes: readonly string[];
  account: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TokenUpdate {
  accessToken: string;
  refreshToken: string | null;
  accessTokenExpiresAt: number | null;
  scopes: readonly string[];
  updatedAt: number;
}

/**
 * Everything the proxy keeps beyond a request. Routes see only this interface, so a Redis or
 * PostgreSQL implementation can replace SQLite without touching them. Async on purpose: those
 * stores are.
 */
export interface Store {
  createSession(session: SessionRecord): Promise<void>;
  findSessionByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined>;

  createAttempt(attempt: AttemptRecord): Promise<void>;
  findAttempt(id: string): Promise<AttemptRecord | undefined>;
  /** Marks a pending, unstarted attempt as started; false if it was started already. */
  startAttempt(id: string, now: number): Promise<boolean>;
  /** Settles a pending attempt; false when it was no longer pending (settled once only). */
  settleAttempt(id: string, status: AttemptStatusValue, message: string | null): Promise<boolean>;

  saveOAuthState(state: OAuthStateRecord): Promise<void>;
  /** Returns and deletes the state in one step: a second call for the same state finds nothing. */
  takeOAuthState(stateHash: string, now: number): Promise<OAuthStateRecord | undefined>;

  /** Inserts or replaces the grant of (integration, subject). */
  saveGrant(grant: GrantRecord): Promise<void>;
  findGrant(integration: IntegrationId, subject: GrantSubject): Promise<GrantRecord | undefined>;
  findGrantById(id: string): Promise<GrantRecord | undefined>;
  updateGrantTokens(id: string, update: TokenUpdate): Promise<void>;
  /** Visitor grants whose session has expired or is gone: nobody can use them any more. */
  findOrphanedGrants(now: number): Promise<GrantRecord[]>;
  deleteGrant(id: string): Promise<void>;

  /**
   * Takes the grant's refresh lease for `holder` until `until`, unless another holder's lease is
   * still live: the one lock that keeps two proxy instances from spending a single-use
   * (rotating) refresh token twice. True when taken.
   */
  tryLeaseRefresh(grantId: string, holder: string, now: number, until: number): Promise<boolean>;
  releaseRefresh(grantId: string, holder: string): Promise<void>;

  /** Throws when the store cannot answer (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
