import { beforeAll, describe, expect, it } from 'vitest';
import { googleApi } from '../test-utils/google-api';
import { googleValidator } from '../test-utils/google-spec';
import { expectValid } from '../test-utils/specs';

let schema: ReturnType<typeof googleValidator>;
beforeAll(() => {
  schema = googleValidator();
});

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
});

describe('the conformance validators have teeth', () => {
  it('reject a field Google does not have, a wrong type and a missing field', async () => {
    const { get } = await googleApi();
    const event = googleValidator()('Event');
    const review = (await get('/calendars/primary/events/abc123')).body as Record<string, unknown>;
    expect(event(review)).toBe(true);
    expect(event({ ...review, title: 'x' })).toBe(false);
    expect(event({ ...review, attendees: [{ email: 'a@b.c', responseStatus: 1 }] })).toBe(false);
    for (const field of ['id', 'start', 'end', 'status', 'etag']) {
      const { [field]: _dropped, ...rest } = review;
      expect(event(rest), `without ${field}`).toBe(false);
    }
    expect(event({ ...review, start: {} })).toBe(false);
    // A deleted event only guarantees its id (and Google still sends kind, etag and status).
    expect(event({ kind: 'calendar#event', etag: '"1"', id: 'x1234', status: 'cancelled' })).toBe(
      true,
    );
    expect(event({})).toBe(false);
  });

  it('reject a collection or a free/busy answer that lost its fields', async () => {
    const { get, post } = await googleApi();
    const validator = googleValidator();
    const events = validator('Events');
    const list = (await get('/calendars/primary/events', { maxResults: '1' })).body as Record<
      string,
      unknown
    >;
    expect(events(list)).toBe(true);
    const { items: _items, ...withoutItems } = list;
    expect(events(withoutItems)).toBe(false);
    expect(events({})).toBe(false);
    const freeBusy = validator('FreeBusyResponse');
    const busy = (
      await post('/freeBusy', {
        timeMin: '2026-11-23T00:00:00Z',
        timeMax: '2026-11-24T00:00:00Z',
        items: [{ id: 'primary' }],
      })
    ).body as { calendars: Record<string, { busy: unknown[] }> };
    expect(freeBusy(busy)).toBe(true);
    expect(freeBusy({ ...busy, calendars: { primary: {} } })).toBe(false);
    expect(freeBusy({ calendars: busy.calendars })).toBe(false);
    expect(validator('Calendar')({ kind: 'calendar#calendar', id: 'x' })).toBe(false);
  });
});
