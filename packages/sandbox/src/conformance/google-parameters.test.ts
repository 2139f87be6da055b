import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendarBase, googleApi } from '../test-utils/google-api';
import { googleDiscovery } from '../test-utils/google-spec';

interface DiscoveryParameter {
  location: string;
  type: string;
  enum?: string[];
  format?: string;
  minimum?: string;
}

/** The methods the sandbox emulates, by their discovery resource and method names. */
const methods = [
  ['events', 'get', 'GET', '/calendars/primary/events/abc123'],
  ['events', 'list', 'GET', '/calendars/primary/events'],
  ['events', 'insert', 'POST', '/calendars/primary/events'],
  ['freebusy', 'query', 'POST', '/freeBusy'],
  ['calendars', 'get', 'GET', '/calendars/primary'],
] as const;

/** Parameters the sandbox knows and refuses on purpose, with the reason (README). */
const refusedOnPurpose: Record<string, string> = { syncToken: 'sync tokens are not emulated' };

const bodies: Record<string, () => object> = {
  insert: () => ({
    summary: 'Parameter check',
    start: { dateTime: '2026-12-01T10:00:00-05:00' },
    end: { dateTime: '2026-12-01T11:00:00-05:00' },
  }),
  query: () => ({
    timeMin: '2026-11-23T00:00:00Z',
    timeMax: '2026-11-24T00:00:00Z',
    items: [{ id: 'primary' }],
  }),
};

/** A value the parameter's definition allows (the last enum value: `startTime` needs another). */
function sampleValue(name: string, parameter: DiscoveryParameter, known: Record<string, string>) {
  if (known[name] !== undefined) return known[name];
  if (parameter.enum) return parameter.enum.at(-1) ?? '';
  if (parameter.type === 'boolean') return 'false';
  if (parameter.type === 'integer') return parameter.minimum ?? '1';
  if (parameter.format === 'date-time') return '2026-11-20T00:00:00Z';
  return 'sandbox';
}

describe('every query parameter the discovery document defines is accepted', () => {
  it.each(methods)('%s.%s', async (resource, method, verb, path) => {
    const { sandbox, tokens, get } = await googleApi();
    const discovery = googleDiscovery();
    const definition = discovery.resources[resource]?.methods[method] as
      { parameters?: Record<string, DiscoveryParameter> } | undefined;
    expect(definition, `${resource}.${method} is in the discovery document`).toBeDefined();
    const parameters = {
      ...(discovery.parameters as unknown as Record<string, DiscoveryParameter>),
      ...definition?.parameters,
    };
    const firstPage = await get('/calendars/primary/events', { maxResults: '1' });
    const known: Record<string, string> = {
      timeZone: 'Europe/Berlin',
      privateExtendedProperty: 'crmAccount=northwind',
      sharedExtendedProperty: 'crmAccount=northwind',
      iCalUID: 'abc123@google.com',
      q: 'review',
      fields: 'items',
      oauth_token: tokens.access_token,
      userIp: '127.0.0.1',
      pageToken: firstPage.body.nextPageToken as string,
    };
    const queryParameters = Object.entries(parameters).filter(
      ([, parameter]) => parameter.location === 'query',
    );
    expect(queryParameters.length).toBeGreaterThan(0);
    for (const [name, parameter] of queryParameters) {
      const value = sampleValue(name, parameter, known);
      const call = request(sandbox.app)
        [verb === 'GET' ? 'get' : 'post'](`${calendarBase}${path}`)
        .query({ [name]: value })
        .set('Authorization', `Bearer ${tokens.access_token}`);
      const response = await (verb === 'POST' ? call.send(bodies[method]?.() ?? {}) : call);
      const error = response.body.error as
        { message: string; errors: Array<{ location?: string }> } | undefined;
      expect(error?.message ?? '', `${name}=${value}`).not.toContain('Unknown name');
      if (refusedOnPurpose[name]) {
        expect(response.status, `${name}: ${refusedOnPurpose[name]}`).toBe(400);
        expect(error?.errors[0]?.location).toBe(name);
      } else {
        expect(response.status, `${name}=${value}: ${JSON.stringify(response.body)}`).toBe(200);
      }
    }
  });
});
