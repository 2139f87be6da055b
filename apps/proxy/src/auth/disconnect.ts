import type { IntegrationId } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import type { GrantRecord } from '../store/store';
import { OAuthTokenError } from './token-client';

/**
 * What became of the grant at the provider:
 * - `revoked` / `already-revoked`: the provider no longer honours it;
 * - `failed`: the provider could not be reached or refused; the grant may still be live there;
 * - `spared`: not sent, because the same account is still connected in another session here
 *   and the provider would have ended that connection too (see `revokesWholeAccount`).
 */
export type Revocation = 'revoked' | 'already-revoked' | 'failed' | 'spared';

export interface DisconnectOutcome {
  revocation: Revocation;
  /** True when the provider confirmed the grant is dead. */
  revoked: boolean;
  /** The provider's error code when the revocation failed. */
  reason?: string;
}

/**
 * Google revokes per account and client: revoking any token ends every grant that account gave
 * us, so two sessions of one person (two devices, a cleared browser) share one fate. Calendly
 * revokes the one grant whose token it is given (RFC 7009).
 */
const revokesWholeAccount: Readonly<Record<IntegrationId, boolean>> = {
  'google-calendar': true,
  calendly: false,
};

/**
 * Revokes the grant at the provider, then deletes it here. The local copy goes even when the
 * provider cannot be reached — the visitor asked to be disconnected — and the outcome says so,
 * so the caller can tell them to remove the app in their account settings.
 *
 * `automatic` (the sweep of expired sessions): nobody asked, so a revocation that would also end
 * a live connection of the same account in another session is not sent. When a person asks, it
 * is sent, and their other connections of that account, dead at the provider from then on, are
 * deleted here too instead of failing on their next call.
 */
export async function disconnectGrant(
  context: AppContext,
  grant: GrantRecord,
  options: { automatic?: boolean } = {},
): Promise<DisconnectOutcome> {
  const profile = await context.profile(grant.integration);
  const log = { integration: grant.integration, grantId: grant.id, subject: grant.subject.kind };
  const siblings =
    revokesWholeAccount[grant.integration] && grant.account !== null
      ? (await context.store.findGrantsByAccount(grant.integration, grant.account)).filter(
          (other) => other.id !== grant.id,
        )
      : [];

  let outcome: DisconnectOutcome;
  if (options.automatic && siblings.length > 0) {
    outcome = { revocation: 'spared', revoked: false };
  } else {
    try {
      // Revoking the refresh token ends the whole grant at both providers.
      const result = await context.tokenClient.revoke(
        profile,
        grant.refreshToken ?? grant.accessToken,
      );
      outcome = { revocation: result, revoked: true };
    } catch (error) {
      const reason = error instanceof OAuthTokenError ? error.errorCode : 'unreachable';
      outcome = { revocation: 'failed', revoked: false, reason };
      context.logger.warn(
        { ...log, reason, err: error },
        `${profile.name} did not confirm the revocation: the grant may still be live there`,
      );
    }
  }

  await context.store.deleteGrant(grant.id);
  if (outcome.revoked && siblings.length > 0) {
    for (const sibling of siblings) await context.store.deleteGrant(sibling.id);
  }
  context.logger.info(
    {
      ...log,
      revocation: outcome.revocation,
      ...(outcome.revoked && siblings.length > 0 ? { alsoEnded: siblings.length } : {}),
    },
    'grant disconnected',
  );
  return outcome;
}
