import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connect, createHarness, createSession, type Harness } from '../test-utils/harness';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const getEvent = '/api/operations/google-calendar:events.get';
const tokenCalls = () =>
  harness.upstream.filter((call) => call.url.endsWith('/google/token')).length;
const apiCalls = () =>
  harness.upstream.filter((call) => call.url.includes('/calendar/v3/calendars/primary/events/'))
    .length;

async function connected(): Promise<string> {
  const token = await createSession(harness);
  await connect(harness, token, 'google-calendar');
  return token;
}

describe('POST /api/operations/:operationId', () => {
  it('requires a session', async () => {
    const response = await request(harness.proxy.app)
      .post(getEvent)
      .send({ params: { eventId: 'abc123' } });
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({ code: 'session_required', retryable: false });
    const forged = await request(harness.proxy.app)
      .post(getEvent)
      .set('authorization', `Bearer ${'a'.repeat(43)}`)
      .send({ params: { eventId: 'abc123' } });
    expect(forged.body.error.code).toBe('session_required');
  });

  it('forwards only allow-listed operations', async () => {
    const token = await connected();
    const before = harness.upstream.length;
    for (const id of [
      'google-calendar:calendars.delete',
      'calendly:anything',
      '..%2F..%2Fetc',
      'google-calendar:events.get.x',
    ]) {
      const response = await api(harness, token).post(`/api/operations/${id}`, { params: {} });
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('unknown_operation');
    }
    expect(harness.upstream.length).toBe(before);
  });

  it('validates params against the operation schema and names the bad field', async () => {
    const token = await connected();
    const before = harness.upstream.length;
    const response = await api(harness, token).post(getEvent, {
      params: { eventId: '../../users/me' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'invalid_params',
      integration: 'google-calendar',
    });
    expect(response.body.error.details).toContainEqual(
      expect.objectContaining({ path: ['eventId'] }),
    );
    const noBody = await api(harness, token).post(getEvent, 'not json');
    expect(noBody.status).toBe(400);
    expect(harness.upstream.length).toBe(before);
  });

  it('accepts the operation id URL-encoded, as browsers send it', async () => {
    const token = await connected();
    const response = await api(harness, token).post(
      `/api/operations/${encodeURIComponent('google-calendar:events.get')}`,
      { params: { eventId: 'abc123' } },
    );
    expect(response.status).toBe(200);
  });

  it('asks for authorization before the visitor connected', async () => {
    const token = await createSession(harness);
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({
      code: 'authorization_required',
      integration: 'google-calendar',
    });
  });

  it("keeps each visitor's grant to their own session", async () => {
    await connected();
    const other = await createSession(harness);
    const response = await api(harness, other).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.body.error.code).toBe('authorization_required');
  });

  it("maps the provider's 404 to not_found with the provider's body", async () => {
    const token = await connected();
    const response = await api(harness, token).post(getEvent, {
      params: { eventId: 'nosuchevent1' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ code: 'not_found', retryable: false });
    expect(response.body.error.details).toMatchObject({
      status: 404,
      body: { error: { code: 404 } },
    });
  });

  it('retries an idempotent call on 5xx with backoff, then succeeds', async () => {
    const token = await connected();
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.get',
      kind: 'unavailable',
      times: 2,
    });
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(200);
    expect(apiCalls()).toBe(3);
    expect(harness.sleeps).toEqual([225, 450]);
  });

  it('retries a Google 403 rateLimitExceeded and gives up after the bound with a typed error', async () => {
    const token = await connected();
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.get',
      kind: 'rate-limit',
    });
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(429);
    expect(response.body.error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      integration: 'google-calendar',
    });
    expect(apiCalls()).toBe(3);
  });

  it('treats a truncated JSON answer as a failure, not as data', async () => {
    const token = await connected();
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'events.get',
      kind: 'malformed-json',
    });
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(502);
    expect(response.body.error).toMatchObject({ code: 'upstream_unavailable', retryable: true });
  });

  it('refreshes ahead of expiry', async () => {
    const token = await connected();
    harness.clock.advance(3600_000 - 30_000);
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(200);
    expect(tokenCalls()).toBe(2); // the code exchange, then one refresh
  });

  it('refreshes once on a provider 401 and retries the call', async () => {
    const token = await connected();
    harness.sandbox.state.google.oauth.expireAccessTokens();
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(tokenCalls()).toBe(2);
  });

  it('makes exactly one token request for a stampede of 100 concurrent calls', async () => {
    const token = await connected();
    harness.clock.advance(2 * 3600_000);
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        api(harness, token).post(getEvent, { params: { eventId: 'abc123' } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(tokenCalls()).toBe(2);
  });

  it('makes exactly one token request when 100 concurrent calls all get a 401', async () => {
    const token = await connected();
    harness.sandbox.state.google.oauth.expireAccessTokens();
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        api(harness, token).post(getEvent, { params: { eventId: 'abc123' } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(tokenCalls()).toBe(2);
  });

  it('disconnects on invalid_grant and tells the widget to authorize again', async () => {
    const token = await connected();
    for (const grant of harness.sandbox.state.google.oauth.liveGrants()) {
      harness.sandbox.state.google.oauth.revokeGrant(grant.id);
    }
    harness.clock.advance(2 * 3600_000);
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({
      code: 'authorization_required',
      integration: 'google-calendar',
    });
    const integrations = await api(harness, token).get('/api/integrations');
    expect(integrations.body.integrations[0]).toMatchObject({
      id: 'google-calendar',
      connected: false,
    });

    // The dialog resumes after a new popup: connecting again works.
    await connect(harness, token, 'google-calendar');
    const again = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(again.status).toBe(200);
  });
});
