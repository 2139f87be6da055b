import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { parseDates } from './chrono';

describe('parseDates', () => {
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
});
