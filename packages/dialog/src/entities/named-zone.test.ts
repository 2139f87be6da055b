import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { extractDateRange } from './date-range';
import { extractDateTime } from './date-time';
import { zoneNamedIn } from './named-zone';

describe('a zone named in the request', () => {
  it('finds an abbreviation after a time, or a place before "time"', () => {
    expect(zoneNamedIn('tomorrow at 9am PST')).toBe('America/Los_Angeles');
    expect(zoneNamedIn('at 10:00 UTC')).toBe('UTC');
    expect(zoneNamedIn('tomorrow 3-5pm new york time')).toBe('America/New_York');
    expect(zoneNamedIn('friday 2pm Tokyo time')).toBe('Asia/Tokyo');
    expect(zoneNamedIn('what time is it')).toBeUndefined();
    expect(zoneNamedIn('lunch at 1pm for an hour')).toBeUndefined();
    expect(zoneNamedIn('any time tomorrow')).toBeUndefined();
  });

  it('reads the times of the request in that zone', () => {
    // Friday 20 November, 09:00 in Los Angeles is 17:00 UTC.
    expect(extractDateTime('tomorrow at 9am PST', berlin)).toEqual({
      value: '2026-11-20T17:00:00.000Z',
    });
    expect(extractDateRange('am I free tomorrow 3-5pm new york time', berlin)?.value).toEqual({
      start: '2026-11-20T20:00:00.000Z',
      end: '2026-11-20T22:00:00.000Z',
    });
    // Without a zone, the visitor's own.
    expect(extractDateTime('tomorrow at 9am', berlin)).toEqual({
      value: '2026-11-20T08:00:00.000Z',
    });
  });
});
