import request from 'supertest';
import { createSandbox, type SandboxOptions } from '../create-sandbox';
import { calendlyTokens } from './oauth-flow';

/** Friday 20 November 2026, 21:00 in Madrid (the host's zone). */
export const fridayEvening = Date.parse('2026-11-20T20:00:00Z');

/** A sandbox and an authorized caller of its Calendly API (all scopes). */
export async function calendlyApi(options: SandboxOptions = {}) {
  // supertest gives each request its own port: pin the origin resource URIs are built on.
  const sandbox = createSandbox({
    clock: () => fridayEvening,
    publicUrl: 'http://sandbox.test',
    ...options,
  });
  const tokens = await calendlyTokens(sandbox.app);
  const auth = `Bearer ${tokens.access_token}`;
  const path = (target: string) =>
    target.startsWith('http')
      ? new URL(target).pathname + new URL(target).search
      : `/calendly/api${target}`;
  return {
    sandbox,
    tokens,
    get: (target: string, query: Record<string, string> = {}) =>
      request(sandbox.app).get(path(target)).query(query).set('Authorization', auth),
    post: (target: string, body: unknown) =>
      request(sandbox.app)
        .post(path(target))
        .set('Authorization', auth)
        .send(body as object),
  };
}
