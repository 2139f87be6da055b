import request from 'supertest';
import { expect } from 'vitest';
import { csrfHeader } from '@slotchat/integrations/admin-api';
import { answerConsent } from './consent';
import type { Harness } from './harness';

export const adminSecret = 'correct-horse-battery-staple';

/** The console as a browser holds it: the session cookie (a supertest agent) and the CSRF token. */
export interface ConsoleClient {
  agent: ReturnType<typeof request.agent>;
  csrfToken: string;
  get(url: string): request.Test;
  put(url: string, body?: unknown): request.Test;
  post(url: string, body?: unknown): request.Test;
  delete(url: string): request.Test;
}

/** Signs in to the admin console with the secret, as the sign-in form does. */
export async function signIn(harness: Harness, secret = adminSecret): Promise<ConsoleClient> {
  const agent = request.agent(harness.proxy.app);
  const origin = harness.config.publicOrigin;
  const response = await agent.post('/admin/api/session').set('origin', origin).send({ secret });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const csrfToken = (response.body as { csrfToken: string }).csrfToken;
  const change = (test: request.Test, body?: unknown) =>
    test
      .set({ origin, [csrfHeader]: csrfToken })
      .send(body === undefined ? undefined : (body as object));
  return {
    agent,
    csrfToken,
    get: (url) => agent.get(url),
    put: (url, body) => change(agent.put(url), body),
    post: (url, body) => change(agent.post(url), body),
    delete: (url) => change(agent.delete(url)),
  };
}

/** "Authorize" in the console, then "Allow" or "Deny" on the sandbox's consent page. */
export async function ownerAuthorizes(
  harness: Harness,
  console: ConsoleClient,
  integration: 'google-calendar' | 'calendly',
  decision: 'allow' | 'deny' = 'allow',
): Promise<request.Response> {
  const created = await console.post(`/admin/api/integrations/${integration}/authorizations`);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const start = new URL((created.body as { authorizeUrl: string }).authorizeUrl);
  const redirect = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
  expect(redirect.status).toBe(302);
  const callback = await answerConsent(redirect.headers.location ?? '', decision);
  return request(harness.proxy.app).get(`${callback.pathname}${callback.search}`);
}
