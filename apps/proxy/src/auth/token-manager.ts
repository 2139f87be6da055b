import type { Logger } from 'pino';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import { randomToken } from '../security/random-token';
import type { GrantRecord, Store } from '../store/store';
import { OAuthTokenError, type TokenClient } from './token-client';

/** Refresh this long before the provider's expiry, so a call never leaves with a dying token. */
export const refreshSkewMs = 60_000;
/** A refresh lease outlives any token request (they time out sooner); a crashed holder's lapses. */
const leaseMs = 30_000;
const leasePollMs = 100;

export interface TokenManagerDeps {
  store: Store;
  tokenClient: TokenClient;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  profileOf(grant: GrantRecord): IntegrationProfile;
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
    if (!this.expiresSoon(grant)) return grant.accessToken;
    return (await this.refreshOnce(grant.id, grant.accessToken)).accessToken;
  }

  /**
   * After the provider refused `rejectedToken` with a 401: a new token, unless another caller
   * has already replaced it (then that one is used, with no second token request).
   */
  async replaceRejected(grant: GrantRecord, rejectedToken: string): Promise<string> {
    return (await this.refreshOnce(grant.id, rejectedToken)).accessToken;
  }

  private expiresSoon(grant: GrantRecord): boolean {
    return (
      grant.accessTokenExpiresAt !== null &&
      grant.accessTokenExpiresAt - refreshSkewMs <= this.deps.clock()
    );
  }

  private refreshOnce(grantId: string, staleToken: string): Promise<GrantRecord> {
    const running = this.inFlight.get(grantId);
    if (running) return running;
    const refresh = this.refresh(grantId, staleToken).finally(() => this.inFlight.delete(grantId));
    this.inFlight.set(grantId, refresh);
    return refresh;
  }

  /**
   * Refreshes under the store's lease, so that another process on the same store (a second
   * instance, the CLI) never spends the same refresh token; while it holds the lease we wait
   * for its result instead of asking the provider ourselves.
   */
  private async refresh(grantId: string, staleToken: string): Promise<GrantRecord> {
    const { store, clock, sleep } = this.deps;
    for (let waited = 0; ; waited += leasePollMs) {
      const grant = await store.findGrantById(grantId);
      if (!grant) throw authorizationRequired(undefined, 'The connection was removed');
      // Someone refreshed between our read and now: their token is the one to use.
      if (grant.accessToken !== staleToken && !this.expiresSoon(grant)) return grant;
      const now = clock();
      if (await store.tryLeaseRefresh(grantId, this.holder, now, now + leaseMs)) {
        try {
          return await this.refreshHeld(grant);
        } finally {
          await store.releaseRefresh(grantId, this.holder);
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
    const profile = this.deps.profileOf(grant);
    if (grant.refreshToken === null) {
      await store.deleteGrant(grant.id);
      throw authorizationRequired(
        profile,
        'The access expired and the provider gave no refresh token',
      );
    }
    let tokens;
    try {
      tokens = await tokenClient.refresh(profile, grant.refreshToken);
    } catch (error) {
      if (error instanceof OAuthTokenError && !error.retryable) {
        // invalid_grant (revoked, expired, rotated away) or a refusal we cannot fix by waiting.
        logger.warn(
          { integration: profile.id, grantId, reason: error.errorCode },
          'refresh refused; grant disconnected',
        );
        await store.deleteGrant(grant.id);
        throw authorizationRequired(
          profile,
          'The connection has expired or was revoked; please connect again',
        );
      }
      throw new ApiError(
        'upstream_unavailable',
        `${profile.name} could not refresh the access token`,
        {
          integration: profile.id,
          cause: error,
        },
      );
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
}

export function authorizationRequired(
  profile: IntegrationProfile | undefined,
  message: string,
): ApiError {
  return new ApiError('authorization_required', message, {
    retryable: false,
    ...(profile ? { integration: profile.id } : {}),
  });
}
