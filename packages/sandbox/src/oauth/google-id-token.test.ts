import { createPublicKey, createVerify, type JsonWebKey } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../create-sandbox';
import { calendarScope, googleClient, googleTokens } from '../test-utils/oauth-flow';

const now = Date.parse('2026-11-20T20:00:00Z');

/** Verifies an RS256 JWT against the sandbox's published keys and returns its claims. */
async function verified(app: Parameters<typeof request>[0], jwt: string) {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
    kid: string;
    alg: string;
  };
  expect(alg).toBe('RS256');
  const certs = await request(app).get('/google/oauth2/v3/certs');
  const jwk = (certs.body.keys as Array<JsonWebKey & { kid: string }>).find(
    (key) => key.kid === kid,
  );
  expect(jwk).toBeDefined();
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const valid = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(key, Buffer.from(signature, 'base64url'));
  expect(valid).toBe(true);
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

describe('Google OpenID Connect ID tokens', () => {
  it('come with an openid grant, signed with a published key, nonce echoed', async () => {
    const { app } = createSandbox({ clock: () => now });
    const tokens = await googleTokens(
      app,
      { nonce: 'n-0S6_WzA2Mj' },
      `openid email profile ${calendarScope}`,
    );
    expect(tokens.id_token).toBeDefined();
    const claims = await verified(app, tokens.id_token ?? '');
    expect(claims).toEqual({
      iss: 'https://accounts.google.com',
      azp: googleClient.clientId,
      aud: googleClient.clientId,
      sub: expect.stringMatching(/^\d{21}$/),
      email: 'avery.chen@example.com',
      email_verified: true,
      name: 'Avery Chen',
      given_name: 'Avery',
      family_name: 'Chen',
      nonce: 'n-0S6_WzA2Mj',
      iat: now / 1000,
      exp: now / 1000 + 3600,
    });
    // A refresh brings a new ID token for the same subject, without the nonce.
    const refreshed = await request(app).post('/google/token').type('form').send({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      client_id: googleClient.clientId,
      client_secret: googleClient.clientSecret,
    });
    const again = await verified(app, refreshed.body.id_token as string);
    expect(again.sub).toBe(claims.sub);
    expect(again.nonce).toBeUndefined();
  });

  it('carry only the claims the scopes allow, and none without openid', async () => {
    const { app } = createSandbox({ clock: () => now });
    const bare = await googleTokens(app, {}, `openid ${calendarScope}`);
    const claims = await verified(app, bare.id_token ?? '');
    expect(claims.email).toBeUndefined();
    expect(claims.name).toBeUndefined();
    const calendarOnly = await googleTokens(app, { prompt: 'consent' }, calendarScope);
    expect(calendarOnly.id_token).toBeUndefined();
  });
});
