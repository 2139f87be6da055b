import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adminIntegrationSchema,
  embeddingSchema,
  integrationListSchema,
} from '@slotchat/integrations/admin-api';
import { integrationsStatusSchema } from '@slotchat/integrations';
import { adminSecret, ownerAuthorizes, signIn } from '../test-utils/admin-console';
import { answerConsent } from '../test-utils/consent';
import {
  api,
  connect,
  createHarness,
  createSession,
  embeddingOrigin,
  type Harness,
} from '../test-utils/harness';

const getEvent = '/api/operations/google-calendar:events.get';
const googleProfile = '/admin/api/integrations/google-calendar/profile';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function withConsole(env: Record<string, string> = {}) {
  harness = await createHarness({ env: { ADMIN_SECRET: adminSecret, ...env } });
  return signIn(harness);
}

function sandboxProfile(harness: Harness, overrides: Record<string, unknown> = {}) {
  return {
    clientId: 'slotchat-sandbox-google',
    clientSecret: 'sandbox-google-secret',
    authorizationUrl: `${harness.sandboxUrl}/google/o/oauth2/v2/auth`,
    tokenUrl: `${harness.sandboxUrl}/google/token`,
    refreshTokenUrl: `${harness.sandboxUrl}/google/token`,
    scopes: ['https://www.googleapis.com/auth/calendar'],
    ...overrides,
  };
}

describe('admin console: signing in', () => {
  it('is off without ADMIN_SECRET, and says how to turn it on', async () => {
    harness = await createHarness();
    const session = await request(harness.proxy.app).get('/admin/api/session');
    expect(session.status).toBe(404);
    expect(session.body.error.message).toContain('ADMIN_SECRET');
    const signInAttempt = await request(harness.proxy.app)
      .post('/admin/api/session')
      .set('origin', harness.config.publicOrigin)
      .send({ secret: 'anything-at-all-really' });
    expect(signInAttempt.status).toBe(404);
  });

  it('refuses a wrong secret, and signs in with a first-party, HttpOnly, SameSite=Strict cookie', async () => {
    harness = await createHarness({ env: { ADMIN_SECRET: adminSecret } });
    const wrong = await request(harness.proxy.app)
      .post('/admin/api/session')
      .set('origin', harness.config.publicOrigin)
      .send({ secret: `${adminSecret}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'admin_required' });
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const agent = request.agent(harness.proxy.app);
    const right = await agent
      .post('/admin/api/session')
      .set('origin', harness.config.publicOrigin)
      .send({ secret: adminSecret });
    expect(right.status).toBe(200);
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toMatch(/slotchat_admin=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toContain(adminSecret);
    expect((await agent.get('/admin/api/session')).body.csrfToken).toBe(right.body.csrfToken);
    expect(JSON.stringify(right.body)).not.toContain(adminSecret);
  });

  it('refuses a sign-in posted from another site', async () => {
    harness = await createHarness({ env: { ADMIN_SECRET: adminSecret } });
    const response = await request(harness.proxy.app)
      .post('/admin/api/session')
      .set('origin', 'https://evil.example')
      .send({ secret: adminSecret });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_failed');
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const console = await withConsole();
    expect((await console.delete('/admin/api/session')).status).toBe(204);
    const after = await console.get('/admin/api/integrations');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('admin_required');
  });

  it('refuses a change without the CSRF token, or from another origin, with a clear message', async () => {
    const console = await withConsole();
    const noToken = await console.agent
      .put('/admin/api/integrations/google-calendar/settings')
      .set('origin', harness.config.publicOrigin)
      .send({ enabled: false });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error).toMatchObject({
      code: 'csrf_failed',
      message: expect.stringContaining('reload the page'),
    });
    const crossSite = await console.agent
      .put('/admin/api/integrations/google-calendar/settings')
      .set({ origin: 'https://evil.example', 'x-csrf-token': console.csrfToken })
      .send({ enabled: false });
    expect(crossSite.status).toBe(403);
    const view = integrationListSchema.parse((await console.get('/admin/api/integrations')).body);
    expect(view.integrations[0]?.enabled).toBe(true);
  });
});

describe('admin console: authorization profiles', () => {
  it('shows each integration on the sandbox, with the provider defaults and the redirect URI', async () => {
    const console = await withConsole();
    const { integrations } = integrationListSchema.parse(
      (await console.get('/admin/api/integrations')).body,
    );
    expect(integrations.map((integration) => integration.id)).toEqual([
      'google-calendar',
      'calendly',
    ]);
    const google = integrations[0]!;
    expect(google).toMatchObject({ provider: 'sandbox', mode: 'user', enabled: true });
    expect(google.profile.clientSecret).toEqual({ set: false, lockedBy: null });
    expect(google.profile.authorizationUrl.default).toBe(
      'https://accounts.google.com/o/oauth2/v2/auth',
    );
    expect(google.profile.redirectUri).toBe('http://localhost:3000/auth/google-calendar/callback');
    expect(google.templates).toHaveLength(5);
  });

  it('refuses a plain-http provider URL and a client id without a secret, naming each field', async () => {
    const console = await withConsole();
    const response = await console.put(
      googleProfile,
      sandboxProfile(harness, {
        clientSecret: undefined,
        clientId: 'real-client.apps.googleusercontent.com',
        tokenUrl: 'http://oauth2.example.com/token',
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toEqual({
      clientSecret: expect.stringContaining('secret'),
      tokenUrl: expect.stringContaining('https'),
    });
    const after = integrationListSchema.parse((await console.get('/admin/api/integrations')).body);
    expect(after.integrations[0]?.profile.clientId.value).toBe('');
  });

  it('saves a profile with the secret write-only and encrypted, and it works at once', async () => {
    const console = await withConsole();
    const saved = await console.put(googleProfile, sandboxProfile(harness));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const view = adminIntegrationSchema.parse(saved.body);
    expect(view.profile.clientId.value).toBe('slotchat-sandbox-google');
    expect(view.profile.clientSecret.set).toBe(true);
    expect(JSON.stringify(saved.body)).not.toContain('sandbox-google-secret');
    const database = fs.readFileSync(path.join(harness.dataDir, 'slotchat.sqlite'));
    expect(database.includes('sandbox-google-secret')).toBe(false);

    // No restart: the next visitor's sign-in uses the saved client.
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    const event = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(event.status).toBe(200);

    // Saving again without a secret keeps it; a new client id needs its own.
    const again = await console.put(googleProfile, {
      ...sandboxProfile(harness),
      clientSecret: undefined,
    });
    expect(again.status).toBe(200);
    const otherClient = await console.put(googleProfile, {
      ...sandboxProfile(harness, { clientId: 'another-client' }),
      clientSecret: undefined,
    });
    expect(otherClient.body.error.details.fields.clientSecret).toBeDefined();
  });

  it('shows values the environment sets as locked, and keeps them when a profile is saved', async () => {
    const console = await withConsole({
      GOOGLE_CALENDAR_SCOPES: 'https://www.googleapis.com/auth/calendar.readonly',
    });
    const before = integrationListSchema.parse((await console.get('/admin/api/integrations')).body);
    expect(before.integrations[0]?.profile.scopes.lockedBy).toBe('GOOGLE_CALENDAR_SCOPES');
    const saved = adminIntegrationSchema.parse(
      (
        await console.put(
          googleProfile,
          sandboxProfile(harness, { scopes: ['https://www.googleapis.com/auth/calendar'] }),
        )
      ).body,
    );
    expect(saved.profile.scopes.value).toEqual([
      'https://www.googleapis.com/auth/calendar.readonly',
    ]);
  });

  it('flags a scope the provider does not define, in the audit log, without refusing it', async () => {
    const console = await withConsole();
    const saved = await console.put(
      googleProfile,
      sandboxProfile(harness, {
        scopes: ['https://www.googleapis.com/auth/calendar', 'calendar:everything'],
      }),
    );
    expect(saved.status).toBe(200);
    const audit = await console.get('/admin/api/audit');
    expect(audit.body.entries[0]).toMatchObject({
      action: 'profile.saved',
      target: 'google-calendar',
      details: { unknownScopes: ['calendar:everything'] },
    });
  });
});

describe('admin console: who authorizes, and what the chat offers', () => {
  it('pre-authorizes without a restart: the owner signs in once and every visitor uses it', async () => {
    const console = await withConsole();
    const visitor = await createSession(harness);
    const switched = await console.put('/admin/api/integrations/google-calendar/settings', {
      mode: 'preauthorized',
    });
    expect(switched.body.mode).toBe('preauthorized');
    const before = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(before.body.error.message).toContain('site owner');
    const ownAttempt = await api(harness, visitor).post('/api/auth/attempts', {
      integration: 'google-calendar',
    });
    expect(ownAttempt.status).toBe(409);

    const callback = await ownerAuthorizes(harness, console, 'google-calendar');
    expect(callback.text).toContain('Connected');
    // The console's popup is on the proxy's own origin: the result is posted there only.
    expect(callback.text).toContain(JSON.stringify(harness.config.publicOrigin));
    const view = integrationListSchema.parse((await console.get('/admin/api/integrations')).body);
    expect(view.integrations[0]?.connection?.account).toBe('avery.chen@example.com');

    for (const token of [visitor, await createSession(harness)]) {
      const event = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
      expect(event.status).toBe(200);
      const status = integrationsStatusSchema.parse(
        (await api(harness, token).get('/api/integrations')).body,
      );
      expect(status.integrations[0]).toMatchObject({ connected: true, connectedBy: 'owner' });
    }

    // Back to visitors: the owner's account no longer answers for them.
    await console.put('/admin/api/integrations/google-calendar/settings', { mode: 'user' });
    const after = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(after.body.error.code).toBe('authorization_required');
  });

  it('disconnects the owner account: revoked at the provider, then gone', async () => {
    const console = await withConsole({ GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' });
    await ownerAuthorizes(harness, console, 'google-calendar');
    const disconnected = await console.delete('/admin/api/integrations/google-calendar/connection');
    expect(disconnected.body).toEqual({ revoked: true });
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
    const view = integrationListSchema.parse((await console.get('/admin/api/integrations')).body);
    expect(view.integrations[0]).toMatchObject({
      connection: null,
      modeLockedBy: 'GOOGLE_CALENDAR_AUTH_MODE',
    });
    const locked = await console.put('/admin/api/integrations/google-calendar/settings', {
      mode: 'user',
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain('GOOGLE_CALENDAR_AUTH_MODE');
  });

  it('reports a denial at the provider through the attempt status', async () => {
    const console = await withConsole({ CALENDLY_AUTH_MODE: 'preauthorized' });
    const created = await console.post('/admin/api/integrations/calendly/authorizations');
    const { attemptId, authorizeUrl } = created.body as { attemptId: string; authorizeUrl: string };
    const start = new URL(authorizeUrl);
    const redirect = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
    const callback = await answerConsent(redirect.headers.location ?? '', 'deny');
    await request(harness.proxy.app).get(`${callback.pathname}${callback.search}`);
    const status = await console.get(`/admin/api/authorizations/${attemptId}`);
    expect(status.body.status).toBe('denied');
  });

  it('switches templates and integrations off: the widget is told, the proxy refuses', async () => {
    const console = await withConsole();
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    const off = await console.put(
      '/admin/api/integrations/google-calendar/templates/google-calendar.create-event',
      { enabled: false },
    );
    expect(
      off.body.templates.find((t: { id: string }) => t.id === 'google-calendar.create-event')
        .enabled,
    ).toBe(false);
    let status = integrationsStatusSchema.parse(
      (await api(harness, visitor).get('/api/integrations')).body,
    );
    expect(status.enabledTemplates).toHaveLength(9);
    expect(status.enabledTemplates).not.toContain('google-calendar.create-event');

    await console.put('/admin/api/integrations/google-calendar/settings', { enabled: false });
    status = integrationsStatusSchema.parse(
      (await api(harness, visitor).get('/api/integrations')).body,
    );
    expect(status.enabledTemplates?.every((id) => id.startsWith('calendly.'))).toBe(true);
    expect(status.integrations[0]?.enabled).toBe(false);
    const refused = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'integration_disabled',
      message: 'Google Calendar is not offered on this site',
    });

    const wrongOwner = await console.put(
      '/admin/api/integrations/calendly/templates/google-calendar.get-event',
      { enabled: false },
    );
    expect(wrongOwner.status).toBe(404);
    const unknown = await console.put('/admin/api/integrations/calendly/templates/calendly.nope', {
      enabled: false,
    });
    expect(unknown.status).toBe(404);
  });
});

describe('admin console: embedding and the audit log', () => {
  // With the read cache off (as in the other tests) and on, as it ships.
  it.each(['0', '5000'])(
    'edits the embedding origins, which CORS and sessions follow at once (read cache %s ms)',
    async (cacheMs) => {
      const console = await withConsole({ ALLOWED_ORIGINS: '', STORE_CACHE_MS: cacheMs });
      const newSite = 'https://new-site.example';
      const refusedBefore = await request(harness.proxy.app)
        .post('/api/sessions')
        .set('origin', newSite)
        .send({});
      expect(refusedBefore.status).toBe(403);

      const withPath = await console.put('/admin/api/embedding/origins', {
        origins: ['https://new-site.example/shop'],
      });
      expect(withPath.status).toBe(400);
      expect(withPath.body.error.details.fields.origins).toContain('without a path');
      const insecure = await console.put('/admin/api/embedding/origins', {
        origins: ['http://new-site.example'],
      });
      expect(insecure.status).toBe(400);

      const saved = embeddingSchema.parse(
        (await console.put('/admin/api/embedding/origins', { origins: [newSite] })).body,
      );
      expect(saved.origins).toEqual({ value: [newSite], lockedBy: null });
      expect(saved.scriptSnippet).toBe(
        '<script src="http://localhost:3000/widget.js" data-proxy-url="http://localhost:3000" async></script>',
      );
      expect(saved.reactSnippet).toContain('<SlotchatWidget proxyUrl="http://localhost:3000" />');
      const accepted = await request(harness.proxy.app)
        .post('/api/sessions')
        .set('origin', newSite)
        .send({});
      expect(accepted.status).toBe(201);
      expect(accepted.headers['access-control-allow-origin']).toBe(newSite);

      await console.put('/admin/api/embedding/origins', { origins: [] });
      const refusedAfter = await request(harness.proxy.app)
        .post('/api/sessions')
        .set('origin', newSite)
        .send({});
      expect(refusedAfter.status).toBe(403);
    },
  );

  it('keeps ALLOWED_ORIGINS read-only when the environment sets it', async () => {
    const console = await withConsole();
    const view = embeddingSchema.parse((await console.get('/admin/api/embedding')).body);
    expect(view.origins).toEqual({ value: [embeddingOrigin], lockedBy: 'ALLOWED_ORIGINS' });
    const change = await console.put('/admin/api/embedding/origins', {
      origins: ['https://other.example'],
    });
    expect(change.status).toBe(409);
  });

  it('writes who changed what and when, newest first, never a secret', async () => {
    const console = await withConsole();
    await console.put(googleProfile, sandboxProfile(harness));
    await console.put('/admin/api/integrations/calendly/settings', { enabled: false });
    const { entries } = (await console.get('/admin/api/audit')).body as {
      entries: { actor: string; action: string; target: string | null; at: string }[];
    };
    expect(entries.map((entry) => entry.action)).toEqual([
      'integration.disabled',
      'profile.saved',
      'console.signed-in',
    ]);
    expect(entries[0]).toMatchObject({
      actor: expect.stringMatching(/^console:/),
      target: 'calendly',
    });
    expect(new Date(entries[0]!.at).getTime()).toBe(harness.clock.now());
    const text = JSON.stringify(entries);
    expect(text).not.toContain('sandbox-google-secret');
    expect(text).not.toContain(adminSecret);
    expect(text).toContain('clientSecret');
  });
});

describe('admin console: the pages', () => {
  it('serves the console for every /admin page with a strict CSP, and JSON 404s under the API', async () => {
    const adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-admin-'));
    fs.writeFileSync(
      path.join(adminDir, 'index.html'),
      '<!doctype html><title>Slotchat admin</title>',
    );
    harness = await createHarness({ env: { ADMIN_SECRET: adminSecret, ADMIN_DIR: adminDir } });
    for (const url of ['/admin', '/admin/', '/admin/integrations/calendly', '/admin/embedding']) {
      const page = await request(harness.proxy.app).get(url);
      expect(page.status, url).toBe(200);
      expect(page.text).toContain('Slotchat admin');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    const unknown = await request(harness.proxy.app).get('/admin/api/nothing-here');
    expect(unknown.status).toBe(401);
    const signedIn = await signIn(harness);
    const missing = await signedIn.get('/admin/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const preview = await request(harness.proxy.app).get('/admin/preview');
    expect(preview.text).toContain(
      '<script src="http://localhost:3000/widget.js" data-proxy-url="http://localhost:3000" async>',
    );
    fs.rmSync(adminDir, { recursive: true, force: true });
  });
});
