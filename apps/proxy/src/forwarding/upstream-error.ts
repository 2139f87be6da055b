import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import { requestedWaitMs } from './retry-delay';
import type { AnswerHeaders } from './http-client';

/** Google's `{error: {errors: [{reason}], status}}`; Calendly has no reasons (`{title, message}`). */
function reasons(body: unknown): string[] {
  const error = (body as { error?: { errors?: { reason?: unknown }[]; status?: unknown } } | null)
    ?.error;
  if (!error || typeof error !== 'object') return [];
  const list = Array.isArray(error.errors)
    ? error.errors.map((item) => String(item?.reason ?? ''))
    : [];
  return typeof error.status === 'string' ? [...list, error.status] : list;
}

const rateReasons = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'quotaExceeded',
  'RESOURCE_EXHAUSTED',
]);
const scopeReasons = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/** Google sends over-quota as 403 with a `usageLimits` reason; it is worth a retry like a 429. */
export function isRetryableStatus(status: number, body: unknown): boolean {
  return (
    status === 429 ||
    status >= 500 ||
    (status === 403 && reasons(body).some((reason) => rateReasons.has(reason)))
  );
}

/** Maps a provider's refusal to the proxy's typed error, keeping the provider's body as details. */
export function upstreamError(
  profile: IntegrationProfile,
  status: number,
  headers: AnswerHeaders,
  body: unknown,
  now: number,
): ApiError {
  const details = { status, body };
  const options = { integration: profile.id, details };
  const found = reasons(body);
  if (status === 401) {
    return new ApiError(
      'authorization_required',
      `${profile.name} no longer accepts this connection; please connect again`,
      options,
    );
  }
  if (isRetryableStatus(status, body) && status < 500) {
    const waitMs = requestedWaitMs(headers, now);
    return new ApiError(
      'rate_limited',
      `${profile.name} is rate limiting requests; try again shortly`,
      {
        ...options,
        status: 429,
        details: {
          ...details,
          ...(waitMs === null ? {} : { retryAfterSeconds: Math.ceil(waitMs / 1000) }),
        },
      },
    );
  }
  if (status === 403 && found.some((reason) => scopeReasons.has(reason))) {
    return new ApiError(
      'insufficient_scopes',
      `${profile.name} was not granted the permission this needs`,
      options,
    );
  }
  if (status === 404 || status === 410)
    return new ApiError('not_found', `${profile.name} found nothing there`, options);
  if (status === 409)
    return new ApiError('conflict', `${profile.name} says it already exists`, options);
  if (status >= 500) {
    return new ApiError(
      'upstream_unavailable',
      `${profile.name} is having trouble; try again shortly`,
      options,
    );
  }
  return new ApiError('provider_error', `${profile.name} refused the request (${status})`, {
    ...options,
    status: status >= 400 && status < 500 ? status : 502,
  });
}
