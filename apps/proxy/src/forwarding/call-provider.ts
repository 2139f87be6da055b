import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import type { GrantRecord } from '../store/store';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './retry-delay';
import { sendUpstream } from './send-upstream';
import { isRetryableStatus, upstreamError } from './upstream-error';

export interface ProviderCall {
  profile: IntegrationProfile;
  grant: GrantRecord;
  method: string;
  url: URL;
  body: unknown;
  idempotent: boolean;
  /** Reads back what an earlier, unanswered try created (see OperationDefinition.readBack). */
  readBack?: () => Promise<unknown>;
}

/**
 * One logical call with the grant's token: refreshes ahead of expiry, refreshes once more on a
 * 401 (a rejected token was never acted on, so any method may repeat then), and retries
 * idempotent calls on 429/5xx/timeouts with bounded backoff. Returns the 2xx body.
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
    const canRetry = call.idempotent && attempt < policy.maxAttempts;
    let response;
    try {
      response = await sendUpstream(context, profile, {
        method: call.method,
        url: call.url,
        accessToken: token,
        body: call.body,
      });
    } catch (error) {
      if (error instanceof ApiError && error.retryable && canRetry) {
        await context.sleep(
          retryDelayMs(policy, attempt - 1, new Headers(), context.clock(), context.random) ?? 0,
        );
        continue;
      }
      throw error;
    }
    if (response.status >= 200 && response.status < 300) {
      if (!response.malformed) return response.body;
      if (canRetry) {
        await context.sleep(
          retryDelayMs(policy, attempt - 1, new Headers(), context.clock(), context.random) ?? 0,
        );
        continue;
      }
      throw new ApiError(
        'upstream_unavailable',
        `${profile.name} sent a broken answer; try again`,
        {
          integration: profile.id,
          details: { status: response.status },
        },
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
    if (isRetryableStatus(response.status, response.body) && canRetry) {
      const delay = retryDelayMs(
        policy,
        attempt - 1,
        response.headers,
        context.clock(),
        context.random,
      );
      if (delay !== null) {
        context.logger.info(
          { integration: profile.id, status: response.status, attempt, delay },
          'retrying upstream call',
        );
        await context.sleep(delay);
        continue;
      }
    }
    throw upstreamError(profile, response.status, response.headers, response.body, context.clock());
  }
}
