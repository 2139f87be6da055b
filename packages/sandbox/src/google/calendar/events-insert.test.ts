import { describe, expect, it } from 'vitest';
import { googleApi } from '../../test-utils/google-api';

const meeting = {
  summary: 'Kick-off with Acme',
  start: { dateTime: '2026-11-24T11:00:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-11-24T11:30:00', timeZone: 'America/New_York' },
  attendees: [
    { email: 'ana@acme.example', displayName: 'Ana Souza' },
    { email: 'priya.natarajan@example.com' },
  ],
};
const meetRequest = {
  createRequest: { requestId: 'req-1', conferenceSolutionKey: { type: 'hangoutsMeet' } },
};

describe('events.insert', () => {
  it('creates an event that later reads see: get, list and freeBusy', async () => {
    const { post, get } = await googleApi();
    const created = await post('/calendars/primary/events', meeting);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      kind: 'calendar#event',
      status: 'confirmed',
      summary: 'Kick-off with Acme',
      start: { dateTime: '2026-11-24T11:00:00-05:00', timeZone: 'America/New_York' },
      organizer: { email: 'avery.chen@example.com', self: true },
      attendees: [
        { email: 'ana@acme.example', displayName: 'Ana Souza', responseStatus: 'needsAction' },
        { email: 'priya.natarajan@example.com', responseStatus: 'needsAction' },
      ],
    });
    expect(created.body.id).toMatch(/^[a-v0-9]{26}$/);
    expect((await get(`/calendars/primary/events/${created.body.id}`)).body.summary).toBe(
      'Kick-off with Acme',
    );
    const listed = await get('/calendars/primary/events', { q: 'acme', singleEvents: 'true' });
    expect(listed.body.items.map((event: { id: string }) => event.id)).toEqual([created.body.id]);
  });

  it('creates a Meet link only with conferenceDataVersion=1', async () => {
    const { post } = await googleApi();
    const ignored = await post('/calendars/primary/events', {
      ...meeting,
      conferenceData: meetRequest,
    });
    expect(ignored.body.conferenceData).toBeUndefined();
    expect(ignored.body.hangoutLink).toBeUndefined();
    const created = await post(
      '/calendars/primary/events',
      {
        ...meeting,
        conferenceData: { createRequest: { ...meetRequest.createRequest, requestId: 'req-2' } },
      },
      { conferenceDataVersion: '1' },
    );
    expect(created.body.hangoutLink).toMatch(
      /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/,
    );
    expect(created.body.conferenceData).toMatchObject({
      createRequest: { requestId: 'req-2', status: { statusCode: 'success' } },
      entryPoints: [{ entryPointType: 'video', uri: created.body.hangoutLink }],
      conferenceSolution: { key: { type: 'hangoutsMeet' } },
    });
  });

  it('ignores a reused Meet requestId and refuses an unknown conference type', async () => {
    const { post } = await googleApi();
    const version = { conferenceDataVersion: '1' };
    await post('/calendars/primary/events', { ...meeting, conferenceData: meetRequest }, version);
    const reused = await post(
      '/calendars/primary/events',
      { ...meeting, conferenceData: meetRequest },
      version,
    );
    expect(reused.status).toBe(200);
    expect(reused.body.hangoutLink).toBeUndefined();
    const bad = await post(
      '/calendars/primary/events',
      {
        ...meeting,
        conferenceData: {
          createRequest: { requestId: 'x', conferenceSolutionKey: { type: 'zoom' } },
        },
      },
      version,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Invalid conference type value.');
  });

  it('honours a client-supplied id and refuses a duplicate with 409', async () => {
    const { post } = await googleApi();
    const first = await post('/calendars/primary/events', { ...meeting, id: 'slotchat0001' });
    expect(first.body.id).toBe('slotchat0001');
    const again = await post('/calendars/primary/events', { ...meeting, id: 'slotchat0001' });
    expect(again.status).toBe(409);
    expect(again.body.error.errors[0]).toEqual({
      domain: 'global',
      reason: 'duplicate',
      message: 'The requested identifier already exists.',
    });
    const seeded = await post('/calendars/primary/events', { ...meeting, id: 'abc123' });
    expect(seeded.status).toBe(409);
    const invalid = await post('/calendars/primary/events', { ...meeting, id: 'Not_Base32!' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toBe('Invalid resource id value.');
  });

  it('records invitations for sendUpdates=all, externalOnly and none', async () => {
    const { post, sandbox } = await googleApi();
    const notes = sandbox.state.google.calendars.notifications;
    await post('/calendars/primary/events', meeting, { sendUpdates: 'none' });
    await post('/calendars/primary/events', meeting);
    expect(notes).toHaveLength(0);
    await post('/calendars/primary/events', meeting, { sendUpdates: 'externalOnly' });
    expect(notes.map((note) => note.to)).toEqual(['ana@acme.example']);
    await post('/calendars/primary/events', meeting, { sendUpdates: 'all' });
    expect(notes.map((note) => note.to)).toEqual([
      'ana@acme.example',
      'ana@acme.example',
      'priya.natarajan@example.com',
    ]);
    const bad = await post('/calendars/primary/events', meeting, { sendUpdates: 'everyone' });
    expect(bad.body.error.errors[0].location).toBe('sendUpdates');
  });

  it('creates all-day events with an exclusive end date', async () => {
    const { post, get } = await googleApi();
    const created = await post('/calendars/primary/events', {
      summary: 'Conference',
      start: { date: '2026-12-03' },
      end: { date: '2026-12-04' },
    });
    expect(created.body).toMatchObject({
      start: { date: '2026-12-03' },
      end: { date: '2026-12-04' },
    });
    const free = await get('/calendars/primary/events', {
      timeMin: '2026-12-04T00:00:00-05:00',
      timeMax: '2026-12-05T00:00:00-05:00',
      q: 'Conference',
    });
    expect(free.body.items).toEqual([]);
  });

  it.each([
    ['no end', { summary: 'x', start: meeting.start }, 'Missing end time.'],
    [
      'a time without offset or zone',
      { ...meeting, start: { dateTime: '2026-11-24T11:00:00' } },
      'Missing time zone definition for start time.',
    ],
    [
      'date mixed with dateTime',
      { ...meeting, end: { date: '2026-11-25' } },
      'Start and end times must either both be date or both be dateTime.',
    ],
    [
      'an attendee without email',
      { ...meeting, attendees: [{ displayName: 'Ana' }] },
      'Missing attendee email.',
    ],
    [
      'a bad recurrence rule',
      { ...meeting, recurrence: ['RRULE:FREQ=SOMETIMES'] },
      'Invalid recurrence rule.',
    ],
  ])('refuses %s with 400', async (_name, body, message) => {
    const { post } = await googleApi();
    const response = await post('/calendars/primary/events', body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(message);
  });

  it('refuses an end before the start, or an all-day end not after it, with timeRangeEmpty', async () => {
    const { post } = await googleApi();
    const response = await post('/calendars/primary/events', {
      ...meeting,
      end: meeting.start,
      start: meeting.end,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0].reason).toBe('timeRangeEmpty');
    // The all-day end date is exclusive: the same date as the start is an empty range.
    const sameDay = await post('/calendars/primary/events', {
      summary: 'Zero days',
      start: { date: '2026-12-03' },
      end: { date: '2026-12-03' },
    });
    expect(sameDay.status).toBe(400);
    expect(sameDay.body.error.errors[0].reason).toBe('timeRangeEmpty');
    // A timed event may start and end at the same instant (a reminder-like marker).
    const instant = await post('/calendars/primary/events', { ...meeting, end: meeting.start });
    expect(instant.status).toBe(200);
  });

  it('answers malformed JSON with 400 parseError', async () => {
    const { sandbox, tokens } = await googleApi();
    const { default: request } = await import('supertest');
    const response = await request(sandbox.app)
      .post('/google/calendar/v3/calendars/primary/events')
      .set('Authorization', `Bearer ${tokens.access_token}`)
      .set('Content-Type', 'application/json')
      .send('{"summary": ');
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0].reason).toBe('parseError');
  });

  it('needs a write scope: a read-only token gets 403 insufficientPermissions', async () => {
    const { post } = await googleApi({}, 'https://www.googleapis.com/auth/calendar.readonly');
    const response = await post('/calendars/primary/events', meeting);
    expect(response.status).toBe(403);
    expect(response.body.error.errors[0].reason).toBe('insufficientPermissions');
  });
});
