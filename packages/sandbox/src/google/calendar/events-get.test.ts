import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../create-sandbox';
import { calendarScope, googleTokens } from '../../test-utils/oauth-flow';

// A Friday afternoon in New York: the next working day is Monday 23 November.
const now = Date.parse('2026-11-20T20:00:00Z');
const path = '/google/calendar/v3/calendars/primary/events';

async function setup(scope = calendarScope) {
  const sandbox = createSandbox({ clock: () => now });
  const tokens = await googleTokens(sandbox.app, {}, scope);
  const get = (id: string, query = '', calendarId = 'primary') =>
    request(sandbox.app)
      .get(`/google/calendar/v3/calendars/${calendarId}/events/${id}${query}`)
      .set('Authorization', `Bearer ${tokens.access_token}`);
  return { sandbox, get };
}

describe('events.get', () => {
  it('returns the seeded design review with attendees, location and Meet link', async () => {
    const { get } = await setup();
    const response = await get('abc123');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      kind: 'calendar#event',
      id: 'abc123',
      status: 'confirmed',
      summary: 'Design review',
      location: expect.stringContaining('Room 4B'),
      start: { dateTime: '2026-11-23T14:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-11-23T15:00:00-05:00', timeZone: 'America/New_York' },
      hangoutLink: expect.stringMatching(
        /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/,
      ),
      organizer: { email: 'avery.chen@example.com', self: true },
    });
    expect(response.body.conferenceData.entryPoints[0].uri).toBe(response.body.hangoutLink);
    expect(response.body.attendees).toContainEqual({
      email: 'marcus.webb@example.com',
      displayName: 'Marcus Webb',
      responseStatus: 'tentative',
    });
    const eid = new URL(response.body.htmlLink).searchParams.get('eid') ?? '';
    expect(Buffer.from(eid, 'base64url').toString()).toBe('abc123 avery.chen@example.com');
  });

  it('writes times in the zone the timeZone parameter asks for', async () => {
    const { get } = await setup();
    const response = await get('abc123', '?timeZone=Europe/Berlin');
    expect(response.body.start).toEqual({
      dateTime: '2026-11-23T20:00:00+01:00',
      timeZone: 'America/New_York',
    });
  });

  it('refuses an unknown time zone with 400 invalid naming the parameter', async () => {
    const { get } = await setup();
    const response = await get('abc123', '?timeZone=Mars/Olympus');
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0]).toMatchObject({
      reason: 'invalid',
      location: 'timeZone',
    });
  });

  it('refuses a query parameter the method does not have, as Google does', async () => {
    const { get } = await setup();
    const response = await get('abc123', '?colour=blue');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Unknown name "colour"');
    expect((await get('abc123', '?fields=id&prettyPrint=false')).status).toBe(200);
  });

  it('answers 404 notFound in Google error form for an unknown event or calendar', async () => {
    const { get } = await setup();
    const expected = {
      error: {
        code: 404,
        message: 'Not Found',
        errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
        status: 'NOT_FOUND',
      },
    };
    const missing = await get('doesnotexist1');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(expected);
    // Lookup is per calendar: the seeded event's id on another calendar is not found.
    const otherCalendar = await get('abc123', '', 'someone@example.com');
    expect(otherCalendar.status).toBe(404);
    expect(otherCalendar.body).toEqual(expected);
  });

  it('answers 401 with Google error bodies for a missing or invalid token', async () => {
    const { sandbox } = await setup();
    const missing = await request(sandbox.app).get(`${path}/abc123`);
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(missing.body.error.errors[0]).toMatchObject({
      reason: 'required',
      location: 'Authorization',
    });
    const invalid = await request(sandbox.app)
      .get(`${path}/abc123`)
      .set('Authorization', 'Bearer ya29.forged');
    expect(invalid.status).toBe(401);
    expect(invalid.body.error.errors[0]).toEqual({
      domain: 'global',
      reason: 'authError',
      message: 'Invalid Credentials',
      locationType: 'header',
      location: 'Authorization',
    });
  });

  it('answers 403 insufficientPermissions for a token without a calendar read scope', async () => {
    const { get } = await setup('https://www.googleapis.com/auth/calendar.freebusy');
    const response = await get('abc123');
    expect(response.status).toBe(403);
    expect(response.body.error.errors[0].reason).toBe('insufficientPermissions');
    expect(response.body.error.details[0].reason).toBe('ACCESS_TOKEN_SCOPE_INSUFFICIENT');
  });

  it('returns an instance of a recurring series by its instance id, and cancelled events', async () => {
    const { sandbox, get } = await setup();
    const calendar = sandbox.state.google.calendars.primary();
    const standup = [...calendar.events.values()].find(
      (event) => event.summary === 'Team stand-up' && event.recurrence,
    );
    expect(standup).toBeDefined();
    // Monday 23 November, 09:30 New York = 14:30 UTC.
    const instance = await get(`${standup?.id}_20261123T143000Z`);
    expect(instance.status).toBe(200);
    expect(instance.body).toMatchObject({
      recurringEventId: standup?.id,
      start: { dateTime: '2026-11-23T09:30:00-05:00' },
      originalStartTime: { dateTime: '2026-11-23T09:30:00-05:00' },
    });
    expect(instance.body.recurrence).toBeUndefined();
    // Saturday has no stand-up.
    expect((await get(`${standup?.id}_20261121T143000Z`)).status).toBe(404);
    // Wednesday 25 November's stand-up was cancelled; get still returns it.
    const cancelled = await get(`${standup?.id}_20261125T143000Z`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });
});
