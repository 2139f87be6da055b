import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../create-sandbox';
import {
  authorize,
  basic,
  calendarScope,
  challenge,
  consentForm,
  googleClient,
  googlePaths,
  googleTokens,
  manualClock,
  verifier,
} from '../test-utils/oauth-flow';

const now = '2026-11-20T15:00:00Z';

function authorizeUrl(overrides: Record<string, string | undefined> = {}) {
  const params = {
    client_id: googleClient.clientId,
    redirect_uri: googleClient.redirectUri,
    response_type: 'code',
    scope: calendarScope,
    state: 'xyz',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `${googlePaths.authorize}?${query}`;
}

describe('Google authorize endpoint', () => {
  it('shows a consent page with the app, the account, the scopes, Allow and Deny', async () => {
    const { app } = createSandbox({ clock: () => Date.parse(now) });
    const page = await request(app).get(authorizeUrl());
    expect(page.status).toBe(200);
    expect(page.text).toContain('Slotchat wants to access your Google account');
    expect(page.text).toContain('avery.chen@example.com');
    expect(page.text).toContain(calendarScope);
    expect(page.text).toContain('See, edit, share, and permanently delete all the calendars');
    expect(page.text).toMatch(/<button[^>]*>Allow<\/button>/);
    expect(page.text).toMatch(/<button[^>]*>Deny<\/button>/);
  });

  it('redirects Deny with error=access_denied and the state echoed', async () => {
    const { app } = createSandbox();
    const params = await authorize(app, {
      paths: googlePaths,
      client: googleClient,
      scope: calendarScope,
      state: 'opaque-state',
      decision: 'deny',
    });
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('opaque-state');
    expect(params.get('code')).toBeNull();
  });

  it('refuses an unregistered or inexact redirect URI without redirecting', async () => {
    const { app } = createSandbox();
    for (const redirect of [
      'http://evil.example/callback',
      `${googleClient.redirectUri}/`,
      `${googleClient.redirectUri}?x=1`,
    ]) {
      const page = await request(app).get(authorizeUrl({ redirect_uri: redirect }));
      expect(page.status).toBe(400);
      expect(page.headers.location).toBeUndefined();
      expect(page.text).toContain('redirect_uri_mismatch');
    }
  });

  it('refuses an unknown client with an error page', async () => {
    const { app } = createSandbox();
    const page = await request(app).get(authorizeUrl({ client_id: 'nobody' }));
    expect(page.status).toBe(401);
    expect(page.text).toContain('invalid_client');
  });

  it.each([
    ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no PKCE method', { code_challenge_method: undefined }, 'invalid_request'],
    ['no code challenge', { code_challenge: undefined }, 'invalid_request'],
    ['a malformed challenge', { code_challenge: 'short' }, 'invalid_request'],
    ['no scope', { scope: undefined }, 'invalid_request'],
    ['an unknown scope', { scope: 'https://www.googleapis.com/auth/drive' }, 'invalid_scope'],
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
  ])('redirects %s back with an error', async (_name, overrides, error) => {
    const { app } = createSandbox();
    const response = await request(app).get(authorizeUrl(overrides));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.location ?? '');
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('xyz');
  });

  it('answers a consent form only once', async () => {
    const { app } = createSandbox();
    const page = await request(app).get(authorizeUrl());
    const form = consentForm(page.text);
    const body = { consent_id: form.consentId, decision: 'allow', scope: calendarScope };
    expect((await request(app).post(form.action).type('form').send(body)).status).toBe(302);
    expect((await request(app).post(form.action).type('form').send(body)).status).toBe(400);
  });

  it('grants only the scopes left ticked', async () => {
    const { app } = createSandbox();
    const readonly = `${calendarScope}.readonly`;
    const params = await authorize(app, {
      paths: googlePaths,
      client: googleClient,
      scope: `${calendarScope} ${readonly}`,
      keepScopes: [readonly],
    });
    expect(params.get('scope')).toBe(readonly);
  });
});

describe('Google token endpoint', () => {
  async function code(app: Parameters<typeof authorize>[0], extra: Record<string, string> = {}) {
    const params = await authorize(app, {
      paths: googlePaths,
      client: googleClient,
      scope: calendarScope,
      extra: { access_type: 'offline', ...extra },
    });
    return params.get('code') ?? '';
  }
  const exchange = (app: Parameters<typeof authorize>[0], fields: Record<string, string>) =>
    request(app)
      .post(googlePaths.token)
      .type('form')
      .send({
        grant_type: 'authorization_code',
        redirect_uri: googleClient.redirectUri,
        code_verifier: verifier,
        client_id: googleClient.clientId,
        client_secret: googleClient.clientSecret,
        ...fields,
      });

  it('exchanges a code with the right verifier for Bearer tokens', async () => {
    const { app } = createSandbox();
    const response = await exchange(app, { code: await code(app) });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3599,
      scope: calendarScope,
      access_token: expect.stringMatching(/^ya29\./),
      refresh_token: expect.stringMatching(/^1\/\/0/),
    });
  });

  it('accepts HTTP Basic client authentication', async () => {
    const { app } = createSandbox();
    const response = await request(app)
      .post(googlePaths.token)
      .set('Authorization', basic(googleClient.clientId, googleClient.clientSecret))
      .type('form')
      .send({
        grant_type: 'authorization_code',
        code: await code(app),
        redirect_uri: googleClient.redirectUri,
        code_verifier: verifier,
      });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong client secret with 401 invalid_client', async () => {
    const { app } = createSandbox();
    const response = await exchange(app, { code: await code(app), client_secret: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('refuses a wrong or missing code verifier', async () => {
    const { app } = createSandbox();
    const wrong = await exchange(app, { code: await code(app), code_verifier: `${verifier}x` });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid code verifier.',
    });
    const missing = await request(app)
      .post(googlePaths.token)
      .type('form')
      .send({
        grant_type: 'authorization_code',
        code: await code(app),
        redirect_uri: googleClient.redirectUri,
        client_id: googleClient.clientId,
        client_secret: googleClient.clientSecret,
      });
    expect(missing.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Missing code verifier.',
    });
  });

  it('refuses a redirect_uri that differs from the authorization request', async () => {
    const { app } = createSandbox({
      clients: [
        {
          provider: 'google',
          clientId: googleClient.clientId,
          clientSecret: googleClient.clientSecret,
          redirectUris: [googleClient.redirectUri, 'http://localhost:4000/cb'],
        },
      ],
    });
    const response = await exchange(app, {
      code: await code(app),
      redirect_uri: 'http://localhost:4000/cb',
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('redirect_uri_mismatch');
  });

  it('makes codes single-use: a replay fails and revokes what the code produced', async () => {
    const { app } = createSandbox();
    const theCode = await code(app);
    const first = await exchange(app, { code: theCode });
    expect(first.status).toBe(200);
    const replay = await exchange(app, { code: theCode });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    const api = await request(app)
      .get('/google/calendar/v3/calendars/primary/events/abc123')
      .set('Authorization', `Bearer ${first.body.access_token}`);
    expect(api.status).toBe(401);
  });

  it('lets codes expire after ten minutes', async () => {
    const clock = manualClock(now);
    const { app } = createSandbox({ clock: clock.now });
    const theCode = await code(app);
    clock.advance(10 * 60 * 1000 + 1);
    const response = await exchange(app, { code: theCode });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it('returns a refresh token on first consent only, unless prompt=consent', async () => {
    const { app } = createSandbox();
    const first = await googleTokens(app);
    expect(first.refresh_token).toBeDefined();
    const second = await googleTokens(app);
    expect(second.refresh_token).toBeUndefined();
    const forced = await googleTokens(app, { prompt: 'consent' });
    expect(forced.refresh_token).toBeDefined();
  });

  it('returns no refresh token without access_type=offline', async () => {
    const { app } = createSandbox();
    const tokens = await googleTokens(app, { access_type: 'online' });
    expect(tokens.refresh_token).toBeUndefined();
  });

  it('refreshes an access token, keeping the refresh token valid', async () => {
    const clock = manualClock(now);
    const { app } = createSandbox({ clock: clock.now });
    const tokens = await googleTokens(app);
    clock.advance(3600 * 1000);
    const api = (token: string) =>
      request(app)
        .get('/google/calendar/v3/calendars/primary/events/abc123')
        .set('Authorization', `Bearer ${token}`);
    expect((await api(tokens.access_token)).status).toBe(401);
    const refresh = () =>
      request(app)
        .post(googlePaths.token)
        .type('form')
        .send({
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token ?? '',
          client_id: googleClient.clientId,
          client_secret: googleClient.clientSecret,
        });
    const first = await refresh();
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toBeUndefined();
    expect(first.body.scope).toBe(calendarScope);
    expect((await api(first.body.access_token)).status).toBe(200);
    expect((await refresh()).status).toBe(200);
  });

  it('refuses an unknown grant type and a missing one', async () => {
    const { app } = createSandbox();
    const auth = { client_id: googleClient.clientId, client_secret: googleClient.clientSecret };
    const unknown = await request(app)
      .post(googlePaths.token)
      .type('form')
      .send({ ...auth, grant_type: 'password' });
    expect(unknown.body.error).toBe('unsupported_grant_type');
    const missing = await request(app).post(googlePaths.token).type('form').send(auth);
    expect(missing.body.error).toBe('invalid_request');
  });
});

describe('Google revoke endpoint', () => {
  it('revokes the whole grant from either token, then answers 400 for it', async () => {
    const { app } = createSandbox();
    const tokens = await googleTokens(app);
    const revoked = await request(app)
      .post('/google/revoke')
      .type('form')
      .send({ token: tokens.refresh_token });
    expect(revoked.status).toBe(200);
    const api = await request(app)
      .get('/google/calendar/v3/calendars/primary/events/abc123')
      .set('Authorization', `Bearer ${tokens.access_token}`);
    expect(api.status).toBe(401);
    const refresh = await request(app)
      .post(googlePaths.token)
      .type('form')
      .send({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        client_id: googleClient.clientId,
        client_secret: googleClient.clientSecret,
      });
    expect(refresh.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Token has been expired or revoked.',
    });
    const again = await request(app).post(
      `/google/revoke?token=${encodeURIComponent(tokens.access_token)}`,
    );
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_token');
  });

  it('gives a new refresh token on the next consent after a revocation', async () => {
    const { app } = createSandbox();
    const first = await googleTokens(app);
    await request(app).post('/google/revoke').type('form').send({ token: first.access_token });
    const next = await googleTokens(app);
    expect(next.refresh_token).toBeDefined();
  });
});
