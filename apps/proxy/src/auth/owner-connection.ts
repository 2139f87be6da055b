import type { IntegrationId } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { AttemptRecord } from '../store/store';
import { createAttempt } from './attempts';
import { disconnectGrant, type DisconnectOutcome } from './disconnect';

/** Starts the site owner's authorization of a pre-authorized integration (console, CLI, demo). */
export async function createOwnerAttempt(
  context: AppContext,
  integration: IntegrationId,
): Promise<AttemptRecord> {
  const profile = await context.profile(integration);
  if (profile.mode !== 'preauthorized') {
    throw new ApiError(
      'conflict',
      `${profile.name} is in user mode: each visitor connects their own account. Choose "Pre-authorize the integration" in the admin console (or run \`cli mode ${integration} preauthorized\`) to connect one for everyone.`,
      { integration },
    );
  }
  return createAttempt(context, {
    integration,
    kind: 'owner',
    sessionId: null,
    origin: context.config.publicOrigin,
  });
}

/** Revokes and removes the owner's grant; undefined when there was none. */
export async function disconnectOwner(
  context: AppContext,
  integration: IntegrationId,
): Promise<DisconnectOutcome | undefined> {
  const grant = await context.store.findGrant(integration, { kind: 'owner' });
  return grant ? disconnectGrant(context, grant) : undefined;
}
