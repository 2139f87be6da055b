import { describe, expect, it } from 'vitest';
import { extractDateTime } from './date-time';

/** Thursday 19 November 2026, 10:00 in Berlin. */
const berlin = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
};

describe('extractDateTime', () => {
  it('reads "next Tuesday at 3" as 15:00 in the visitor’s zone', () => {
    expect(extractDateTime('next Tuesday at 3', berlin)).toEqual({
      value: '2026-11-24T14:00:00.000Z',
    });
  });

  it('keeps the wall-clock time across a DST change', () => {
    // Wednesday 25 March 2026 in Berlin (UTC+1); Sunday 29 March is already UTC+2.
    const march = { ...berlin, now: Date.parse('2026-03-25T09:00:00Z') };
    expect(extractDateTime('Sunday at 3pm', march)).toEqual({ value: '2026-03-29T13:00:00.000Z' });
    expect(extractDateTime('Saturday at 3pm', march)).toEqual({
      value: '2026-03-28T14:00:00.000Z',
    });
  });

  it('asks for the time when only a day is given, and explains impossible dates', () => {
    expect(extractDateTime('Friday', berlin)).toEqual({ problem: 'What time on that day?' });
    expect(extractDateTime('the 45th at 3', berlin)?.problem).toContain('no 45th day');
    expect(extractDateTime('Feb 30 at 10', berlin)?.problem).toContain('at most 29 days');
  });

  it('corrects only what a correction names', () => {
    const previous = '2026-11-20T09:00:00.000Z'; // Fri 10:00 Berlin
    expect(extractDateTime('make it 4pm', berlin, previous)).toEqual({
      value: '2026-11-20T15:00:00.000Z',
    });
    expect(extractDateTime('actually Monday', berlin, previous)).toEqual({
      value: '2026-11-23T09:00:00.000Z',
    });
  });

  it('does not take a duration for a time', () => {
    expect(extractDateTime('30 minutes', berlin)).toBeUndefined();
    expect(extractDateTime('for an hour', berlin)).toBeUndefined();
  });
});
