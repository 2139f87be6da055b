import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connect, createHarness, createSession, type Harness } from '../test-utils/harness';

/** Real operations from @slotchat/integrations against the sandbox's APIs, through the proxy. */
let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const day = 86_400_000;

describe('Google Calendar events.list through the proxy', () => {
  it('follows every page up to the bound and merges them', async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'google-calendar');
    const range = {
      timeMin: new Date(harness.clock.now() - 60 * day).toISOString(),
      timeMax: new Date(harness.clock.now() + 60 * day).toISOString(),
    };
    const whole = await api(harness, token).post('/api/operations/google-calendar:events.list', {
      params: { ...range, maxResults: 2500 },
    });
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    const all = (whole.body.data.items as { id: string }[]).map((item) => item.id);
    expect(all.length).toBeGreaterThan(2);

    const paged = await api(harness, token).post('/api/operations/google-calendar:events.list', {
      params: { ...range, maxResults: 2 },
    });
    expect(paged.status).toBe(200);
    const merged = (paged.body.data.items as { id: string }[]).map((item) => item.id);
    expect(merged).toEqual(all.slice(0, 20));
    expect(paged.body.data.nextPageToken !== undefined).toBe(all.length > 20);
    const pageRequests = harness.upstream.filter((call) => call.url.includes('pageToken='));
    expect(pageRequests.length).toBe(Math.min(10, Math.ceil(all.length / 2)) - 1);
  });
});

describe('Calendly through the proxy', () => {
  async function calendlyUser(token: string): Promise<string> {
    await connect(harness, token, 'calendly');
    const me = await api(harness, token).post('/api/operations/calendly:users.me', { params: {} });
    expect(me.status, JSON.stringify(me.body)).toBe(200);
    return me.body.data.resource.uri as string;
  }

  it('lists scheduled events across pages', async () => {
    const token = await createSession(harness);
    const user = await calendlyUser(token);
    const whole = await api(harness, token).post('/api/operations/calendly:scheduled_events.list', {
      params: { user, count: 100 },
    });
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    const all = (whole.body.data.collection as { uri: string }[]).map((event) => event.uri);
    const paged = await api(harness, token).post('/api/operations/calendly:scheduled_events.list', {
      params: { user, count: 1 },
    });
    expect((paged.body.data.collection as { uri: string }[]).map((event) => event.uri)).toEqual(
      all.slice(0, 5),
    );
  });

  it('answers rate_limited with the reset time instead of waiting a minute', async () => {
    const token = await createSession(harness);
    const user = await calendlyUser(token);
    harness.sandbox.state.faults.add({ provider: 'calendly', kind: 'rate-limit' });
    const before = harness.upstream.length;
    const response = await api(harness, token).post(
      '/api/operations/calendly:scheduled_events.list',
      {
        params: { user },
      },
    );
    expect(response.status).toBe(429);
    expect(response.body.error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      integration: 'calendly',
      details: { retryAfterSeconds: 60 },
    });
    expect(harness.upstream.length - before).toBe(1);
    expect(harness.sleeps).toEqual([]);
  });

  it('refreshes an expired token with rotation, across a restart', async () => {
    const token = await createSession(harness);
    const user = await calendlyUser(token);
    for (let round = 0; round < 2; round += 1) {
      harness.clock.advance(3 * 3600_000);
      const response = await api(harness, token).post(
        '/api/operations/calendly:scheduled_events.list',
        {
          params: { user },
        },
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      await harness.restart();
    }
    expect(
      harness.upstream.filter((call) => call.url.endsWith('/calendly/oauth/token')),
    ).toHaveLength(3);
  });
});
