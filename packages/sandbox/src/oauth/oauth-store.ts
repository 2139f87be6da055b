import { secretToken } from '../random';

/** An authorization request waiting on the consent page (Allow / Deny). */
export interface PendingConsent {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | undefined;
  codeChallenge: string;
  /** Google: `access_type=offline` asks for a refresh token. */
  offline: boolean;
  /** Google: `prompt=consent` forces a new refresh token even after an earlier consent. */
  forceConsent: boolean;
  includeGrantedScopes: boolean;
  /** OpenID Connect: echoed in the ID token of the code this consent produces. */
  nonce: string | undefined;
  expiresAt: number;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  subject: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string;
  issueRefreshToken: boolean;
  nonce: string | undefined;
  expiresAt: number;
  /** Set on first redemption; a replay revokes the grant it produced (RFC 6749 §4.1.2). */
  redeemedGrantId: string | undefined;
}

/** One consent turned into tokens: revoking it kills its access and refresh tokens together. */
export interface Grant {
  id: string;
  clientId: string;
  subject: string;
  scopes: string[];
  revoked: boolean;
}

export interface AccessToken {
  token: string;
  grantId: string;
  expiresAt: number;
}

export interface RefreshToken {
  token: string;
  grantId: string;
  /** False once rotated away (Calendly) or revoked. */
  active: boolean;
}

export type TokenLookup<T> =
  { ok: true; token: T; grant: Grant } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export interface OAuthStoreOptions {
  clock: () => number;
  prefixes: { code: string; access: string; refresh: string };
}

export type OAuthStore = ReturnType<typeof createOAuthStore>;

/** In-memory OAuth state of one provider of one sandbox instance. */
export function createOAuthStore({ clock, prefixes }: OAuthStoreOptions) {
  const pending = new Map<string, PendingConsent>();
  const codes = new Map<string, AuthorizationCode>();
  const grants = new Map<string, Grant>();
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, RefreshToken>();

  const lookup = <T extends { grantId: string }>(
    token: T | undefined,
    expired: (token: T) => boolean,
  ): TokenLookup<T> => {
    if (!token) return { ok: false, reason: 'unknown' };
    const grant = grants.get(token.grantId);
    if (!grant || grant.revoked) return { ok: false, reason: 'revoked' };
    if (expired(token)) return { ok: false, reason: 'expired' };
    return { ok: true, token, grant };
  };

  return {
    addPending(request: Omit<PendingConsent, 'id'>): PendingConsent {
      const entry = { ...request, id: secretToken('consent_') };
      pending.set(entry.id, entry);
      return entry;
    },
    /** Single use: a consent form can be answered once. */
    takePending(id: string): PendingConsent | undefined {
      const entry = pending.get(id);
      pending.delete(id);
      return entry && entry.expiresAt > clock() ? entry : undefined;
    },
    issueCode(request: Omit<AuthorizationCode, 'code' | 'redeemedGrantId'>): string {
      const code = secretToken(prefixes.code);
      codes.set(code, { ...request, code, redeemedGrantId: undefined });
      return code;
    },
    findCode(code: string): AuthorizationCode | undefined {
      return codes.get(code);
    },
    isExpired(code: AuthorizationCode): boolean {
      return code.expiresAt <= clock();
    },
    createGrant(clientId: string, subject: string, scopes: string[]): Grant {
      const grant = { id: secretToken('grant_'), clientId, subject, scopes, revoked: false };
      grants.set(grant.id, grant);
      return grant;
    },
    issueAccessToken(grantId: string, lifetimeSeconds: number): AccessToken {
      const token = {
        token: secretToken(prefixes.access),
        grantId,
        expiresAt: clock() + lifetimeSeconds * 1000,
      };
      accessTokens.set(token.token, token);
      return token;
    },
    issueRefreshToken(grantId: string): RefreshToken {
      const token = { token: secretToken(prefixes.refresh), grantId, active: true };
      refreshTokens.set(token.token, token);
      return token;
    },
    findAccessToken(token: string): TokenLookup<AccessToken> {
      return lookup(accessTokens.get(token), (found) => found.expiresAt <= clock());
    },
    findRefreshToken(token: string): TokenLookup<RefreshToken> {
      const found = refreshTokens.get(token);
      if (found && !found.active) return { ok: false, reason: 'revoked' };
      return lookup(found, () => false);
    },
    deactivateRefreshToken(token: RefreshToken): void {
      token.active = false;
    },
    revokeGrant(grantId: string): boolean {
      const grant = grants.get(grantId);
      if (!grant || grant.revoked) return false;
      grant.revoked = true;
      return true;
    },
    /** Google: revoking one token revokes every grant of that user to that client. */
    revokeClientSubject(clientId: string, subject: string): number {
      let count = 0;
      for (const grant of grants.values()) {
        if (grant.clientId === clientId && grant.subject === subject && !grant.revoked) {
          grant.revoked = true;
          count += 1;
        }
      }
      return count;
    },
    /** The grant a token (access or refresh) belongs to, whether or not it is still valid. */
    grantOfToken(token: string): Grant | undefined {
      const found = accessTokens.get(token) ?? refreshTokens.get(token);
      return found ? grants.get(found.grantId) : undefined;
    },
    liveGrants(): Grant[] {
      return [...grants.values()].filter((grant) => !grant.revoked);
    },
    /** A fault switch: every access token (optionally of one grant) expires now. */
    expireAccessTokens(grantId?: string): number {
      let count = 0;
      for (const token of accessTokens.values()) {
        if ((grantId === undefined || token.grantId === grantId) && token.expiresAt > clock()) {
          token.expiresAt = clock();
          count += 1;
        }
      }
      return count;
    },
    hasLiveRefreshToken(clientId: string, subject: string): boolean {
      return [...refreshTokens.values()].some((token) => {
        const grant = grants.get(token.grantId);
        return (
          token.active &&
          grant &&
          !grant.revoked &&
          grant.clientId === clientId &&
          grant.subject === subject
        );
      });
    },
    grantedScopes(clientId: string, subject: string): string[] {
      const scopes = new Set<string>();
      for (const grant of grants.values()) {
        if (grant.clientId === clientId && grant.subject === subject && !grant.revoked) {
          grant.scopes.forEach((scope) => scopes.add(scope));
        }
      }
      return [...scopes];
    },
  };
}
