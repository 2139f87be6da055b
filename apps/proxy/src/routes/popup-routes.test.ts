import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  api,
  connect,
  consentFor,
  createHarness,
  createSession,
  embeddingOrigin,
  type Harness,
} from '../test-utils/harness';

const calendarScope = 'https://www.googleapis.com/auth/calendar';
const freeBusyScope = 'https://www.googleapis.com/auth/calendar.freebusy';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

function postedMessage(html: string): { message: unknown; target: unknown } | null {
  const message = /var message = (\{.*\});/.exec(html)?.[1];
  const target = /var target = (".*");/.exec(html)?.[1];
  return message && target ? { message: JSON.parse(message), target: JSON.parse(target) } : null;
}

describe('popup authorization (user mode, real sandbox over HTTP)', () => {
  it('connects Google Calendar and serves events.get with the stored token', async () => {
    const token = await createSession(harness);
    const { attemptId, callback, callbackUrl } = await connect(harness, token, 'google-calendar');

    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    expect(callback.status).toBe(200);
    expect(postedMessage(callback.text)).toEqual({
      message: {
        type: 'slotchat:auth-result',
        attemptId,
        integration: 'google-calendar',
        status: 'connected',
      },
      target: embeddingOrigin,
    });
    expect(callback.text).toContain('window.close()');
    expect(callback.headers['cross-origin-opener-policy']).toBe('unsafe-none');
    // The page posts exactly once, to the variable holding the exact origin, and `*` appears
    // nowhere in its script.
    const script = /<script[^>]*>([\s\S]*)<\/script>/.exec(callback.text)?.[1] ?? '';
    expect(script.match(/postMessage\(/g)).toHaveLength(1);
    expect(script).toContain('window.opener.postMessage(message, target)');
    expect(script).not.toMatch(/['"]\*['"]/);

    const status = await api(harness, token).get(`/api/auth/attempts/${attemptId}`);
    expect(status.body).toEqual({ attemptId, integration: 'google-calendar', status: 'connected' });

    const integrations = await api(harness, token).get('/api/integrations');
    expect(integrations.body.integrations).toContainEqual(
      expect.objectContaining({
        id: 'google-calendar',
        connected: true,
        connectedBy: 'visitor',
        mode: 'user',
        sandbox: true,
      }),
    );

    const event = await api(harness, token).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(event.status, JSON.stringify(event.body)).toBe(200);
    expect(event.body.data).toMatchObject({ id: 'abc123', summary: 'Design review' });
  });

  it('sends PKCE S256 and a state to the provider, and the start page is single use', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const start = new URL(created.body.authorizeUrl as string);
    expect(start.origin).toBe('http://localhost:3000');
    const redirect = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
    expect(redirect.status).toBe(302);
    // A stricter COOP on any hop (this redirect included) cuts the popup from its opener.
    expect(redirect.headers['cross-origin-opener-policy']).toBe('unsafe-none');
    const authorize = new URL(redirect.headers.location ?? '');
    expect(authorize.origin).toBe(harness.sandboxUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('access_type')).toBe('offline');
    // Without it Google gives a returning account no refresh token (a new session dies in 1 h).
    expect(authorize.searchParams.get('prompt')).toBe('consent');
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      'http://localhost:3000/auth/google-calendar/callback',
    );

    const again = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
    expect(again.status).toBe(409);
    expect(again.headers.location).toBeUndefined();
  });

  it('reports "denied" when the visitor presses Deny', async () => {
    const token = await createSession(harness);
    const { attemptId, callback } = await connect(harness, token, 'google-calendar', {
      decision: 'deny',
    });
    expect(postedMessage(callback.text)?.message).toMatchObject({ attemptId, status: 'denied' });
    const status = await api(harness, token).get(`/api/auth/attempts/${attemptId}`);
    expect(status.body.status).toBe('denied');
    const integrations = await api(harness, token).get('/api/integrations');
    expect(integrations.body.integrations[0]).toMatchObject({
      connected: false,
      connectedBy: null,
    });
  });

  it('reports "missing-scopes" when the visitor unticks a permission, and checks scopes per operation', async () => {
    await harness.close();
    harness = await createHarness({
      env: { GOOGLE_CALENDAR_SCOPES: `${calendarScope} ${freeBusyScope}` },
    });
    const token = await createSession(harness);
    const { attemptId, callback } = await connect(harness, token, 'google-calendar', {
      keepScopes: (scope) => scope === freeBusyScope,
    });
    expect(postedMessage(callback.text)?.message).toMatchObject({
      attemptId,
      status: 'missing-scopes',
    });
    const status = await api(harness, token).get(`/api/auth/attempts/${attemptId}`);
    expect(status.body).toMatchObject({
      status: 'missing-scopes',
      message: expect.stringContaining(calendarScope),
    });

    const before = harness.upstream.length;
    const event = await api(harness, token).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(event.status).toBe(403);
    expect(event.body.error).toMatchObject({
      code: 'insufficient_scopes',
      integration: 'google-calendar',
    });
    expect(harness.upstream.length).toBe(before);
  });

  it('refuses a replayed callback (state is single use) and exchanges no code twice', async () => {
    const token = await createSession(harness);
    const { callbackUrl } = await connect(harness, token, 'google-calendar');
    const tokenRequests = harness.upstream.filter((call) =>
      call.url.endsWith('/google/token'),
    ).length;
    const replay = await request(harness.proxy.app).get(
      `${callbackUrl.pathname}${callbackUrl.search}`,
    );
    expect(replay.status).toBe(403);
    expect(postedMessage(replay.text)).toBeNull();
    expect(harness.upstream.filter((call) => call.url.endsWith('/google/token')).length).toBe(
      tokenRequests,
    );
  });

  it('refuses a forged or missing state without contacting the provider', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const callbackUrl = await consentFor(harness, created.body.authorizeUrl as string);
    const code = callbackUrl.searchParams.get('code') ?? '';
    const before = harness.upstream.length;

    const forged = await request(harness.proxy.app).get(
      `/auth/google-calendar/callback?code=${code}&state=${'x'.repeat(43)}`,
    );
    expect(forged.status).toBe(403);
    // The popup says what happened and what to do next, and keeps the page's own status line.
    expect(forged.text).toContain('This sign-in response is not valid.');
    expect(forged.text).toContain('choose Connect in the chat to sign in again');
    const missing = await request(harness.proxy.app).get(
      `/auth/google-calendar/callback?code=${code}`,
    );
    expect(missing.status).toBe(403);
    const wrongIntegration = await request(harness.proxy.app).get(
      `/auth/calendly/callback${callbackUrl.search}`,
    );
    expect(wrongIntegration.status).toBe(403);
    expect(harness.upstream.length).toBe(before);

    const status = await api(harness, token).get(`/api/auth/attempts/${created.body.attemptId}`);
    expect(status.body.status).toBe('pending');
  });

  it("refuses a denial with a forged state instead of settling someone else's attempt", async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const forged = await request(harness.proxy.app).get(
      `/auth/google-calendar/callback?error=access_denied&state=${'y'.repeat(43)}`,
    );
    expect(forged.status).toBe(400);
    const status = await api(harness, token).get(`/api/auth/attempts/${created.body.attemptId}`);
    expect(status.body.status).toBe('pending');
  });

  it('never redirects from the callback, whatever it is given', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const real = await consentFor(harness, created.body.authorizeUrl as string);
    const evil = 'redirect_uri=https%3A%2F%2Fevil.example&returnTo=https%3A%2F%2Fevil.example';
    const unknownState = `state=${'z'.repeat(43)}`;
    for (const query of [
      evil,
      `code=abc&${unknownState}&${evil}`,
      `code=abc&${evil}`,
      `error=access_denied&${unknownState}&${evil}`,
      `${real.search.slice(1)}&${evil}`,
      `${real.search.slice(1)}&${evil}`, // the same real code and state again: a replay
    ]) {
      const response = await request(harness.proxy.app).get(
        `/auth/google-calendar/callback?${query}`,
      );
      expect(response.status, query).toBeLessThan(500);
      expect(response.status, query).not.toBe(302);
      expect(response.headers.location, query).toBeUndefined();
      expect(response.text, query).not.toContain('evil.example');
    }
  });

  it('reports "expired", not "denied", when the visitor says no after the attempt ran out', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const callbackUrl = await consentFor(harness, created.body.authorizeUrl as string, {
      decision: 'deny',
    });
    harness.clock.advance(11 * 60_000);
    const callback = await request(harness.proxy.app).get(
      `${callbackUrl.pathname}${callbackUrl.search}`,
    );
    expect(callback.status).toBe(410);
    expect(postedMessage(callback.text)?.message).toMatchObject({ status: 'expired' });
    const status = await api(harness, token).get(`/api/auth/attempts/${created.body.attemptId}`);
    expect(status.body.status).toBe('expired');
  });

  it('binds an attempt to its session: another session cannot read or use it', async () => {
    const owner = await createSession(harness);
    const stranger = await createSession(harness);
    const created = await api(harness, owner).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const peek = await api(harness, stranger).get(`/api/auth/attempts/${created.body.attemptId}`);
    expect(peek.status).toBe(404);
    expect(peek.body.error.code).toBe('not_found');
  });

  it('expires an attempt nobody finished', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    harness.clock.advance(11 * 60_000);
    const status = await api(harness, token).get(`/api/auth/attempts/${created.body.attemptId}`);
    expect(status.body.status).toBe('expired');
    const start = new URL(created.body.authorizeUrl as string);
    const page = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
    expect(page.status).toBe(410);
    expect(page.headers.location).toBeUndefined();
  });

  it('reports "expired" when the provider comes back after the attempt ran out, without exchanging the code', async () => {
    const token = await createSession(harness);
    const created = await api(harness, token).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    const callbackUrl = await consentFor(harness, created.body.authorizeUrl as string);
    harness.clock.advance(11 * 60_000);
    const before = harness.upstream.length;
    const callback = await request(harness.proxy.app).get(
      `${callbackUrl.pathname}${callbackUrl.search}`,
    );
    expect(postedMessage(callback.text)?.message).toMatchObject({
      attemptId: created.body.attemptId,
      status: 'expired',
    });
    expect(harness.upstream.length).toBe(before);
    const integrations = await api(harness, token).get('/api/integrations');
    expect(integrations.body.integrations[0].connected).toBe(false);
  });

  it('creates attempts only for an allowed embedding origin', async () => {
    const token = await createSession(harness);
    const response = await request(harness.proxy.app)
      .post('/api/auth/attempts')
      .set({ authorization: `Bearer ${token}`, origin: 'https://evil.example' })
      .send({ integration: 'google-calendar' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('origin_not_allowed');
  });
});
