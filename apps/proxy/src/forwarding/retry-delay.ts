import type { AnswerHeaders } from './http-client';

/** Bounds for retrying idempotent calls on 429 and 5xx. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Never wait longer than this; a provider asking for more gets a `rate_limited` answer instead. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
};

/**
 * How long the provider asked us to wait, in ms: `Retry-After` (seconds or an HTTP date), else
 * `X-RateLimit-Reset` (Calendly: seconds until the window resets; epoch seconds if that large).
 */
export function requestedWaitMs(headers: AnswerHeaders, now: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    const value = Number(reset);
    return value > 1_000_000_000 ? Math.max(0, value * 1000 - now) : value * 1000;
  }
  return null;
}

/**
 * The wait before retry number `retry` (0 for the first retry): what the provider asked for, or
 * exponential backoff with jitter (half fixed, half random, so callers spread out). Null when
 * the provider asks for longer than the policy allows.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  headers: AnswerHeaders,
  now: number,
  random: () => number,
): number | null {
  const requested = requestedWaitMs(headers, now);
  if (requested !== null) return requested > policy.maxDelayMs ? null : requested;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
