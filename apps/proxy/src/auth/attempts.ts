import type { AttemptCreated, AttemptStatus, IntegrationId } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { randomToken } from '../security/random-token';
import type { AttemptRecord } from '../store/store';

/** Long enough to sign in and consent, short enough that a leaked link soon goes stale. */
export const attemptLifetimeMs = 10 * 60_000;

export async function createAttempt(
  context: AppContext,
  input: {
    integration: IntegrationId;
    kind: 'visitor' | 'owner';
    sessionId: string | null;
    origin: string;
  },
): Promise<AttemptRecord> {
  const now = context.clock();
  const attempt: AttemptRecord = {
    id: randomToken(24),
    integration: input.integration,
    kind: input.kind,
    sessionId: input.sessionId,
    origin: input.origin,
    status: 'pending',
    message: null,
    startedAt: null,
    createdAt: now,
    expiresAt: now + attemptLifetimeMs,
  };
  await context.store.createAttempt(attempt);
  return attempt;
}

/** The popup's first stop: the proxy's start page, which redirects to the provider. */
export function startUrl(context: AppContext, attempt: AttemptRecord): string {
  return `${context.config.publicUrl}/auth/${attempt.integration}/start?attempt=${encodeURIComponent(attempt.id)}`;
}

/** The attempt as it stands now: a pending attempt past its lifetime becomes `expired`. */
export async function currentAttempt(
  context: AppContext,
  attempt: AttemptRecord,
): Promise<AttemptRecord> {
  if (attempt.status === 'pending' && attempt.expiresAt <= context.clock()) {
    await context.store.settleAttempt(attempt.id, 'expired', 'Nobody finished the sign-in in time');
    return (await context.store.findAttempt(attempt.id)) ?? attempt;
  }
  return attempt;
}

/** What the widget, the console and the demo page are told of a new attempt. */
export function attemptCreatedAnswer(context: AppContext, attempt: AttemptRecord): AttemptCreated {
  return {
    attemptId: attempt.id,
    authorizeUrl: startUrl(context, attempt),
    expiresAt: new Date(attempt.expiresAt).toISOString(),
  };
}

/** An attempt's status as it stands now (a pending one past its lifetime answers `expired`). */
export async function attemptStatusAnswer(
  context: AppContext,
  found: AttemptRecord,
): Promise<AttemptStatus> {
  const attempt = await currentAttempt(context, found);
  return {
    attemptId: attempt.id,
    integration: attempt.integration,
    status: attempt.status,
    ...(attempt.message ? { message: attempt.message } : {}),
  };
}
