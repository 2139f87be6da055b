import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { googleApi } from '../test-utils/google-api';
import { expectValid, googleErrorSchema, googleValidator } from '../test-utils/specs';
import { Ajv } from 'ajv';

let schema: ReturnType<typeof googleValidator>;
beforeAll(() => {
  schema = googleValidator();
});
const errorBody = new Ajv({ strict: false }).compile(googleErrorSchema);

describe('Google Calendar responses conform to the discovery document', () => {
  it('events.get: every seeded event and instance is a valid Event', async () => {
    const { get, sandbox } = await googleApi();
    const event = schema('Event');
    for (const id of sandbox.state.google.calendars.primary().events.keys()) {
      const response = await get(`/calendars/primary/events/${id}`);
      expect(response.status).toBe(200);
      expectValid(event, response.body);
    }
  });

  it('events.list: pages with and without singleEvents are valid Events collections', async () => {
    const { get } = await googleApi();
    const events = schema('Events');
    for (const query of [
      {},
      {
        singleEvents: 'true',
        orderBy: 'startTime',
        timeMin: '2026-11-01T00:00:00Z',
        maxResults: '5',
      },
      {
        showDeleted: 'true',
        singleEvents: 'true',
        timeMin: '2026-11-16T00:00:00Z',
        timeMax: '2026-12-01T00:00:00Z',
      },
    ]) {
      const response = await get('/calendars/primary/events', query);
      expect(response.status).toBe(200);
      expectValid(events, response.body);
    }
  });

  it('events.insert with a Meet, and calendars.get', async () => {
    const { post, get } = await googleApi();
    const created = await post(
      '/calendars/primary/events',
      {
        summary: 'Conformance',
        start: { dateTime: '2026-11-24T11:00:00-05:00' },
        end: { dateTime: '2026-11-24T12:00:00-05:00' },
        attendees: [{ email: 'a@example.org', optional: true }],
        reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 5 }] },
        conferenceData: {
          createRequest: { requestId: 'conf-1', conferenceSolutionKey: { type: 'hangoutsMeet' } },
        },
      },
      { conferenceDataVersion: '1', maxAttendees: '1' },
    );
    expectValid(schema('Event'), created.body);
    expectValid(schema('Calendar'), (await get('/calendars/primary')).body);
  });

  it('freeBusy answers are valid FreeBusyResponses, errors included', async () => {
    const { post } = await googleApi();
    const response = await post('/freeBusy', {
      timeMin: '2026-11-23T00:00:00Z',
      timeMax: '2026-11-30T00:00:00Z',
      items: [{ id: 'primary' }, { id: 'nobody@example.org' }],
    });
    expectValid(schema('FreeBusyResponse'), response.body);
  });

  it('every error has Google’s error body', async () => {
    const { sandbox, get, post } = await googleApi();
    const responses = [
      await request(sandbox.app).get('/google/calendar/v3/calendars/primary/events/abc123'),
      await request(sandbox.app)
        .get('/google/calendar/v3/calendars/primary/events/abc123')
        .set('Authorization', 'Bearer x'),
      await get('/calendars/primary/events/nothere00'),
      await get('/calendars/primary/events', { orderBy: 'startTime' }),
      await get('/calendars/primary/events', { timeMin: 'yesterday' }),
      await post('/calendars/primary/events', { summary: 'x' }),
      await post('/calendars/primary/events', {
        id: 'abc123',
        start: { date: '2026-12-01' },
        end: { date: '2026-12-02' },
      }),
      await get('/no/such/path'),
    ];
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(errorBody(response.body)).toBe(true);
    }
  });
});

describe('the conformance validators have teeth', () => {
  it('reject a field Google does not have and a wrong type', () => {
    const event = googleValidator()('Event');
    expect(event({ id: 'abc123', summary: 'x' })).toBe(true);
    expect(event({ id: 'abc123', title: 'x' })).toBe(false);
    expect(event({ id: 'abc123', attendees: [{ email: 'a@b.c', responseStatus: 1 }] })).toBe(false);
  });
});
