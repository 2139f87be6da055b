import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, requestedWaitMs, retryDelayMs } from './retry-delay';

const now = Date.parse('2026-11-20T15:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

describe('retry delays', () => {
  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(requestedWaitMs(headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(
      requestedWaitMs(headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now),
    ).toBe(5000);
  });

  it("honours Calendly's X-RateLimit-Reset (seconds, or an epoch when that large)", () => {
    expect(requestedWaitMs(headers({ 'x-ratelimit-reset': '7' }), now)).toBe(7000);
    expect(requestedWaitMs(headers({ 'x-ratelimit-reset': String(now / 1000 + 4) }), now)).toBe(
      4000,
    );
    expect(requestedWaitMs(headers({}), now)).toBeNull();
  });

  it('backs off exponentially with jitter when the provider says nothing', () => {
    const delays = [0, 1, 2].map((retry) =>
      retryDelayMs(defaultRetryPolicy, retry, headers({}), now, () => 0),
    );
    expect(delays).toEqual([150, 300, 600]);
    expect(retryDelayMs(defaultRetryPolicy, 0, headers({}), now, () => 0.999)).toBeLessThanOrEqual(
      300,
    );
    expect(retryDelayMs(defaultRetryPolicy, 10, headers({}), now, () => 0.999)).toBeLessThanOrEqual(
      10_000,
    );
  });

  it('gives up rather than wait longer than the policy allows', () => {
    expect(
      retryDelayMs(defaultRetryPolicy, 0, headers({ 'x-ratelimit-reset': '60' }), now, () => 0),
    ).toBeNull();
    expect(retryDelayMs(defaultRetryPolicy, 0, headers({ 'retry-after': '2' }), now, () => 0)).toBe(
      2000,
    );
  });
});
