import type { AppContext } from '../app-context';
import { disconnectGrant } from './disconnect';

/** How often the running proxy looks for grants whose visitor session has ended. */
export const sweepIntervalMs = 60 * 60_000;

/**
 * Revokes and deletes the grants of visitor sessions that expired: their tokens would otherwise
 * stay valid at the provider with nobody able to use or disconnect them. A revocation that would
 * also end a live session's connection of the same Google account is not sent (see
 * disconnectGrant). Stops between grants once `stopped()` says so. Returns how many went.
 */
export async function sweepOrphanedGrants(
  context: AppContext,
  options: { stopped?: () => boolean } = {},
): Promise<number> {
  const orphaned = await context.store.findOrphanedGrants(context.clock());
  let swept = 0;
  for (const grant of orphaned) {
    if (options.stopped?.()) break;
    // An earlier one in this sweep may have taken it along (same account, revoked).
    if (!(await context.store.findGrantById(grant.id))) continue;
    await disconnectGrant(context, grant, { automatic: true });
    swept += 1;
  }
  if (swept > 0) context.logger.info({ count: swept }, 'swept grants of expired sessions');
  return swept;
}

/** The hourly sweep; `stop()` cancels it and waits for a sweep under way to finish its grant. */
export function startSweeper(context: AppContext): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const cancel = context.every(sweepIntervalMs, () => {
    // Never two sweeps at once: a slow provider must not pile them up.
    if (running || stopped) return;
    running = sweepOrphanedGrants(context, { stopped: () => stopped })
      .then(
        () => undefined,
        (error: unknown) => context.logger.warn({ err: error }, 'sweeping expired sessions failed'),
      )
      .finally(() => {
        running = undefined;
      });
  });
  return {
    async stop() {
      stopped = true;
      cancel();
      await running;
    },
  };
}
