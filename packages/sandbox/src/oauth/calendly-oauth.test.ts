import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../create-sandbox';
import {
  authorize,
  basic,
  calendlyClient,
  calendlyPaths,
  calendlyTokens,
  manualClock,
} from '../test-utils/oauth-flow';

const auth = basic(calendlyClient.clientId, calendlyClient.clientSecret);
const refresh = (app: Parameters<typeof authorize>[0], token: string) =>
  request(app)
    .post(calendlyPaths.token)
    .set('Authorization', auth)
    .type('form')
    .send({ grant_type: 'refresh_token', refresh_token: token });

describe('Calendly OAuth server', () => {
  it('shows a consent page, and Deny redirects with access_denied and the state', async () => {
    const { app } = createSandbox();
    const params = await authorize(app, {
      paths: calendlyPaths,
      client: calendlyClient,
      decision: 'deny',
      state: 'calendly-state',
    });
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('calendly-state');
  });

  it('issues tokens with owner, organization, created_at and a two-hour lifetime', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const { app } = createSandbox({ clock: clock.now });
    const params = await authorize(app, {
      paths: calendlyPaths,
      client: calendlyClient,
      scope: 'users:read',
    });
    const response = await request(app)
      .post(calendlyPaths.token)
      .set('Host', 'sandbox.test')
      .set('Authorization', auth)
      .type('form')
      .send({
        grant_type: 'authorization_code',
        code: params.get('code') ?? '',
        redirect_uri: calendlyClient.redirectUri,
        code_verifier: 'a-code-verifier-that-is-long-enough-for-pkce-0123456789',
      });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 7200,
      scope: 'users:read',
      created_at: Date.parse('2026-11-20T15:00:00Z') / 1000,
      owner: expect.stringMatching(/^http:\/\/sandbox\.test\/calendly\/api\/users\/[A-Z0-9]{16}$/),
      organization: expect.stringMatching(
        /^http:\/\/sandbox\.test\/calendly\/api\/organizations\/[A-Z0-9]{16}$/,
      ),
      refresh_token: expect.any(String),
    });
  });

  it('grants every scope when the request names none', async () => {
    const { app } = createSandbox();
    const tokens = await calendlyTokens(app);
    expect((tokens as unknown as { scope: string }).scope.split(' ')).toContain(
      'scheduled_events:write',
    );
  });

  it('rotates refresh tokens: the used one dies, the new one works', async () => {
    const { app } = createSandbox();
    const tokens = await calendlyTokens(app);
    const first = await refresh(app, tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    const replay = await refresh(app, tokens.refresh_token);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    expect((await refresh(app, first.body.refresh_token)).status).toBe(200);
  });

  it('refuses refresh without client authentication', async () => {
    const { app } = createSandbox();
    const tokens = await calendlyTokens(app);
    const response = await request(app).post(calendlyPaths.token).type('form').send({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      client_id: calendlyClient.clientId,
    });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('refuses two client authentication methods at once', async () => {
    const { app } = createSandbox();
    const tokens = await calendlyTokens(app);
    const response = await request(app)
      .post(calendlyPaths.token)
      .set('Authorization', auth)
      .type('form')
      .send({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_secret: calendlyClient.clientSecret,
      });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });

  it('revokes with client authentication; the refresh token then fails', async () => {
    const { app } = createSandbox();
    const tokens = await calendlyTokens(app);
    const unauthenticated = await request(app)
      .post('/calendly/oauth/revoke')
      .type('form')
      .send({ token: tokens.refresh_token });
    expect(unauthenticated.status).toBe(401);
    const revoked = await request(app).post('/calendly/oauth/revoke').type('form').send({
      token: tokens.access_token,
      client_id: calendlyClient.clientId,
      client_secret: calendlyClient.clientSecret,
    });
    expect(revoked.status).toBe(200);
    expect((await refresh(app, tokens.refresh_token)).status).toBe(400);
  });
});
