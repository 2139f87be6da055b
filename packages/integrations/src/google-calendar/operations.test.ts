import { describe, expect, it } from 'vitest';
import { findOperation } from '../index';
import { insertEvent, listEvents, queryFreeBusy } from './operations';

describe('Google Calendar operations', () => {
  it('are all on the allow-list', () => {
    for (const id of [
      'events.get',
      'events.insert',
      'events.list',
      'freebusy.query',
      'calendars.get',
    ]) {
      expect(findOperation(`google-calendar:${id}`)?.id).toBe(`google-calendar:${id}`);
    }
  });

  it('inserts with the client-chosen id, and a Meet request keyed by it', () => {
    const params = insertEvent.params.parse({
      eventId: 'slotchat0k3v9q2l1m0',
      summary: 'Design review',
      start: { dateTime: '2026-11-20T15:00:00+01:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-11-20T16:00:00+01:00', timeZone: 'Europe/Berlin' },
      attendees: [{ email: 'ana@example.com' }],
      addMeet: true,
    });
    const request = insertEvent.request(params);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/calendars/primary/events',
      query: { conferenceDataVersion: 1, sendUpdates: 'all' },
      body: {
        id: 'slotchat0k3v9q2l1m0',
        conferenceData: { createRequest: { requestId: 'slotchat0k3v9q2l1m0' } },
      },
    });
  });

  it('reads the created event back by the same id after a duplicate', () => {
    const params = insertEvent.params.parse({
      eventId: 'slotchat0k3v9q2l1m0',
      summary: 'x',
      start: { dateTime: '2026-11-20T15:00:00+01:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-11-20T16:00:00+01:00', timeZone: 'Europe/Berlin' },
    });
    expect(insertEvent.readBack?.(params)).toEqual({
      method: 'GET',
      path: '/calendars/primary/events/slotchat0k3v9q2l1m0',
    });
  });

  it('refuses unknown fields, bad emails and times without an offset', () => {
    const base = {
      eventId: 'slotchat0k3v9q2l1m0',
      summary: 'x',
      start: { dateTime: '2026-11-20T15:00:00+01:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-11-20T16:00:00+01:00', timeZone: 'Europe/Berlin' },
    };
    expect(insertEvent.params.safeParse({ ...base, colorId: '3' }).success).toBe(false);
    expect(insertEvent.params.safeParse({ ...base, attendees: [{ email: 'nope' }] }).success).toBe(
      false,
    );
    expect(
      insertEvent.params.safeParse({
        ...base,
        start: { dateTime: '2026-11-20T15:00:00', timeZone: 'Europe/Berlin' },
      }).success,
    ).toBe(false);
  });

  it('inserts an all-day event as dates, and refuses mixed or reversed ends', () => {
    const allDay = {
      eventId: 'slotchat0k3v9q2l1m0',
      summary: 'Offsite',
      start: { date: '2026-12-14' },
      end: { date: '2026-12-16' },
    };
    expect(insertEvent.request(insertEvent.params.parse(allDay)).body).toMatchObject({
      start: { date: '2026-12-14' },
      end: { date: '2026-12-16' },
    });
    const refused = (change: object) => insertEvent.params.safeParse({ ...allDay, ...change });
    const timed = { dateTime: '2026-12-14T15:00:00+01:00', timeZone: 'Europe/Berlin' };
    expect(refused({ end: timed }).error?.issues[0]?.message).toMatch(/both be dates/);
    expect(refused({ end: { date: '2026-12-14' } }).error?.issues[0]?.message).toMatch(/after/);
    expect(refused({ start: { date: '2026-13-01' } }).success).toBe(false);
    expect(
      refused({ start: timed, end: { ...timed, dateTime: '2026-12-14T14:00:00+01:00' } }).error
        ?.issues[0]?.message,
    ).toMatch(/after/);
  });

  it('lists expanded events in start order and refuses reversed ranges', () => {
    const params = listEvents.params.parse({
      timeMin: '2026-11-19T00:00:00+01:00',
      timeMax: '2026-11-20T00:00:00+01:00',
    });
    expect(listEvents.request(params).query).toMatchObject({
      singleEvents: true,
      orderBy: 'startTime',
    });
    expect(
      listEvents.params.safeParse({
        timeMin: '2026-11-20T00:00:00+01:00',
        timeMax: '2026-11-19T00:00:00+01:00',
      }).success,
    ).toBe(false);
  });

  it('refuses free/busy ranges beyond 90 days', () => {
    expect(
      queryFreeBusy.params.safeParse({
        timeMin: '2026-01-01T00:00:00Z',
        timeMax: '2026-06-01T00:00:00Z',
      }).success,
    ).toBe(false);
    const params = queryFreeBusy.params.parse({
      timeMin: '2026-11-19T00:00:00Z',
      timeMax: '2026-11-26T00:00:00Z',
    });
    expect(queryFreeBusy.request(params).body).toMatchObject({ items: [{ id: 'primary' }] });
  });
});
