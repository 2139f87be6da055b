import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import type { GrantRecord } from '../store/store';
import type { AnswerHeaders } from './http-client';
import { minimumTryMs, remainingMs, type Deadline } from './deadline';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './retry-delay';
import { sendUpstream, UpstreamTransportError } from './send-upstream';
import { isRetryableStatus, upstreamError } from './upstream-error';

export interface ProviderCall {
  profile: IntegrationProfile;
  grant: GrantRecord;
  method: string;
  url: URL;
  body: unknown;
  idempotent: boolean;
  /** The operation's budget: every try, wait and page of it must end by then. */
  deadline: Deadline;
  /** Reads back what an earlier, unanswered try created (see OperationDefinition.readBack). */
  readBack?: () => Promise<unknown>;
}

/**
 * One logical call with the grant's token: refreshes ahead of expiry, refreshes once more on a
 * 401 (a rejected token was never acted on, so any method may repeat then), and retries
 * idempotent calls on 429/5xx/timeouts with bounded backoff, within the operation's budget.
 * Returns the 2xx body.
 */
export async function callProvider(
  context: AppContext,
  call: ProviderCall,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<unknown> {
  const { profile } = call;
  let token = await context.tokenManager.accessToken(call.grant);
  let replacedRejectedToken = false;
  for (let attempt = 1; ; attempt += 1) {
    const left = remainingMs(context, call.deadline);
    if (left <= 0) {
      throw new ApiError('upstream_timeout', `${profile.name} took too long to answer`, {
        integration: profile.id,
      });
    }
    const canRetry = call.idempotent && attempt < policy.maxAttempts;
    // Waits before the next try; false when there is none, or it could not finish in time.
    const retryAfter = async (delay: number | null): Promise<boolean> => {
      if (!canRetry || delay === null) return false;
      if (context.clock() + delay + minimumTryMs(context) > call.deadline.at) return false;
      await context.sleep(delay);
      return true;
    };
    const backoff = (headers: AnswerHeaders = new Headers()) =>
      retryDelayMs(policy, attempt - 1, headers, context.clock(), context.random);

    let response;
    try {
      response = await sendUpstream(context, profile, {
        method: call.method,
        url: call.url,
        accessToken: token,
        body: call.body,
        timeoutMs: Math.min(context.config.upstreamTimeoutMs, left),
      });
    } catch (error) {
      if (error instanceof ApiError && error.retryable && (await retryAfter(backoff()))) continue;
      throw outcomeUnknown(call, error);
    }
    if (response.status >= 200 && response.status < 300) {
      if (!response.malformed) return response.body;
      if (await retryAfter(backoff())) continue;
      throw outcomeUnknown(
        call,
        new ApiError('upstream_unavailable', `${profile.name} sent a broken answer; try again`, {
          integration: profile.id,
          details: { status: response.status },
        }),
      );
    }
    if (response.status === 401 && !replacedRejectedToken) {
      replacedRejectedToken = true;
      token = await context.tokenManager.replaceRejected(call.grant, token);
      attempt -= 1;
      continue;
    }
    if (response.status === 409 && attempt > 1 && call.readBack) {
      // Our earlier try did reach the provider and created the resource: show it, once.
      context.logger.info(
        { integration: profile.id, attempt },
        'retried create already done; reading it back',
      );
      return call.readBack();
    }
    if (isRetryableStatus(response.status, response.body)) {
      const delay = backoff(response.headers);
      if (await retryAfter(delay)) {
        context.logger.info(
          { integration: profile.id, status: response.status, attempt, delay },
          'retrying upstream call',
        );
        continue;
      }
    }
    throw outcomeUnknown(
      call,
      upstreamError(profile, response.status, response.headers, response.body, context.clock()),
    );
  }
}

/**
 * A call that is not idempotent (a booking) and failed after the request may have arrived — a
 * timeout, a cut connection, a 5xx, a broken 2xx — may have been carried out: "try again" could
 * book twice. Such failures answer `retryable: false` with `details.outcomeUnknown: true`, so
 * the dialog can have the visitor check first. A 429, a 4xx or a refused connection are known
 * not to have happened and keep their own retryability.
 */
function outcomeUnknown(call: ProviderCall, error: unknown): unknown {
  if (call.idempotent || !(error instanceof ApiError)) return error;
  if (error.code !== 'upstream_timeout' && error.code !== 'upstream_unavailable') return error;
  if (error instanceof UpstreamTransportError && !error.mayHaveArrived) return error;
  const details =
    error.details !== null && typeof error.details === 'object' ? error.details : undefined;
  return new ApiError(
    error.code,
    `${call.profile.name} did not confirm whether it was done; check before trying again`,
    {
      status: error.status,
      retryable: false,
      integration: call.profile.id,
      details: { ...details, outcomeUnknown: true },
      cause: error,
    },
  );
}
