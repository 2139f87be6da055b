import type { AppContext } from '../app-context';
import type { GrantRecord } from '../store/store';

/**
 * Revokes the grant at the provider, then deletes it here. A provider that cannot be reached
 * does not keep the visitor connected: the local copy goes anyway, and the failure is logged.
 */
export async function disconnectGrant(
  context: AppContext,
  grant: GrantRecord,
): Promise<{ revoked: boolean }> {
  const profile = context.profile(grant.integration);
  let revoked = true;
  try {
    // Revoking the refresh token ends the whole grant at both providers.
    await context.tokenClient.revoke(profile, grant.refreshToken ?? grant.accessToken);
  } catch (error) {
    revoked = false;
    context.logger.warn(
      { integration: grant.integration, grantId: grant.id, err: error },
      'revocation at the provider failed',
    );
  }
  await context.store.deleteGrant(grant.id);
  context.logger.info(
    { integration: grant.integration, grantId: grant.id, revoked },
    'grant disconnected',
  );
  return { revoked };
}
