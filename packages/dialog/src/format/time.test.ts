import { describe, expect, it } from 'vitest';
import { formatDayRange, formatTimeRange, isoWithOffset, zonedInstant } from './time';

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
});
