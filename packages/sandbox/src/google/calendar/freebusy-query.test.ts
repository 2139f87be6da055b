import { describe, expect, it } from 'vitest';
import { googleApi } from '../../test-utils/google-api';

const tuesday = { timeMin: '2026-11-24T00:00:00-05:00', timeMax: '2026-11-25T00:00:00-05:00' };

describe('freeBusy', () => {
  it('returns merged busy intervals in the requested zone, per calendar', async () => {
    const { post } = await googleApi();
    const response = await post('/freeBusy', {
      ...tuesday,
      timeZone: 'America/New_York',
      items: [{ id: 'primary' }],
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      kind: 'calendar#freeBusy',
      timeMin: '2026-11-24T05:00:00.000Z',
      timeMax: '2026-11-25T05:00:00.000Z',
      calendars: {
        primary: {
          busy: [
            { start: '2026-11-24T09:30:00-05:00', end: '2026-11-24T09:45:00-05:00' },
            { start: '2026-11-24T12:30:00-05:00', end: '2026-11-24T13:30:00-05:00' },
            { start: '2026-11-24T16:00:00-05:00', end: '2026-11-24T17:00:00-05:00' },
          ],
        },
      },
    });
  });

  it('does not count transparent or cancelled events, and defaults to UTC', async () => {
    const { post } = await googleApi();
    // Monday 23 Nov: Focus time 08:00–09:30 is transparent; the stand-up 09:30 and review 14:00 are busy.
    const monday = await post('/freeBusy', {
      timeMin: '2026-11-23T00:00:00-05:00',
      timeMax: '2026-11-24T00:00:00-05:00',
      items: [{ id: 'primary' }],
    });
    expect(monday.body.calendars.primary.busy).toEqual([
      { start: '2026-11-23T14:30:00Z', end: '2026-11-23T14:45:00Z' },
      { start: '2026-11-23T19:00:00Z', end: '2026-11-23T20:00:00Z' },
    ]);
    // Wednesday 25 Nov: the stand-up is cancelled.
    const wednesday = await post('/freeBusy', {
      timeMin: '2026-11-25T00:00:00-05:00',
      timeMax: '2026-11-26T00:00:00-05:00',
      items: [{ id: 'avery.chen@example.com' }],
    });
    expect(wednesday.body.calendars['avery.chen@example.com'].busy).toEqual([]);
  });

  it('sees an inserted event, and clips intervals to the window', async () => {
    const { post } = await googleApi();
    await post('/calendars/primary/events', {
      summary: 'Long workshop',
      start: { dateTime: '2026-11-24T22:00:00-05:00' },
      end: { dateTime: '2026-11-25T02:00:00-05:00' },
    });
    const response = await post('/freeBusy', {
      ...tuesday,
      timeZone: 'America/New_York',
      items: [{ id: 'primary' }],
    });
    expect(response.body.calendars.primary.busy.at(-1)).toEqual({
      start: '2026-11-24T22:00:00-05:00',
      end: '2026-11-25T00:00:00-05:00',
    });
  });

  it('reports unknown calendars inside the 200', async () => {
    const { post } = await googleApi();
    const response = await post('/freeBusy', {
      ...tuesday,
      items: [{ id: 'primary' }, { id: 'stranger@example.org' }],
    });
    expect(response.status).toBe(200);
    expect(response.body.calendars['stranger@example.org']).toEqual({
      busy: [],
      errors: [{ domain: 'global', reason: 'notFound' }],
    });
  });

  it('refuses a missing or empty range', async () => {
    const { post } = await googleApi();
    const missing = await post('/freeBusy', {
      timeMin: tuesday.timeMin,
      items: [{ id: 'primary' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.errors[0].reason).toBe('required');
    const empty = await post('/freeBusy', {
      timeMin: tuesday.timeMax,
      timeMax: tuesday.timeMin,
      items: [],
    });
    expect(empty.body.error.errors[0].reason).toBe('timeRangeEmpty');
  });
});
