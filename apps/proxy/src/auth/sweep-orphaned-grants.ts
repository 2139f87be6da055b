import type { AppContext } from '../app-context';
import { disconnectGrant } from './disconnect';

/** How often the running proxy looks for grants whose visitor session has ended. */
export const sweepIntervalMs = 60 * 60_000;

/**
 * Revokes and deletes the grants of visitor sessions that expired: their tokens would otherwise
 * stay valid at the provider with nobody able to use or disconnect them. Returns how many went.
 */
export async function sweepOrphanedGrants(context: AppContext): Promise<number> {
  const orphaned = await context.store.findOrphanedGrants(context.clock());
  for (const grant of orphaned) await disconnectGrant(context, grant);
  if (orphaned.length > 0) {
    context.logger.info({ count: orphaned.length }, 'swept grants of expired sessions');
  }
  return orphaned.length;
}
