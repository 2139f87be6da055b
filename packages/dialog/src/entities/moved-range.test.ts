import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { movedRange } from './moved-range';

// Berlin is UTC+1 from late October to late March: local midnight is 23:00Z the day before.
const nextWeek = {
  start: '2026-11-22T23:00:00.000Z',
  end: '2026-11-29T23:00:00.000Z',
  name: 'nextWeek',
};
const december = {
  start: '2026-11-30T23:00:00.000Z',
  end: '2026-12-31T23:00:00.000Z',
  name: 'month',
};

describe('movedRange', () => {
  it('moves the range already chosen by a day, a week or a month, dropping its name', () => {
    expect(movedRange('what about the week after?', nextWeek, berlin)).toEqual({
      value: { start: '2026-11-29T23:00:00.000Z', end: '2026-12-06T23:00:00.000Z' },
    });
    expect(movedRange('and the previous week', nextWeek, berlin)?.value).toEqual({
      start: '2026-11-15T23:00:00.000Z',
      end: '2026-11-22T23:00:00.000Z',
    });
    const wednesday = { start: '2026-11-24T23:00:00.000Z', end: '2026-11-25T23:00:00.000Z' };
    expect(movedRange('the day after', wednesday, berlin)?.value).toEqual({
      start: '2026-11-25T23:00:00.000Z',
      end: '2026-11-26T23:00:00.000Z',
    });
  });

  it('moves a calendar month to the whole next month, whatever its length', () => {
    // December has 31 days, January 31, February 28: each moved month is whole.
    const january = movedRange('and the month after?', december, berlin)?.value;
    expect(january).toEqual({ start: '2026-12-31T23:00:00.000Z', end: '2027-01-31T23:00:00.000Z' });
    expect(movedRange('the following month', january, berlin)?.value).toEqual({
      start: '2027-01-31T23:00:00.000Z',
      end: '2027-02-28T23:00:00.000Z',
    });
  });

  it('leaves alone what counts from today, and values that are no range', () => {
    expect(movedRange('the day after tomorrow', nextWeek, berlin)).toBeUndefined();
    expect(movedRange('next week', nextWeek, berlin)).toBeUndefined();
    expect(movedRange('actually the week after next', nextWeek, berlin)).toBeUndefined();
    expect(movedRange('the day after the 3rd', nextWeek, berlin)).toBeUndefined();
    expect(movedRange('the week before christmas', nextWeek, berlin)).toBeUndefined();
    expect(movedRange('the week after', 'not a range', berlin)).toBeUndefined();
    expect(movedRange('the week after', undefined, berlin)).toBeUndefined();
  });
});
