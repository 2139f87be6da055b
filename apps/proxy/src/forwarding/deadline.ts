import type { AppContext } from '../app-context';

/**
 * One operation's time budget (OPERATION_TIMEOUT_MS), shared by all its tries, retry waits and
 * pages, so a widget request ends in bounded time however the provider misbehaves. Token
 * refreshes are shared by many callers and bounded by their own timeout instead.
 */
export interface Deadline {
  /** Epoch ms by the app's clock. */
  readonly at: number;
}

/** Neither a retry nor another page starts with less than this left: it could not finish. */
export function minimumTryMs(context: AppContext): number {
  return Math.min(1_000, context.config.upstreamTimeoutMs);
}

export function deadlineFor(context: AppContext): Deadline {
  return { at: context.clock() + context.config.operationTimeoutMs };
}

export function remainingMs(context: AppContext, deadline: Deadline): number {
  return deadline.at - context.clock();
}
