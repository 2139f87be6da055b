import request from 'supertest';
import type { Express } from 'express';
import { expect } from 'vitest';
import { s256Challenge } from '../oauth/pkce';

export const googleClient = {
  clientId: 'slotchat-sandbox-google',
  clientSecret: 'sandbox-google-secret',
  redirectUri: 'http://localhost:3000/auth/google-calendar/callback',
};
export const calendlyClient = {
  clientId: 'slotchat-sandbox-calendly',
  clientSecret: 'sandbox-calendly-secret',
  redirectUri: 'http://localhost:3000/auth/calendly/callback',
};
export const calendarScope = 'https://www.googleapis.com/auth/calendar';
export const verifier = 'a-code-verifier-that-is-long-enough-for-pkce-0123456789';
export const challenge = s256Challenge(verifier);

export const googlePaths = { authorize: '/google/o/oauth2/v2/auth', token: '/google/token' };
export const calendlyPaths = {
  authorize: '/calendly/oauth/authorize',
  token: '/calendly/oauth/token',
};

/** The hidden consent id and the form action of a consent page. */
export function consentForm(html: string): { consentId: string; action: string } {
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!consentId || !action) throw new Error('not a consent page');
  return { consentId, action };
}

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

export interface AuthorizeInput {
  paths: { authorize: string };
  client: { clientId: string; redirectUri: string };
  scope?: string;
  state?: string;
  extra?: Record<string, string>;
  decision?: 'allow' | 'deny';
  /** Scopes left ticked on Google's consent screen; default all. */
  keepScopes?: string[];
}

/** Goes through authorize → consent → redirect; returns the redirect's query parameters. */
export async function authorize(app: Express, input: AuthorizeInput): Promise<URLSearchParams> {
  const query = new URLSearchParams({
    client_id: input.client.clientId,
    redirect_uri: input.client.redirectUri,
    response_type: 'code',
    state: input.state ?? 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(input.scope ? { scope: input.scope } : {}),
    ...input.extra,
  });
  const page = await request(app).get(`${input.paths.authorize}?${query}`);
  expect(page.status).toBe(200);
  const form = consentForm(page.text);
  const scopes =
    input.keepScopes ??
    [...page.text.matchAll(/name="scope" value="([^"]+)"/g)].map((m) => m[1] ?? '');
  const body = new URLSearchParams({
    consent_id: form.consentId,
    decision: input.decision ?? 'allow',
  });
  scopes.forEach((scope) => body.append('scope', scope));
  const decision = await request(app).post(form.action).type('form').send(body.toString());
  expect(decision.status).toBe(302);
  const location = new URL(decision.headers.location ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(input.client.redirectUri);
  return location.searchParams;
}

/** The full code flow for Google's sandbox client: returns the token response body. */
export async function googleTokens(
  app: Express,
  extra: Record<string, string> = {},
  scope = calendarScope,
) {
  const params = await authorize(app, {
    paths: googlePaths,
    client: googleClient,
    scope,
    extra: { access_type: 'offline', ...extra },
  });
  const response = await request(app)
    .post(googlePaths.token)
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: googleClient.redirectUri,
      code_verifier: verifier,
      client_id: googleClient.clientId,
      client_secret: googleClient.clientSecret,
    });
  expect(response.status).toBe(200);
  return response.body as {
    access_token: string;
    refresh_token?: string;
    scope: string;
    expires_in: number;
    id_token?: string;
  };
}

/** The full code flow for Calendly's sandbox client (HTTP Basic client authentication). */
export async function calendlyTokens(app: Express) {
  const params = await authorize(app, { paths: calendlyPaths, client: calendlyClient });
  const response = await request(app)
    .post(calendlyPaths.token)
    .set('Authorization', basic(calendlyClient.clientId, calendlyClient.clientSecret))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: calendlyClient.redirectUri,
      code_verifier: verifier,
    });
  expect(response.status).toBe(200);
  return response.body as {
    access_token: string;
    refresh_token: string;
    owner: string;
    organization: string;
  };
}

/** A clock tests move by hand. */
export function manualClock(start: string | number) {
  let now = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
