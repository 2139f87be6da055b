import { defineOperation } from '@slotchat/integrations';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeUpstream, json, storedGrant, unitContext } from '../test-utils/fake-upstream';

/** forwardOperation with the profile the route would have read for the request. */
async function forward(
  context: Parameters<typeof forwardOperation>[0],
  input: Omit<Parameters<typeof forwardOperation>[1], 'profile'>,
) {
  return forwardOperation(context, {
    ...input,
    profile: await context.profile(input.operation.integration),
  });
}
import { forwardOperation } from './forward-operation';

const api = 'http://sandbox.test/google/calendar/v3';
let unit: ReturnType<typeof unitContext>;
afterEach(async () => {
  await unit.close();
});

const listEvents = defineOperation({
  id: 'google-calendar:events.list',
  integration: 'google-calendar',
  description: 'test: list events, all pages',
  params: z.object({ q: z.string() }),
  request: ({ q }) => ({ method: 'GET', path: '/calendars/primary/events', query: { q } }),
  idempotent: true,
  scopes: ['https://www.googleapis.com/auth/calendar'],
  pagination: { style: 'google', maxPages: 3 },
});

const insertEvent = defineOperation({
  id: 'google-calendar:events.insert',
  integration: 'google-calendar',
  description: 'test: insert',
  params: z.object({ id: z.string() }),
  request: ({ id }) => ({
    method: 'POST',
    path: '/calendars/primary/events',
    body: { id, summary: 'x' },
  }),
  idempotent: false,
  scopes: ['https://www.googleapis.com/auth/calendar'],
});

const listScheduled = defineOperation({
  id: 'calendly:scheduled_events.list',
  integration: 'calendly',
  description: 'test: Calendly list',
  params: z.object({}),
  request: () => ({ method: 'GET', path: '/scheduled_events', query: { count: 2 } }),
  idempotent: true,
  scopes: ['scheduled_events:read'],
  pagination: { style: 'calendly', maxPages: 5 },
});

const insertWithReadBack = defineOperation({
  ...insertEvent,
  id: 'google-calendar:events.insert',
  idempotent: true,
  readBack: ({ id }) => ({ method: 'GET', path: `/calendars/primary/events/${id}` }),
});

describe('forwardOperation', () => {
  it('answers a retried create that meets 409 with the resource the first try created', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', `${api}/calendars/primary/events`, () =>
      json({ error: { code: 503 } }, 503),
    );
    upstream.expect('POST', `${api}/calendars/primary/events`, () =>
      json({ error: { code: 409, errors: [{ reason: 'duplicate' }] } }, 409),
    );
    upstream.expect('GET', `${api}/calendars/primary/events/abc12`, () =>
      json({ id: 'abc12', summary: 'x' }),
    );
    const grant = await storedGrant(unit.context);
    const data = await forward(unit.context, {
      operation: insertWithReadBack,
      params: { id: 'abc12' },
      grant,
    });
    expect(data).toEqual({ id: 'abc12', summary: 'x' });
  });

  it('answers conflict when a create meets 409 on its first try', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', `${api}/calendars/primary/events`, () =>
      json({ error: { code: 409 } }, 409),
    );
    const grant = await storedGrant(unit.context);
    await expect(
      forward(unit.context, {
        operation: insertWithReadBack,
        params: { id: 'abc12' },
        grant,
      }),
    ).rejects.toMatchObject({ code: 'conflict', status: 409 });
  });

  it('follows Google page tokens (through short and empty pages) and merges items', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('GET', `${api}/calendars/primary/events?q=Ana`, () =>
      json({ items: [{ id: 'a' }], nextPageToken: 'p2', summary: 'cal' }),
    );
    upstream.expect('GET', `${api}/calendars/primary/events?q=Ana&pageToken=p2`, () =>
      json({ items: [], nextPageToken: 'p3' }),
    );
    upstream.expect('GET', `${api}/calendars/primary/events?q=Ana&pageToken=p3`, () =>
      json({ items: [{ id: 'b' }], summary: 'cal' }),
    );
    const grant = await storedGrant(unit.context);
    const data = await forward(unit.context, {
      operation: listEvents,
      params: { q: 'Ana' },
      grant,
    });
    expect(data).toEqual({ summary: 'cal', items: [{ id: 'a' }, { id: 'b' }] });
    expect(
      upstream.seen.every((request) => request.headers.get('authorization') === 'Bearer access-1'),
    ).toBe(true);
  });

  it('stops at maxPages and keeps the token so the caller can tell', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    for (const page of [1, 2, 3]) {
      upstream.expect('GET', `${api}/calendars/primary/events`, () =>
        json({ items: [{ id: `e${page}` }], nextPageToken: `p${page + 1}` }),
      );
    }
    const grant = await storedGrant(unit.context);
    const data = await forward(unit.context, {
      operation: listEvents,
      params: { q: 'x' },
      grant,
    });
    expect(data).toEqual({
      items: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
      nextPageToken: 'p4',
    });
    expect(upstream.remaining()).toBe(0);
  });

  it('stops paging when the operation budget runs out and answers with the pages it has', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch, { OPERATION_TIMEOUT_MS: '20000' });
    const manyPages = { ...listEvents, pagination: { style: 'google' as const, maxPages: 10 } };
    // Each page takes 6 s of the injected clock and gets at most what is left of the 20 s; the
    // fourth gets the last 2 s and times out (the proxy's timer, fired by hand), so the answer
    // is three pages and a token.
    for (const page of [1, 2, 3]) {
      upstream.expect('GET', api, () => {
        unit.advance(6_000);
        return json({ items: [{ id: `e${page}` }], nextPageToken: `p${page + 1}` });
      });
    }
    upstream.expect('GET', `${api}/calendars/primary/events?q=x&pageToken=p4`, (request) => {
      unit.advance(2_000);
      const never = new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
      unit.timeouts.expire();
      return never;
    });
    const grant = await storedGrant(unit.context);
    const data = await forward(unit.context, {
      operation: manyPages,
      params: { q: 'x' },
      grant,
    });
    expect(data).toEqual({
      items: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
      nextPageToken: 'p4',
    });
    expect(unit.timeouts.requested).toEqual([10_000, 10_000, 8_000, 2_000]);
    expect(upstream.remaining()).toBe(0);
  });

  it('does not start a page it could not finish, and fails a first page that times out', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch, { OPERATION_TIMEOUT_MS: '20000' });
    upstream.expect('GET', api, () => {
      unit.advance(19_500);
      return json({ items: [{ id: 'e1' }], nextPageToken: 'p2' });
    });
    const grant = await storedGrant(unit.context);
    await expect(
      forward(unit.context, { operation: listEvents, params: { q: 'x' }, grant }),
    ).resolves.toEqual({ items: [{ id: 'e1' }], nextPageToken: 'p2' });

    upstream.expect('GET', api, (request) => {
      const never = new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
      unit.advance(20_000);
      unit.timeouts.expire();
      return never;
    });
    await expect(
      forward(unit.context, { operation: listEvents, params: { q: 'x' }, grant }),
    ).rejects.toMatchObject({ code: 'upstream_timeout' });
    expect(upstream.remaining()).toBe(0);
  });

  it("follows Calendly's page_token, never the provider-supplied next_page URL", async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    const calendlyApi = 'http://sandbox.test/calendly/api';
    upstream.expect('GET', `${calendlyApi}/scheduled_events?count=2`, () =>
      json({
        collection: [1, 2],
        pagination: { next_page: 'https://evil.example/steal', next_page_token: 't2' },
      }),
    );
    upstream.expect('GET', `${calendlyApi}/scheduled_events?count=2&page_token=t2`, () =>
      json({ collection: [3], pagination: { next_page: null, next_page_token: null } }),
    );
    const grant = await storedGrant(unit.context, {
      integration: 'calendly',
      scopes: ['scheduled_events:read'],
    });
    const data = await forward(unit.context, {
      operation: listScheduled,
      params: {},
      grant,
    });
    expect(data).toEqual({
      collection: [1, 2, 3],
      pagination: { count: 3, next_page_token: null },
    });
  });

  it('does not retry a non-idempotent call on 5xx, and says its outcome is unknown', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', `${api}/calendars/primary/events`, () =>
      json({ error: { code: 503, message: 'down' } }, 503),
    );
    const grant = await storedGrant(unit.context);
    await expect(
      forward(unit.context, { operation: insertEvent, params: { id: 'abc12' }, grant }),
    ).rejects.toMatchObject({
      code: 'upstream_unavailable',
      retryable: false,
      details: { outcomeUnknown: true, status: 503, body: { error: { message: 'down' } } },
    });
    expect(upstream.seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(await upstream.seen[0]?.json()).toEqual({ id: 'abc12', summary: 'x' });
    expect(unit.sleeps).toEqual([]);
  });

  it('honours Retry-After on a 429, then succeeds', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('GET', api, () => json({ error: { code: 429 } }, 429, { 'retry-after': '2' }));
    upstream.expect('GET', api, () => json({ items: [] }));
    const grant = await storedGrant(unit.context);
    await forward(unit.context, { operation: listEvents, params: { q: 'x' }, grant });
    expect(unit.sleeps).toEqual([2000]);
  });

  it('answers rate_limited with the wait when the provider asks for longer than allowed', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('GET', 'http://sandbox.test/calendly/api', () =>
      json({ title: 'Too Many Requests', message: 'slow down' }, 429, {
        'x-ratelimit-reset': '60',
      }),
    );
    const grant = await storedGrant(unit.context, {
      integration: 'calendly',
      scopes: ['scheduled_events:read'],
    });
    await expect(
      forward(unit.context, { operation: listScheduled, params: {}, grant }),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
      details: { retryAfterSeconds: 60, body: { title: 'Too Many Requests' } },
    });
    expect(unit.sleeps).toEqual([]);
  });

  it('times out a slow upstream, retrying an idempotent call within the bound', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    // The provider never answers; the proxy's timeout fires (by hand: no test waits on a timer).
    const hang = (request: Request) => {
      const never = new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
      unit.timeouts.expire();
      return never;
    };
    upstream.expect('GET', api, hang);
    upstream.expect('GET', api, hang);
    upstream.expect('GET', api, hang);
    const grant = await storedGrant(unit.context);
    await expect(
      forward(unit.context, { operation: listEvents, params: { q: 'x' }, grant }),
    ).rejects.toMatchObject({
      code: 'upstream_timeout',
      status: 504,
      retryable: true,
    });
    expect(upstream.remaining()).toBe(0);
  });

  it('does not follow an upstream redirect with the token', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect(
      'POST',
      api,
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }),
    );
    const grant = await storedGrant(unit.context);
    await expect(
      forward(unit.context, { operation: insertEvent, params: { id: 'abc12' }, grant }),
    ).rejects.toMatchObject({
      code: 'provider_error',
    });
    expect(upstream.seen).toHaveLength(1);
  });
});
