import type { IntegrationId } from '@slotchat/integrations';
import type { Logger } from 'pino';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import { randomToken } from '../security/random-token';
import type { GrantRecord, Store } from '../store/store';
import { OAuthTokenError, type TokenClient } from './token-client';

/** Refresh this long before the provider's expiry, so a call never leaves with a dying token. */
export const refreshSkewMs = 60_000;
const leasePollMs = 100;

/**
 * How long a refresh lease lasts. It must outlive the token request it guards (one upstream
 * timeout, twice over for the store reads and writes around it, plus a margin); a shorter lease
 * would let a second instance spend a single-use Calendly refresh token while the first is
 * still waiting for its answer. A crashed holder's lease lapses after this long.
 */
export function refreshLeaseMs(upstreamTimeoutMs: number): number {
  return 2 * upstreamTimeoutMs + 5_000;
}

export interface TokenManagerDeps {
  store: Store;
  tokenClient: TokenClient;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  /** See {@link refreshLeaseMs}. */
  leaseMs: number;
  profileOf(grant: GrantRecord): Promise<IntegrationProfile>;
}

/**
 * Hands out a usable access token for a grant. Refreshes ahead of expiry and after a provider
 * 401, once per grant however many calls wait (single flight), and persists a rotated refresh
 * token (Calendly's are single-use) before anyone uses the new access token.
 */
export class TokenManager {
  private readonly inFlight = new Map<string, Promise<GrantRecord>>();
  /** Names this process in the store's refresh leases. */
  private readonly holder = randomToken(12);

  constructor(private readonly deps: TokenManagerDeps) {}

  /** A fresh enough access token for the grant, refreshing first when it is about to expire. */
  async accessToken(grant: GrantRecord): Promise<string> {
    if (grant.refreshToken === null) {
      // Nothing to refresh with: the token serves until it really expires, not `refreshSkewMs`
      // early, and only then is the visitor asked to connect again.
      const expiresAt = grant.accessTokenExpiresAt;
      if (expiresAt === null || expiresAt > this.deps.clock()) return grant.accessToken;
      return (await this.refreshOnce(grant, grant.accessToken)).accessToken;
    }
    if (!this.expiresSoon(grant)) return grant.accessToken;
    return (await this.refreshOnce(grant, grant.accessToken)).accessToken;
  }

  /**
   * After the provider refused `rejectedToken` with a 401: a new token, unless another caller
   * has already replaced it (then that one is used, with no second token request).
   */
  async replaceRejected(grant: GrantRecord, rejectedToken: string): Promise<string> {
    return (await this.refreshOnce(grant, rejectedToken)).accessToken;
  }

  private expiresSoon(grant: GrantRecord): boolean {
    return (
      grant.accessTokenExpiresAt !== null &&
      grant.accessTokenExpiresAt - refreshSkewMs <= this.deps.clock()
    );
  }

  private refreshOnce(grant: GrantRecord, staleToken: string): Promise<GrantRecord> {
    const running = this.inFlight.get(grant.id);
    if (running) return running;
    const refresh = this.refresh(grant, staleToken).finally(() => this.inFlight.delete(grant.id));
    this.inFlight.set(grant.id, refresh);
    return refresh;
  }

  /**
   * Refreshes under the store's lease, so that another process on the same store (a second
   * instance, the CLI) never spends the same refresh token; while it holds the lease we wait
   * for its result instead of asking the provider ourselves.
   */
  private async refresh(known: GrantRecord, staleToken: string): Promise<GrantRecord> {
    const { store, clock, sleep, leaseMs } = this.deps;
    for (let waited = 0; ; waited += leasePollMs) {
      const grant = await store.findGrantById(known.id);
      if (!grant) throw authorizationRequired(known.integration, 'The connection was removed');
      // Someone refreshed between our read and now: their token is the one to use.
      if (grant.accessToken !== staleToken && !this.expiresSoon(grant)) return grant;
      const now = clock();
      if (await store.tryLeaseRefresh(grant.id, this.holder, now, now + leaseMs)) {
        try {
          return await this.refreshHeld(grant);
        } finally {
          await store.releaseRefresh(grant.id, this.holder);
        }
      }
      if (waited >= leaseMs) {
        throw new ApiError('upstream_unavailable', 'The connection is being renewed; try again', {
          integration: grant.integration,
        });
      }
      await sleep(leasePollMs);
    }
  }

  private async refreshHeld(grant: GrantRecord): Promise<GrantRecord> {
    const { store, tokenClient, clock, logger } = this.deps;
    const grantId = grant.id;
    const profile = await this.deps.profileOf(grant);
    if (grant.refreshToken === null) {
      await store.deleteGrant(grant.id);
      logger.info({ integration: profile.id, grantId }, 'access expired, no refresh token');
      throw authorizationRequired(
        profile.id,
        'The access expired and the provider gave no refresh token; please connect again',
      );
    }
    let tokens;
    try {
      tokens = await tokenClient.refresh(profile, grant.refreshToken);
    } catch (error) {
      throw await this.refreshFailed(grant, profile, error);
    }
    const updated: GrantRecord = {
      ...grant,
      accessToken: tokens.accessToken,
      // Rotation: a new refresh token replaces the old one; Google sends none and keeps the old.
      refreshToken: tokens.refreshToken ?? grant.refreshToken,
      accessTokenExpiresAt: tokens.expiresAt,
      scopes: tokens.scopes ?? grant.scopes,
      updatedAt: clock(),
    };
    // Persist before returning: the old refresh token is dead once a rotated one has been issued.
    await store.updateGrantTokens(grant.id, updated);
    logger.info(
      { integration: profile.id, grantId, rotated: tokens.refreshToken !== null },
      'access token refreshed',
    );
    return updated;
  }

  /**
   * Only `invalid_grant` (revoked, expired, rotated away) ends the grant. A refusal of the
   * client itself (a rotated or mistyped CLIENT_SECRET) would otherwise wipe every visitor's and
   * the owner's grant on first refresh, though fixing the configuration brings them all back.
   */
  private async refreshFailed(
    grant: GrantRecord,
    profile: IntegrationProfile,
    error: unknown,
  ): Promise<ApiError> {
    const { store, logger } = this.deps;
    if (error instanceof OAuthTokenError && error.errorCode === 'invalid_grant') {
      logger.warn(
        { integration: profile.id, grantId: grant.id, reason: error.errorCode },
        'refresh refused; grant disconnected',
      );
      await store.deleteGrant(grant.id);
      return authorizationRequired(
        profile.id,
        'The connection has expired or was revoked; please connect again',
      );
    }
    if (error instanceof OAuthTokenError && error.refusesClient) {
      const prefix = profile.id.toUpperCase().replace(/-/g, '_');
      logger.error(
        {
          integration: profile.id,
          grantId: grant.id,
          reason: error.errorCode,
          status: error.status,
        },
        `${profile.name} refused the proxy's client credentials (${error.errorCode}): check ${prefix}_CLIENT_ID, ${prefix}_CLIENT_SECRET and ${prefix}_TOKEN_URL. The grant is kept.`,
      );
      return new ApiError(
        'integration_misconfigured',
        `${profile.name} is not set up correctly on this site; the site owner has to fix it`,
        {
          integration: profile.id,
          details: { oauthError: error.errorCode, status: error.status },
          cause: error,
        },
      );
    }
    return new ApiError(
      'upstream_unavailable',
      `${profile.name} could not refresh the access token`,
      { integration: profile.id, cause: error },
    );
  }
}

export function authorizationRequired(
  integration: IntegrationId | undefined,
  message: string,
): ApiError {
  return new ApiError('authorization_required', message, {
    retryable: false,
    ...(integration ? { integration } : {}),
  });
}
