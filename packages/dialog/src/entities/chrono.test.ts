import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { parseDates } from './chrono';

describe('parseDates', () => {
  /** The instant of the first date in the text, read on Berlin's clock. */
  const day = (text: string) =>
    new Date(parseDates(text, berlin)[0]?.start.instant ?? 0).toISOString();

  it('reads a text once per clock: the same frozen answer for each slot that asks', () => {
    const first = parseDates('lunch tomorrow at 1pm', berlin);
    expect(parseDates('lunch tomorrow at 1pm', berlin)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]?.start)).toBe(true);
    // Another instant, zone, locale or direction is another reading.
    const dayLater = parseDates('lunch tomorrow at 1pm', {
      ...berlin,
      now: berlin.now + 86_400_000,
    });
    expect(dayLater[0]?.start.instant).toBe((first[0]?.start.instant ?? 0) + 86_400_000);
    const inNewYork = parseDates('lunch tomorrow at 1pm', {
      ...berlin,
      timeZone: 'America/New_York',
    });
    expect(inNewYork[0]?.start.instant).not.toBe(first[0]?.start.instant);
    expect(parseDates('3/12', { ...berlin, locale: 'en-US' })[0]?.start.instant).not.toBe(
      parseDates('3/12', berlin)[0]?.start.instant,
    );
    expect(parseDates('since monday', berlin, { forward: false })[0]?.start.instant).toBeLessThan(
      parseDates('since monday', berlin)[0]?.start.instant ?? 0,
    );
  });

  it('reads "last Friday" as the one gone, whichever way the rest reads', () => {
    // Berlin's clock: Thursday 19 November 2026.
    expect(day('was I busy last friday')).toBe('2026-11-12T23:00:00.000Z');
    expect(day('previous monday')).toBe('2026-11-15T23:00:00.000Z');
    expect(day('next friday')).toBe('2026-11-26T23:00:00.000Z');
  });

  it('keeps a day and month without a year in this year when it was at most 60 days ago', () => {
    expect(day('on 18 November')).toBe('2026-11-17T23:00:00.000Z');
    expect(day('on october 1st')).toBe('2026-09-30T22:00:00.000Z');
    // Further back it is the coming one; a year said is kept as said.
    expect(day('on 10 september')).toBe('2027-09-09T22:00:00.000Z');
    expect(day('on 18 November 2027')).toBe('2027-11-17T23:00:00.000Z');
    const range = parseDates('from 10 november to 20 november', berlin)[0];
    expect(new Date(range?.start.instant ?? 0).toISOString()).toBe('2026-11-09T23:00:00.000Z');
    expect(new Date(range?.end?.instant ?? 0).toISOString()).toBe('2026-11-19T23:00:00.000Z');
  });
});
