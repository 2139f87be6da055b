import type { AttemptStatusValue } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { logId } from '../logger';
import { randomToken } from '../security/random-token';
import type { AttemptRecord, GrantSubject } from '../store/store';
import { lookupAccount } from './account-lookup';
import type { TokenSet } from './token-client';

export interface AuthorizationOutcome {
  status: Extract<AttemptStatusValue, 'connected' | 'missing-scopes' | 'expired'>;
  message: string | null;
}

export function subjectOf(attempt: AttemptRecord): GrantSubject {
  if (attempt.kind === 'owner') return { kind: 'owner' };
  if (!attempt.sessionId) throw new Error(`visitor attempt ${attempt.id} has no session`);
  return { kind: 'visitor', sessionId: attempt.sessionId };
}

/**
 * Stores the tokens of a finished code flow as the attempt's grant and settles the attempt:
 * `connected`, or `missing-scopes` when the visitor unticked permissions (Google lets them).
 */
export async function completeAuthorization(
  context: AppContext,
  attempt: AttemptRecord,
  tokens: TokenSet,
): Promise<AuthorizationOutcome> {
  const profile = await context.profile(attempt.integration);
  const now = context.clock();
  if (attempt.status !== 'pending') {
    throw new Error(`attempt ${attempt.id} is already ${attempt.status}`);
  }
  if (attempt.expiresAt <= now) {
    await context.store.settleAttempt(attempt.id, 'expired', 'The sign-in took too long');
    return { status: 'expired', message: 'The sign-in took too long' };
  }
  const subject = subjectOf(attempt);
  const previous = await context.store.findGrant(attempt.integration, subject);
  const granted = tokens.scopes ?? profile.scopes;
  const missing = profile.scopes.filter((scope) => !granted.includes(scope));
  // Google returns a refresh token only on the first consent unless prompt=consent: never drop
  // the one we have.
  const refreshToken = tokens.refreshToken ?? previous?.refreshToken ?? null;
  if (refreshToken === null) {
    context.logger.warn(
      { integration: attempt.integration, attempt: logId(attempt.id) },
      `${profile.name} sent no refresh token: this connection ends when its access token expires`,
    );
  }
  await context.store.saveGrant({
    id: randomToken(16),
    integration: attempt.integration,
    subject,
    accessToken: tokens.accessToken,
    refreshToken,
    accessTokenExpiresAt: tokens.expiresAt,
    scopes: granted,
    account: await lookupAccount(context, profile, tokens.accessToken),
    createdAt: now,
    updatedAt: now,
  });
  const outcome: AuthorizationOutcome =
    missing.length === 0
      ? { status: 'connected', message: null }
      : { status: 'missing-scopes', message: `Not granted: ${missing.join(' ')}` };
  await context.store.settleAttempt(attempt.id, outcome.status, outcome.message);
  context.logger.info(
    {
      integration: attempt.integration,
      attempt: logId(attempt.id),
      kind: attempt.kind,
      status: outcome.status,
    },
    'authorization completed',
  );
  return outcome;
}
