import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind } from '../faults/fault-rule';
import { calendlyApi } from '../test-utils/calendly-api';
import { calendlyValidator } from '../test-utils/calendly-spec';
import { googleApi } from '../test-utils/google-api';
import { compileGoogleError } from '../test-utils/google-spec';
import { expectValid } from '../test-utils/specs';

const event = '/calendars/primary/events/abc123';
const faults: Array<[FaultKind, number]> = [
  ['rate-limit', 403],
  ['rate-limit-429', 429],
  ['server-error', 500],
  ['unavailable', 503],
];

describe('Google error bodies match the error schema of their status', () => {
  it.each(faults)('fault %s → %i', async (kind, status) => {
    const { get } = await googleApi({ faults: [{ provider: 'google', kind }] });
    const response = await get(event);
    expect(response.status).toBe(status);
    expectValid(compileGoogleError(status), response.body);
  });

  it('403 insufficientPermissions, with the ErrorInfo detail', async () => {
    const { get } = await googleApi({}, 'https://www.googleapis.com/auth/calendar.freebusy');
    const response = await get(event);
    expect(response.status).toBe(403);
    expectValid(compileGoogleError(403), response.body);
    expect(response.body.error.details).toEqual([
      expect.objectContaining({ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }),
    ]);
  });

  it('400, 401, 404 and 409 from the methods themselves', async () => {
    const { sandbox, get, post } = await googleApi();
    const cases: Array<[number, request.Response]> = [
      [400, await get('/calendars/primary/events', { orderBy: 'startTime' })],
      [400, await get('/calendars/primary/events', { timeMin: 'yesterday' })],
      [400, await post('/calendars/primary/events', { summary: 'x' })],
      [400, await post('/calendars/primary/events', { sumary: 'x' })],
      [
        400,
        await get('/calendars/primary/events', {
          timeMin: '2026-11-24T00:00:00Z',
          timeMax: '2026-11-23T00:00:00Z',
        }),
      ],
      [401, await request(sandbox.app).get(`/google/calendar/v3${event}`)],
      [
        401,
        await request(sandbox.app)
          .get(`/google/calendar/v3${event}`)
          .set('Authorization', 'Bearer ya29.forged'),
      ],
      [404, await get('/calendars/primary/events/nothere00')],
      [404, await get('/no/such/path')],
      [
        409,
        await post('/calendars/primary/events', {
          id: 'abc123',
          start: { date: '2026-12-01' },
          end: { date: '2026-12-02' },
        }),
      ],
    ];
    for (const [status, response] of cases) {
      expect(response.status).toBe(status);
      expectValid(compileGoogleError(status), response.body);
    }
  });

  it('the error schemas have teeth: a wrong reason, status name or code fails', () => {
    const validate = compileGoogleError(403);
    const body = (reason: string, domain = 'usageLimits', status = 'PERMISSION_DENIED') => ({
      error: { code: 403, message: 'x', errors: [{ domain, reason, message: 'x' }], status },
    });
    expect(validate(body('rateLimitExceeded'))).toBe(true);
    expect(validate(body('notFound', 'global'))).toBe(false);
    expect(validate(body('rateLimitExceeded', 'global'))).toBe(false);
    expect(validate(body('rateLimitExceeded', 'usageLimits', 'RESOURCE_EXHAUSTED'))).toBe(false);
    expect(validate({ error: { ...body('rateLimitExceeded').error, code: 429 } })).toBe(false);
  });
});

let calendly: ReturnType<typeof calendlyValidator>;
beforeAll(() => {
  calendly = calendlyValidator();
});

describe('Calendly error bodies match the document’s error response of their status', () => {
  it.each(faults.filter(([kind]) => kind !== 'rate-limit-429'))('fault %s', async (kind) => {
    const api = await calendlyApi({ faults: [{ provider: 'calendly', kind }] });
    const response = await api.get('/users/me');
    // Both rate-limit kinds are Calendly's 429.
    const status = kind === 'rate-limit' ? 429 : response.status;
    expect(response.status).toBe(status);
    expectValid(calendly.error(status), response.body);
    if (status === 500) expectValid(calendly.response('/users/me', 'get', '500'), response.body);
    expect(response.headers['x-ratelimit-limit']).toBe('500');
  });

  it('400, 401, 403 and 404 from the operations themselves', async () => {
    const api = await calendlyApi();
    const cases: Array<[number, request.Response]> = [
      [400, await api.get('/scheduled_events')],
      [400, await api.get('/scheduled_events', { user: api.tokens.owner, colour: 'red' })],
      [401, await request(api.sandbox.app).get('/calendly/api/users/me')],
      [403, await api.get('/scheduled_events', { user: 'https://api.calendly.com/users/OTHER' })],
      [404, await api.get('/scheduled_events/NOPE')],
    ];
    for (const [status, response] of cases) {
      expect(response.status).toBe(status);
      expectValid(calendly.error(status), response.body);
    }
  });
});
