import request from 'supertest';
import { createSandbox, type SandboxOptions } from '../create-sandbox';
import { calendarScope, googleTokens } from './oauth-flow';

/** Friday 20 November 2026, 15:00 in New York: the clock most Google tests pin. */
export const fridayAfternoon = Date.parse('2026-11-20T20:00:00Z');
export const calendarBase = '/google/calendar/v3';

/** A sandbox and an authorized caller of its Calendar API. */
export async function googleApi(options: SandboxOptions = {}, scope = calendarScope) {
  const sandbox = createSandbox({ clock: () => fridayAfternoon, ...options });
  const tokens = await googleTokens(sandbox.app, {}, scope);
  const auth = `Bearer ${tokens.access_token}`;
  return {
    sandbox,
    tokens,
    get: (path: string, query: Record<string, string | string[]> = {}) =>
      request(sandbox.app).get(`${calendarBase}${path}`).query(query).set('Authorization', auth),
    post: (path: string, body: unknown, query: Record<string, string> = {}) =>
      request(sandbox.app)
        .post(`${calendarBase}${path}`)
        .query(query)
        .set('Authorization', auth)
        .send(body as object),
  };
}
