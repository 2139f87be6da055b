import { describe, expect, it } from 'vitest';
import {
  clockChangeNote,
  formatDayRange,
  formatTimeRange,
  isoWithOffset,
  offsetChanges,
  wallClockFate,
  zonedInstant,
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

  it('says ranges as a person reads them', () => {
    expect(formatTimeRange('2026-11-20T14:00:00Z', '2026-11-20T15:00:00Z', 'Europe/Berlin')).toBe(
      'Fri 20 Nov, 15:00–16:00',
    );
    expect(formatDayRange('2026-11-22T23:00:00Z', '2026-11-29T23:00:00Z', 'Europe/Berlin')).toBe(
      'Mon 23 Nov – Sun 29 Nov',
    );
    expect(formatDayRange('2026-12-30T23:00:00Z', '2027-01-02T23:00:00Z', 'Europe/Berlin')).toBe(
      'Thu 31 Dec 2026 – Sat 2 Jan 2027',
    );
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
    expect(clockChangeNote(start, start + 2 * 3600_000, 'Europe/Berlin')).toBe(
      'The clocks go back from 03:00 to 02:00 during this event (Europe/Berlin).',
    );
    const spring = zonedInstant('America/New_York', 2027, 3, 14, 1, 30);
    expect(clockChangeNote(spring, spring + 3600_000, 'America/New_York')).toBe(
      'The clocks go forward from 02:00 to 03:00 during this event (America/New_York).',
    );
    expect(
      clockChangeNote(start - 86_400_000, start - 80_000_000, 'Europe/Berlin'),
    ).toBeUndefined();
  });
});
