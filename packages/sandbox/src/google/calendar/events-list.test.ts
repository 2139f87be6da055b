import { describe, expect, it } from 'vitest';
import { googleApi } from '../../test-utils/google-api';
import type { GoogleEvent } from './event-resource';

const week = { timeMin: '2026-11-23T00:00:00-05:00', timeMax: '2026-11-28T00:00:00-05:00' };
const summaries = (body: { items: GoogleEvent[] }) => body.items.map((event) => event.summary);

describe('events.list', () => {
  it('expands the recurring stand-up with singleEvents and orders by start time', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', {
      ...week,
      singleEvents: 'true',
      orderBy: 'startTime',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      kind: 'calendar#events',
      timeZone: 'America/New_York',
      accessRole: 'owner',
    });
    const standups = response.body.items.filter(
      (event: GoogleEvent) => event.summary === 'Team stand-up',
    );
    // Monday–Friday less Wednesday's cancelled one.
    expect(standups.map((event: GoogleEvent) => event.start.dateTime)).toEqual([
      '2026-11-23T09:30:00-05:00',
      '2026-11-24T09:30:00-05:00',
      '2026-11-26T09:30:00-05:00',
      '2026-11-27T09:30:00-05:00',
    ]);
    const starts = response.body.items.map((event: GoogleEvent) =>
      Date.parse(event.start.dateTime ?? `${event.start.date}T05:00:00Z`),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(summaries(response.body)).toEqual(
      expect.arrayContaining([
        'Design review',
        'Northwind quarterly check-in',
        'Quarterly planning offsite',
      ]),
    );
  });

  it('shows the cancelled instance and event only with showDeleted', async () => {
    const { get } = await googleApi();
    const query = {
      timeMin: '2026-11-16T00:00:00-05:00',
      timeMax: '2026-11-28T00:00:00-05:00',
      singleEvents: 'true',
    };
    const hidden = await get('/calendars/primary/events', query);
    expect(hidden.body.items.some((event: GoogleEvent) => event.status === 'cancelled')).toBe(
      false,
    );
    const shown = await get('/calendars/primary/events', { ...query, showDeleted: 'true' });
    const cancelled = shown.body.items.filter((event: GoogleEvent) => event.status === 'cancelled');
    expect(cancelled.map((event: GoogleEvent) => event.summary).sort()).toEqual([
      'Team stand-up',
      'Vendor demo (cancelled)',
    ]);
  });

  it('lists the series itself without singleEvents', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', week);
    const standups = response.body.items.filter(
      (event: GoogleEvent) => event.summary === 'Team stand-up',
    );
    expect(standups).toHaveLength(1);
    expect(standups[0].recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR']);
  });

  it('refuses orderBy=startTime without singleEvents with 400, as Google does', async () => {
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', { orderBy: 'startTime' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 400,
      message: 'The requested ordering is not available for the particular query.',
    });
  });

  it('refuses an empty range, a time without offset and an unknown orderBy', async () => {
    const { get } = await googleApi();
    const empty = await get('/calendars/primary/events', {
      timeMin: week.timeMax,
      timeMax: week.timeMin,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.errors[0].reason).toBe('timeRangeEmpty');
    const noOffset = await get('/calendars/primary/events', { timeMin: '2026-11-23T00:00:00' });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.error.errors[0]).toMatchObject({ reason: 'invalid', location: 'timeMin' });
    const badOrder = await get('/calendars/primary/events', { orderBy: 'title' });
    expect(badOrder.body.error.errors[0].location).toBe('orderBy');
  });

  it('matches q against summary, location, attendee names and emails', async () => {
    const { get } = await googleApi();
    const search = async (q: string) =>
      summaries(
        (await get('/calendars/primary/events', { ...week, singleEvents: 'true', q })).body,
      );
    expect(await search('marcus')).toEqual(
      expect.arrayContaining(['Design review', 'Team stand-up', 'Northwind quarterly check-in']),
    );
    expect(await search('raj@northwind.example')).toEqual(['Northwind quarterly check-in']);
    expect(await search('room 4b')).toEqual(['Design review']);
    expect(await search('nobody-matches-this')).toEqual([]);
  });

  it('pages with maxResults and nextPageToken until the token is absent', async () => {
    const { get } = await googleApi();
    const query = { ...week, singleEvents: 'true', orderBy: 'startTime' };
    const all = summaries((await get('/calendars/primary/events', query)).body);
    const paged: Array<string | undefined> = [];
    let pageToken: string | undefined;
    do {
      const response = await get('/calendars/primary/events', {
        ...query,
        maxResults: '3',
        ...(pageToken ? { pageToken } : {}),
      });
      expect(response.body.items.length).toBeLessThanOrEqual(3);
      paged.push(...summaries(response.body));
      pageToken = response.body.nextPageToken;
    } while (pageToken);
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
  });

  it('refuses a page token from another query', async () => {
    const { get } = await googleApi();
    const first = await get('/calendars/primary/events', {
      ...week,
      singleEvents: 'true',
      maxResults: '1',
    });
    const token = first.body.nextPageToken as string;
    const response = await get('/calendars/primary/events', {
      singleEvents: 'true',
      maxResults: '1',
      pageToken: token,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.errors[0].location).toBe('pageToken');
  });

  it('keeps a series at its wall-clock time across the DST change', async () => {
    // Sprint planning runs fortnightly on Mondays at 10:00 New York time, through the change on 14 March 2027.
    const { get } = await googleApi();
    const response = await get('/calendars/primary/events', {
      timeMin: '2027-03-01T00:00:00-05:00',
      timeMax: '2027-03-30T00:00:00-04:00',
      singleEvents: 'true',
      orderBy: 'startTime',
      q: 'Sprint planning',
    });
    const starts = response.body.items.map((event: GoogleEvent) => event.start.dateTime);
    // Fortnightly from 2 November: 8 March before the change (UTC-5), 22 March after it (UTC-4).
    expect(starts).toEqual(['2027-03-08T10:00:00-05:00', '2027-03-22T10:00:00-04:00']);
    const window = await get('/calendars/primary/events', {
      timeMin: '2027-03-13T00:00:00-05:00',
      timeMax: '2027-03-15T00:00:00-04:00',
      q: 'Overnight release window',
    });
    expect(window.body.items[0]).toMatchObject({
      start: { dateTime: '2027-03-13T22:00:00-05:00' },
      end: { dateTime: '2027-03-14T06:00:00-04:00' },
    });
  });
});
