import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { answerConsent } from '../test-utils/consent';
import { api, createHarness, createSession, type Harness } from '../test-utils/harness';

const adminSecret = 'correct-horse-battery-staple';
const basic = (secret: string) => `Basic ${Buffer.from(`owner:${secret}`).toString('base64')}`;
const getEvent = '/api/operations/google-calendar:events.get';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function preauthorized(): Promise<Harness> {
  return createHarness({
    env: { ADMIN_SECRET: adminSecret, GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' },
  });
}

/** The owner presses "Connect" on the admin page and allows access on the consent page. */
async function ownerConnects(decision: 'allow' | 'deny' = 'allow') {
  const pressed = await request(harness.proxy.app)
    .post('/admin/integrations/google-calendar/connect')
    .set({ authorization: basic(adminSecret), origin: harness.config.publicOrigin });
  expect(pressed.status).toBe(303);
  const start = new URL(pressed.headers.location ?? '');
  expect(start.origin).toBe(harness.config.publicOrigin);
  const redirect = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
  expect(redirect.status).toBe(302);
  const callback = await answerConsent(redirect.headers.location ?? '', decision);
  return request(harness.proxy.app).get(`${callback.pathname}${callback.search}`);
}

describe('admin page and pre-authorized mode', () => {
  it('is disabled without ADMIN_SECRET', async () => {
    harness = await createHarness();
    const response = await request(harness.proxy.app)
      .get('/admin')
      .set('authorization', basic('anything-at-all-x'));
    expect(response.status).toBe(404);
  });

  it('asks for the admin secret and refuses a wrong one', async () => {
    harness = await preauthorized();
    const none = await request(harness.proxy.app).get('/admin');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic realm=/);
    const wrong = await request(harness.proxy.app)
      .get('/admin')
      .set('authorization', basic(`${adminSecret}x`));
    expect(wrong.status).toBe(401);
    const right = await request(harness.proxy.app)
      .get('/admin')
      .set('authorization', basic(adminSecret));
    expect(right.status).toBe(200);
    expect(right.text).toContain('Connect Google Calendar');
    expect(right.text).toContain('User mode: each visitor connects');
    // Found in Chromium: helmet's `form-action 'self'` blocks the Connect form's redirect to the
    // provider, and a no-referrer page posts `Origin: null`, which the cross-site check refuses.
    expect(right.headers['content-security-policy']).toContain(
      `form-action 'self' ${harness.sandboxUrl}`,
    );
    expect(right.headers['referrer-policy']).toBe('same-origin');
  });

  it('refuses a cross-site form post that rides on remembered credentials', async () => {
    harness = await preauthorized();
    const response = await request(harness.proxy.app)
      .post('/admin/integrations/google-calendar/connect')
      .set({ authorization: basic(adminSecret), origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.location).toBeUndefined();
  });

  it("connects the owner's account once and serves every visitor with it", async () => {
    harness = await preauthorized();
    const visitor = await createSession(harness);
    const before = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(before.body.error).toMatchObject({
      code: 'authorization_required',
      message: expect.stringContaining('site owner'),
    });

    const callback = await ownerConnects();
    expect(callback.status).toBe(200);
    expect(callback.text).toContain('Connected');
    expect(callback.text).toContain('/admin');
    expect(callback.text).not.toContain('postMessage');

    for (const token of [visitor, await createSession(harness)]) {
      const event = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
      expect(event.status).toBe(200);
      expect(event.body.data.summary).toBe('Design review');
      const status = await api(harness, token).get('/api/integrations');
      expect(status.body.integrations[0]).toMatchObject({
        id: 'google-calendar',
        mode: 'preauthorized',
        connected: true,
        connectedBy: 'owner',
      });
    }
  });

  it("does not let a visitor disconnect the owner's account or start their own", async () => {
    harness = await preauthorized();
    await ownerConnects();
    const visitor = await createSession(harness);
    const disconnect = await api(harness, visitor).delete(
      '/api/integrations/google-calendar/connection',
    );
    expect(disconnect.status).toBe(403);
    const attempt = await api(harness, visitor).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    expect(attempt.status).toBe(409);
    const event = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(event.status).toBe(200);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(1);
  });

  it('disconnects from the admin page: revoked at the provider, then deleted', async () => {
    harness = await preauthorized();
    await ownerConnects();
    const response = await request(harness.proxy.app)
      .post('/admin/integrations/google-calendar/disconnect')
      .set({ authorization: basic(adminSecret), origin: harness.config.publicOrigin });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/admin?notice=disconnected');
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
    const visitor = await createSession(harness);
    const event = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(event.body.error.code).toBe('authorization_required');
  });

  it('tells the owner when the provider did not confirm the revocation', async () => {
    harness = await preauthorized();
    await ownerConnects();
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'oauth.revoke',
      kind: 'server-error',
    });
    const response = await request(harness.proxy.app)
      .post('/admin/integrations/google-calendar/disconnect')
      .set({ authorization: basic(adminSecret), origin: harness.config.publicOrigin });
    expect(response.headers.location).toBe('/admin?notice=revocation-failed');
    const page = await request(harness.proxy.app)
      .get(response.headers.location ?? '')
      .set('authorization', basic(adminSecret));
    expect(page.text).toContain('did not confirm the revocation');
    expect(page.text).toContain('Not connected');
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(1);
  });

  it('tells the owner when access was denied', async () => {
    harness = await preauthorized();
    const callback = await ownerConnects('deny');
    expect(callback.text).toContain('Access was not granted');
    const page = await request(harness.proxy.app)
      .get('/admin')
      .set('authorization', basic(adminSecret));
    expect(page.text).toContain('Not connected');
  });
});
