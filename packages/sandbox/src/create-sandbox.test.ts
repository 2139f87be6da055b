import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type RunningSandbox } from './create-sandbox';
import { s256Challenge } from './oauth/pkce';
import { consentForm } from './test-utils/oauth-flow';

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

async function start(options: Parameters<typeof createSandbox>[0] = {}) {
  const sandbox = createSandbox(options);
  const server = await sandbox.listen(0);
  running.push(server);
  return { sandbox, url: server.url };
}

describe('the sandbox over real HTTP', () => {
  it('listens on an ephemeral port of 127.0.0.1 and closes', async () => {
    const sandbox = createSandbox();
    const server = await sandbox.listen(0);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    await server.close();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });

  it('runs the Google code flow with PKCE end to end and serves the event', async () => {
    const { url } = await start();
    const verifier = 'real-http-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
    const authorizeUrl = new URL(`${url}/google/o/oauth2/v2/auth`);
    authorizeUrl.search = new URLSearchParams({
      client_id: 'slotchat-sandbox-google',
      redirect_uri: 'http://localhost:3000/auth/google-calendar/callback',
      response_type: 'code',
      scope: 'https://www.googleapis.com/auth/calendar',
      access_type: 'offline',
      state: 'state-over-http',
      code_challenge: s256Challenge(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const page = await fetch(authorizeUrl);
    expect(page.headers.get('content-type')).toContain('text/html');
    const form = consentForm(await page.text());
    const decision = await fetch(new URL(form.action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        consent_id: form.consentId,
        decision: 'allow',
        scope: 'https://www.googleapis.com/auth/calendar',
      }),
    });
    expect(decision.status).toBe(302);
    const callback = new URL(decision.headers.get('location') ?? '');
    expect(callback.origin + callback.pathname).toBe(
      'http://localhost:3000/auth/google-calendar/callback',
    );
    expect(callback.searchParams.get('state')).toBe('state-over-http');

    const token = await fetch(`${url}/google/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('slotchat-sandbox-google:sandbox-google-secret').toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        redirect_uri: 'http://localhost:3000/auth/google-calendar/callback',
        code_verifier: verifier,
      }),
    });
    expect(token.status).toBe(200);
    const tokens = (await token.json()) as { access_token: string; refresh_token: string };
    expect(tokens.refresh_token).toBeTruthy();

    const event = await fetch(`${url}/google/calendar/v3/calendars/primary/events/abc123`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(event.status).toBe(200);
    expect(await event.json()).toMatchObject({ id: 'abc123', summary: 'Design review' });

    const refreshed = await fetch(`${url}/google/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'slotchat-sandbox-google',
        client_secret: 'sandbox-google-secret',
      }),
    });
    expect(refreshed.status).toBe(200);
  });

  it('keeps state per instance: tokens of one sandbox mean nothing to another', async () => {
    const first = createSandbox();
    const second = createSandbox();
    const grant = first.state.google.oauth.createGrant(
      'slotchat-sandbox-google',
      'avery.chen@example.com',
      ['https://www.googleapis.com/auth/calendar'],
    );
    const token = first.state.google.oauth.issueAccessToken(grant.id, 3599).token;
    expect(first.state.google.oauth.findAccessToken(token).ok).toBe(true);
    expect(second.state.google.oauth.findAccessToken(token).ok).toBe(false);
  });
});
