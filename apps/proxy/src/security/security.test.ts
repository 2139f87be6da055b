import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  api,
  connect,
  createHarness,
  createSession,
  embeddingOrigin,
  sessionIdOf,
  type Harness,
} from '../test-utils/harness';
import { databaseFileName } from '../store/sqlite-store';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const getEvent = '/api/operations/google-calendar:events.get';

describe('security', () => {
  it('answers CORS only for the configured embedding origins', async () => {
    harness = await createHarness();
    const allowed = await request(harness.proxy.app).options('/api/sessions').set({
      origin: embeddingOrigin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(embeddingOrigin);

    const other = await request(harness.proxy.app)
      .options('/api/sessions')
      .set({ origin: 'https://evil.example', 'access-control-request-method': 'POST' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    const post = await request(harness.proxy.app)
      .post('/api/sessions')
      .set('origin', 'https://evil.example')
      .send({});
    expect(post.status).toBe(403);
    expect(post.body.error.code).toBe('origin_not_allowed');
    const noOrigin = await request(harness.proxy.app).post('/api/sessions').send({});
    expect(noOrigin.status).toBe(403);
  });

  it('refuses a session token used from another origin', async () => {
    harness = await createHarness({
      env: { ALLOWED_ORIGINS: `${embeddingOrigin},https://other.example` },
    });
    const token = await createSession(harness);
    const response = await request(harness.proxy.app)
      .get('/api/integrations')
      .set({ authorization: `Bearer ${token}`, origin: 'https://other.example' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('origin_not_allowed');
  });

  it('sends helmet headers, and lets widget.js be loaded cross-origin', async () => {
    harness = await createHarness();
    const response = await request(harness.proxy.app).get('/healthz');
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the API its own header set: nothing may load or frame it, and its rate limit', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    const response = await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // Document-only headers stay off JSON answers.
    expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(response.headers['x-dns-prefetch-control']).toBeUndefined();
    // The per-session limit (240 a minute by default) is the one described, not the per-IP one.
    expect(response.headers.ratelimit).toMatch(/^limit=240, remaining=239, reset=\d+$/);
  });

  it('refuses bodies over the size limit with payload_too_large', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    const response = await api(harness, token).post(getEvent, {
      params: { eventId: 'a'.repeat(40_000) },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    const broken = await api(harness, token)
      .post(getEvent)
      .set('content-type', 'application/json')
      .send('{"params":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad_request');
  });

  it('limits requests per IP and new sessions per IP', async () => {
    harness = await createHarness({
      env: { RATE_LIMIT_IP_PER_MINUTE: '5', RATE_LIMIT_SESSIONS_PER_IP_PER_MINUTE: '2' },
    });
    await createSession(harness);
    await createSession(harness);
    const third = await request(harness.proxy.app)
      .post('/api/sessions')
      .set('origin', embeddingOrigin)
      .send({});
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({ code: 'rate_limited', retryable: true });
    // It says when to come back, and what the limit is.
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(third.headers.ratelimit).toMatch(/^limit=2, remaining=0, reset=\d+$/);
    expect(third.headers['ratelimit-policy']).toBe('2;w=60');
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push((await request(harness.proxy.app).get('/api/integrations')).status);
    }
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('limits operation calls per session without affecting other sessions', async () => {
    harness = await createHarness({ env: { RATE_LIMIT_SESSION_PER_MINUTE: '2' } });
    const busy = await createSession(harness);
    const calm = await createSession(harness);
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push(
        (await api(harness, busy).post(getEvent, { params: { eventId: 'abc123' } })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 429]);
    const other = await api(harness, calm).post(getEvent, { params: { eventId: 'abc123' } });
    expect(other.status).toBe(401);
  });

  it('keeps tokens, codes, states and secrets out of every response and every log line', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    const bodies: string[] = [];
    const { callback, callbackUrl } = await connect(harness, token, 'google-calendar');
    bodies.push(callback.text, JSON.stringify(callback.headers));
    harness.clock.advance(2 * 3600_000); // force a refresh too
    for (const response of [
      await api(harness, token).post(getEvent, { params: { eventId: 'abc123' } }),
      await api(harness, token).get('/api/integrations'),
      await api(harness, token).post(getEvent, { params: { eventId: 'nosuchevent1' } }),
    ]) {
      bodies.push(response.text, JSON.stringify(response.headers));
    }
    const grant = await harness.proxy.context.store.findGrant('google-calendar', {
      kind: 'visitor',
      sessionId: await sessionIdOf(harness, token),
    });
    const secrets = {
      accessToken: grant?.accessToken ?? 'missing',
      refreshToken: grant?.refreshToken ?? 'missing',
      code: callbackUrl.searchParams.get('code') ?? 'missing',
      state: callbackUrl.searchParams.get('state') ?? 'missing',
      clientSecret: harness.config.integrations['google-calendar'].clientSecret,
      sessionToken: token,
    };
    const logs = harness.logs.text();
    const db = new Database(path.join(harness.dataDir, databaseFileName), { readonly: true });
    const stored = ['sessions', 'grants', 'attempts', 'oauth_states']
      .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()))
      .join('\n');
    db.close();
    for (const name of ['accessToken', 'refreshToken', 'sessionToken'] as const) {
      expect(stored.includes(secrets[name]), `${name} in plain text in SQLite`).toBe(false);
    }
    expect(logs).toContain('access token refreshed');
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret.length, name).toBeGreaterThan(8);
      for (const body of bodies) expect(body.includes(secret), `${name} in a response`).toBe(false);
      expect(logs.includes(secret), `${name} in the logs`).toBe(false);
    }
  });

  it('keeps Calendly tokens (rotated ones too), client credentials, failing token requests, attempt ids and the admin secret out of responses and logs', async () => {
    const adminSecret = 'correct-horse-battery-staple';
    harness = await createHarness({ env: { ADMIN_SECRET: adminSecret } });
    const token = await createSession(harness);
    const bodies: string[] = [];
    const keep = (response: { text: string; headers: unknown }) =>
      bodies.push(response.text, JSON.stringify(response.headers));
    const { attemptId, callback, callbackUrl } = await connect(harness, token, 'calendly');
    keep(callback);
    keep(await api(harness, token).get(`/api/auth/attempts/${attemptId}`));
    const sessionId = await sessionIdOf(harness, token);
    const grantNow = () =>
      harness.proxy.context.store.findGrant('calendly', { kind: 'visitor', sessionId });
    const first = await grantNow();
    const usersMe = () =>
      api(harness, token).post('/api/operations/calendly:users.me', { params: {} });

    harness.clock.advance(3 * 3600_000); // a refresh that rotates the refresh token
    keep(await usersMe());
    const rotated = await grantNow();
    // The token endpoint fails, then refuses a mistyped client secret.
    harness.sandbox.state.faults.add({
      provider: 'calendly',
      operation: 'oauth.token',
      kind: 'server-error',
      times: 1,
    });
    harness.clock.advance(3 * 3600_000);
    keep(await usersMe());
    await harness.restart({ CALENDLY_CLIENT_SECRET: 'mistyped-client-secret' });
    keep(await usersMe());
    // The admin console, signed in with a wrong secret and the right one.
    const signInWith = (secret: string) =>
      request(harness.proxy.app)
        .post('/admin/api/session')
        .set('origin', harness.config.publicOrigin)
        .send({ secret });
    keep(await signInWith('guessing-the-secret-x'));
    const signedIn = await signInWith(adminSecret);
    keep(signedIn);
    const adminCookie = /slotchat_admin=([^;]+)/.exec(String(signedIn.headers['set-cookie']))?.[1];

    const calendly = harness.config.integrations.calendly;
    const tokenRequest = harness.upstream.find((call) =>
      call.url.endsWith('/calendly/oauth/token'),
    );
    const secrets = {
      firstAccessToken: first?.accessToken,
      firstRefreshToken: first?.refreshToken,
      rotatedAccessToken: rotated?.accessToken,
      rotatedRefreshToken: rotated?.refreshToken,
      code: callbackUrl.searchParams.get('code'),
      state: callbackUrl.searchParams.get('state'),
      clientSecret: 'sandbox-calendly-secret',
      mistypedSecret: calendly.clientSecret,
      basicCredentials: tokenRequest?.headers.get('authorization')?.split(' ')[1],
      sessionToken: token,
      adminSecret,
    };
    expect(secrets.rotatedRefreshToken).not.toBe(secrets.firstRefreshToken);
    const logs = harness.logs.text();
    expect(logs).toContain('access token refreshed');
    expect(logs).toContain('admin sign-in refused');
    expect(logs).toContain('CALENDLY_CLIENT_SECRET');
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret?.length ?? 0, name).toBeGreaterThan(8);
      for (const body of bodies)
        expect(body.includes(secret ?? ''), `${name} in a response`).toBe(false);
      expect(logs.includes(secret ?? ''), `${name} in the logs`).toBe(false);
    }
    // The console's session cookie is set on the sign-in answer, and nowhere in the logs.
    expect(adminCookie?.length ?? 0).toBeGreaterThan(20);
    expect(logs.includes(adminCookie ?? ''), 'admin cookie in the logs').toBe(false);
    // The attempt id opens the sign-in page while unused: the widget has it, the logs do not.
    expect(logs.includes(attemptId), 'attempt id in the logs').toBe(false);
  });

  it('serves WIDGET_DIR and PUBLIC_DIR at /, and nothing outside them', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-static-'));
    fs.mkdirSync(path.join(root, 'widget'));
    fs.mkdirSync(path.join(root, 'public'));
    fs.writeFileSync(path.join(root, 'widget', 'widget.js'), 'console.log("widget")');
    fs.writeFileSync(path.join(root, 'public', 'index.html'), '<!doctype html><title>demo</title>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
    harness = await createHarness({
      env: { WIDGET_DIR: path.join(root, 'widget'), PUBLIC_DIR: path.join(root, 'public') },
    });
    try {
      const widget = await request(harness.proxy.app).get('/widget.js');
      expect(widget.status).toBe(200);
      expect(widget.headers['content-type']).toMatch(/javascript/);
      expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
      const page = await request(harness.proxy.app).get('/');
      expect(page.text).toContain('<title>demo</title>');
      for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
        expect((await request(harness.proxy.app).get(attempt)).status, attempt).not.toBe(200);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
