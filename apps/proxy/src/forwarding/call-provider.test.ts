import { afterEach, describe, expect, it } from 'vitest';
import { fakeUpstream, json, storedGrant, unitContext } from '../test-utils/fake-upstream';
import { callProvider, type ProviderCall } from './call-provider';
import { deadlineFor } from './deadline';

const url = 'http://sandbox.test/calendly/api/invitees';
let unit: ReturnType<typeof unitContext>;
afterEach(async () => {
  await unit.close();
});

/** A Calendly booking (not idempotent) or a read (idempotent) through callProvider. */
async function providerCall(idempotent: boolean): Promise<ProviderCall> {
  return {
    profile: unit.context.config.integrations.calendly,
    grant: await storedGrant(unit.context, { integration: 'calendly' }),
    method: idempotent ? 'GET' : 'POST',
    url: new URL(url),
    body: idempotent ? undefined : { event_type: 'x' },
    idempotent,
    deadline: deadlineFor(unit.context),
  };
}

const hangUntilTimeout = (request: Request) => {
  const never = new Promise<Response>((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason));
  });
  unit.timeouts.expire();
  return never;
};

describe('a call that is not idempotent (a booking)', () => {
  it.each([
    ['a timeout', hangUntilTimeout, 'upstream_timeout', 504],
    ['a 503', () => json({ title: 'Service Unavailable' }, 503), 'upstream_unavailable', 502],
    [
      'a 2xx cut short',
      () =>
        new Response('{"resource": {"uri"', { headers: { 'content-type': 'application/json' } }),
      'upstream_unavailable',
      502,
    ],
    [
      'a connection cut mid-way',
      () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })),
      'upstream_unavailable',
      502,
    ],
  ] as const)(
    'is never retried and answers "outcome unknown" after %s',
    async (_what, reply, code, status) => {
      const upstream = fakeUpstream();
      unit = unitContext(upstream.fetch);
      upstream.expect('POST', url, reply);
      await expect(callProvider(unit.context, await providerCall(false))).rejects.toMatchObject({
        code,
        status,
        retryable: false,
        integration: 'calendly',
        details: { outcomeUnknown: true },
      });
      expect(upstream.remaining()).toBe(0);
      expect(unit.sleeps).toEqual([]);
    },
  );

  it.each([
    [
      'a refused connection',
      () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })),
      { code: 'upstream_unavailable', retryable: true },
    ],
    [
      'a 429',
      () => json({ title: 'Too Many Requests' }, 429, { 'x-ratelimit-reset': '30' }),
      { code: 'rate_limited', retryable: true },
    ],
    [
      'a 400',
      () => json({ title: 'Invalid Argument', message: 'taken' }, 400),
      { code: 'provider_error', retryable: false },
    ],
  ] as const)('keeps a known outcome after %s', async (_what, reply, expected) => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', url, reply);
    const error: unknown = await callProvider(unit.context, await providerCall(false)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject(expected);
    expect((error as { details?: { outcomeUnknown?: unknown } }).details?.outcomeUnknown).toBe(
      undefined,
    );
  });
});

describe('the operation budget (OPERATION_TIMEOUT_MS) across retries', () => {
  const env = { OPERATION_TIMEOUT_MS: '20000', UPSTREAM_TIMEOUT_MS: '10000' };
  /** A provider that answers 503 after `ms` of the injected clock. */
  const slow503 = (ms: number) => () => {
    unit.advance(ms);
    return json({ title: 'Service Unavailable' }, 503);
  };

  it('gives the last try only the time that is left', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch, env, (ms) => unit.advance(ms));
    upstream.expect('GET', url, slow503(9_000));
    upstream.expect('GET', url, slow503(9_000));
    upstream.expect('GET', url, () => json({ resource: {} }));
    await expect(callProvider(unit.context, await providerCall(true))).resolves.toEqual({
      resource: {},
    });
    // 9 s + 225 ms backoff + 9 s + 450 ms backoff: 1 325 ms of the 20 s are left for the third.
    expect(unit.timeouts.requested).toEqual([10_000, 10_000, 1_325]);
  });

  it('does not start a retry that could not finish in time, and answers the failure at hand', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch, env, (ms) => unit.advance(ms));
    upstream.expect('GET', url, slow503(9_500));
    upstream.expect('GET', url, slow503(9_500));
    const started = unit.now();
    await expect(callProvider(unit.context, await providerCall(true))).rejects.toMatchObject({
      code: 'upstream_unavailable',
      retryable: true,
    });
    expect(upstream.remaining()).toBe(0);
    expect(unit.sleeps).toEqual([225]);
    expect(unit.now() - started).toBeLessThanOrEqual(20_000);
  });

  it('answers upstream_timeout without calling when the budget is already spent', async () => {
    const upstream = fakeUpstream(); // nothing may be sent
    unit = unitContext(upstream.fetch, env);
    const call = await providerCall(true);
    unit.advance(20_000);
    await expect(callProvider(unit.context, call)).rejects.toMatchObject({
      code: 'upstream_timeout',
    });
    expect(upstream.seen).toHaveLength(0);
  });
});
