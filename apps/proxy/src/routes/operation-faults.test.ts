import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connect, createHarness, createSession, type Harness } from '../test-utils/harness';

/**
 * The real operations of @slotchat/integrations against the sandbox's fault switches, over HTTP.
 * Latency faults hold a request until the test lets it go, and the proxy's upstream timeout
 * fires when the test says: no test waits on a timer.
 */
let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const insert = '/api/operations/google-calendar:events.insert';
const getEvent = '/api/operations/google-calendar:events.get';
const calls = (method: string, fragment: string) =>
  harness.upstream.filter((call) => call.method === method && call.url.includes(fragment)).length;

function newEvent(eventId: string) {
  const start = new Date(harness.clock.now() + 2 * 86_400_000);
  start.setUTCHours(15, 0, 0, 0);
  return {
    params: {
      calendarId: 'primary',
      eventId,
      summary: `Intro call ${eventId}`,
      start: { dateTime: start.toISOString(), timeZone: 'Europe/Zurich' },
      end: {
        dateTime: new Date(start.getTime() + 1_800_000).toISOString(),
        timeZone: 'Europe/Zurich',
      },
    },
  };
}

const eventsNamed = (summary: string) =>
  [...harness.sandbox.state.google.calendars.primary().events.values()].filter(
    (event) => event.summary === summary,
  );

async function connected(integration: 'google-calendar' | 'calendly'): Promise<string> {
  const token = await createSession(harness);
  await connect(harness, token, integration);
  return token;
}

describe('events.insert never creates an event twice (sandbox over HTTP)', () => {
  it('when the answer to the first try is lost after the event was written', async () => {
    const token = await connected('google-calendar');
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.insert',
      kind: 'latency',
      latencyMs: 30_000,
      times: 1,
    });
    harness.delays.hold();
    const answer = api(harness, token)
      .post(insert, newEvent('slotchat0001'))
      .then((r) => r);
    const held = await harness.delays.next();
    // The sandbox writes the event now, but the proxy has stopped listening: its timeout fired.
    held.release();
    harness.timeouts.expire();
    const response = await answer;
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data).toMatchObject({
      id: 'slotchat0001',
      summary: 'Intro call slotchat0001',
    });
    expect(eventsNamed('Intro call slotchat0001')).toHaveLength(1);
    // The retry met 409 duplicate and read the event back.
    expect(calls('POST', '/calendars/primary/events')).toBe(2);
    expect(calls('GET', '/calendars/primary/events/slotchat0001')).toBe(1);
  });

  it('when the provider failed before writing it', async () => {
    const token = await connected('google-calendar');
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.insert',
      kind: 'unavailable',
      times: 1,
    });
    const response = await api(harness, token).post(insert, newEvent('slotchat0002'));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data.id).toBe('slotchat0002');
    expect(eventsNamed('Intro call slotchat0002')).toHaveLength(1);
    expect(calls('POST', '/calendars/primary/events')).toBe(2);
  });
});

describe('a provider that does not answer (sandbox latency fault)', () => {
  it('times out and retries an idempotent call', async () => {
    const token = await connected('google-calendar');
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.get',
      kind: 'latency',
      latencyMs: 60_000,
      times: 1,
    });
    harness.delays.hold();
    const answer = api(harness, token)
      .post(getEvent, { params: { eventId: 'abc123' } })
      .then((r) => r);
    await harness.delays.next();
    harness.timeouts.expire();
    const response = await answer;
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(calls('GET', '/events/abc123')).toBe(2);
    expect(harness.sleeps).toHaveLength(1);
  });

  it('answers upstream_timeout after the bounded tries', async () => {
    const token = await connected('google-calendar');
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.get',
      kind: 'latency',
      latencyMs: 60_000,
    });
    harness.delays.hold();
    const answer = api(harness, token)
      .post(getEvent, { params: { eventId: 'abc123' } })
      .then((r) => r);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await harness.delays.next();
      harness.timeouts.expire();
    }
    const response = await answer;
    expect(response.status).toBe(504);
    expect(response.body.error).toMatchObject({
      code: 'upstream_timeout',
      retryable: true,
      integration: 'google-calendar',
    });
    expect(calls('GET', '/events/abc123')).toBe(3);
  });
});

describe('a Calendly booking whose outcome is unknown', () => {
  const link = '/api/operations/calendly:scheduling_links.create';
  const params = { params: { eventType: 'https://api.calendly.com/event_types/AAAA' } };

  it.each([
    ['a 503', { kind: 'unavailable' as const }, 502, 'upstream_unavailable'],
    ['a timeout', { kind: 'latency' as const, latencyMs: 60_000 }, 504, 'upstream_timeout'],
  ])('is not retried and says so after %s', async (_what, fault, status, code) => {
    const token = await connected('calendly');
    harness.sandbox.state.faults.add({
      provider: 'calendly',
      operation: 'scheduling_links.create',
      ...fault,
    });
    harness.delays.hold();
    const answer = api(harness, token)
      .post(link, params)
      .then((r) => r);
    if (fault.kind === 'latency') {
      await harness.delays.next();
      harness.timeouts.expire();
    }
    const response = await answer;
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({
      code,
      retryable: false,
      integration: 'calendly',
      details: { outcomeUnknown: true },
    });
    expect(calls('POST', '/scheduling_links')).toBe(1);
  });
});

describe('Calendly refresh stampede over HTTP', () => {
  it('makes exactly one token request for 100 concurrent calls, and rotates once', async () => {
    const token = await connected('calendly');
    const tokenCalls = () => calls('POST', '/calendly/oauth/token');
    const before = tokenCalls();
    harness.clock.advance(3 * 3600_000);
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        api(harness, token).post('/api/operations/calendly:users.me', { params: {} }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(tokenCalls() - before).toBe(1);
    // The rotated refresh token was kept: the next expiry refreshes again, once.
    harness.clock.advance(3 * 3600_000);
    expect(
      (await api(harness, token).post('/api/operations/calendly:users.me', { params: {} })).status,
    ).toBe(200);
    expect(tokenCalls() - before).toBe(2);
  });
});
