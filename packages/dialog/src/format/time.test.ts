import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { clockChangeNote } from './clock-change';
import {
  addCalendarMonths,
  isoWithOffset,
  offsetChanges,
  startOfZonedDay,
  wallClockOf,
  wallClockFate,
  weekdayOf,
  zonedDateKey,
  zonedInstant,
  zoneOffsetMinutes,
} from './time';

describe('time in a zone', () => {
  it('builds wall-clock instants across DST', () => {
    // Berlin switches to summer time on 29 March 2026 at 02:00.
    expect(new Date(zonedInstant('Europe/Berlin', 2026, 3, 28, 15)).toISOString()).toBe(
      '2026-03-28T14:00:00.000Z',
    );
    expect(new Date(zonedInstant('Europe/Berlin', 2026, 3, 29, 15)).toISOString()).toBe(
      '2026-03-29T13:00:00.000Z',
    );
    expect(isoWithOffset(zonedInstant('Europe/Berlin', 2026, 3, 30), 'Europe/Berlin')).toBe(
      '2026-03-30T00:00:00+02:00',
    );
  });

  it('writes ISO instants with the zone’s offset, and calendar days, without date-fns formatting', () => {
    expect(isoWithOffset(Date.parse('2026-11-20T14:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-11-20T15:00:00+01:00',
    );
    expect(isoWithOffset(Date.parse('2026-11-20T14:00:00Z'), 'America/St_Johns')).toBe(
      '2026-11-20T10:30:00-03:30',
    );
    expect(isoWithOffset(Date.parse('2026-11-20T14:00:00Z'), 'UTC')).toBe('2026-11-20T14:00:00Z');
    expect(zonedDateKey('2026-11-20T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-21');
  });

  it('takes the first of a repeated time and moves a skipped one forward', () => {
    // Berlin, 31 October 2027: 02:00–03:00 happens twice; 28 March 2027: 02:00–03:00 is skipped.
    expect(new Date(zonedInstant('Europe/Berlin', 2027, 10, 31, 2, 30)).toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
    expect(wallClockFate('Europe/Berlin', 2027, 10, 31, 2, 30)).toBe('repeated');
    expect(wallClockFate('Europe/Berlin', 2027, 3, 28, 2, 30)).toBe('skipped');
    expect(wallClockFate('Europe/Berlin', 2027, 3, 28, 3, 30)).toBe('exact');
  });

  it('finds clock changes inside an event, to the minute', () => {
    const start = zonedInstant('Europe/Berlin', 2027, 10, 31, 1, 37);
    expect(offsetChanges(start, start + 2 * 3600_000, 'Europe/Berlin')).toEqual([
      { at: Date.parse('2027-10-31T01:00:00Z'), minutes: -60 },
    ]);
    expect(clockChangeNote(start, start + 2 * 3600_000, berlin)).toBe(
      'The clocks go back from 03:00 to 02:00 during this event, in Central European Time (Berlin).',
    );
    const spring = zonedInstant('America/New_York', 2027, 3, 14, 1, 30);
    const newYork = { ...berlin, timeZone: 'America/New_York', locale: 'en-US' };
    expect(clockChangeNote(spring, spring + 3600_000, newYork)).toBe(
      'The clocks go forward from 2:00 AM to 3:00 AM during this event, in Eastern Time (New York).',
    );
    expect(clockChangeNote(start - 86_400_000, start - 80_000_000, berlin)).toBeUndefined();
  });

  it('places a skipped midnight and a half-hour gap the same way, with Intl alone', () => {
    // Santiago, 6 September 2026: the clocks jump from 24:00 to 01:00, so the day starts at 01:00.
    expect(
      new Date(
        startOfZonedDay(Date.parse('2026-09-06T15:00:00Z'), 'America/Santiago'),
      ).toISOString(),
    ).toBe('2026-09-06T04:00:00.000Z');
    // Lord Howe Island moves its clocks by 30 minutes: 02:15 on 4 October 2026 is 02:45.
    expect(new Date(zonedInstant('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toISOString()).toBe(
      '2026-10-03T15:45:00.000Z',
    );
    expect(wallClockFate('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toBe('skipped');
  });

  it('reads the same wall clock as Intl, minute by minute, around every kind of clock change', () => {
    // What Intl says, field by field: the reference the quick path must equal.
    const intl = (instant: number, format: Intl.DateTimeFormat) => {
      const parts = format.formatToParts(new Date(instant));
      const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
      return [
        value('year'),
        value('month'),
        value('day'),
        value('hour') % 24,
        value('minute'),
        value('second'),
      ];
    };
    const changes: [string, string][] = [
      ['Europe/Berlin', '2026-03-29T01:00:00Z'], // +1 → +2 on the hour
      ['America/New_York', '2026-11-01T06:00:00Z'], // −4 → −5, a repeated hour
      ['America/St_Johns', '2026-03-08T05:30:00Z'], // −3:30 → −2:30, on a half hour (UTC)
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], // +11 → +10:30, a half-hour change
      ['Pacific/Chatham', '2026-04-05T14:00:00Z'], // +13:45 → +12:45
      // −0:44:30 → 0 at 00:44:30 UTC: seconds in the offset, a change off the quarter hours.
      ['Africa/Monrovia', '1972-01-07T00:44:30Z'],
    ];
    for (const [zone, at] of changes) {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      const change = Date.parse(at);
      for (let instant = change - 90 * 60_000; instant <= change + 90 * 60_000; instant += 60_000) {
        for (const probe of [instant, instant + 7_500, instant + 45_000]) {
          const wall = wallClockOf(probe, zone);
          expect(
            [wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second],
            `${zone} ${probe}`,
          ).toEqual(intl(probe, format));
        }
      }
    }
    expect(zoneOffsetMinutes(Date.parse('2026-04-04T16:00:00Z'), 'Australia/Lord_Howe')).toBe(630);
    expect(() => wallClockOf('not a date', 'Europe/Berlin')).toThrow(RangeError);
  });

  it('counts calendar months and weekdays as calendars do', () => {
    expect(addCalendarMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 2,
      day: 28,
    });
    expect(addCalendarMonths({ year: 2026, month: 11, day: 19 }, -12)).toEqual({
      year: 2025,
      month: 11,
      day: 19,
    });
    expect(weekdayOf({ year: 2026, month: 11, day: 19 })).toBe(4);
    expect(weekdayOf({ year: 2026, month: 11, day: 22 })).toBe(7);
  });
});
