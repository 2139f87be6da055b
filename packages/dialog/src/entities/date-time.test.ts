import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { extractDateTime, extractEndTime } from './date-time';

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

  it('reads a numeric date day first for a day-first locale, and "9.30" still as a time', () => {
    expect(extractDateTime('3/12 at 10', berlin)).toEqual({ value: '2026-12-03T09:00:00.000Z' });
    expect(extractDateTime('tomorrow at 9.30', berlin)).toEqual({
      value: '2026-11-20T08:30:00.000Z',
    });
    expect(extractDateTime('31/02/2026 at 10', berlin)?.problem).toBe(
      '“31/02/2026” is not a date: February 2026 has 28 days.',
    );
  });

  it('says a clock time no day has is not a time, rather than dropping it', () => {
    expect(extractDateTime('tomorrow at 25:00', berlin)?.problem).toBe(
      '“25:00” is not a time of day.',
    );
    expect(extractDateTime('tomorrow at 10:75', berlin)?.problem).toBe(
      '“10:75” is not a time of day.',
    );
    expect(extractDateTime('tomorrow at 23:59', berlin)?.value).toBe('2026-11-20T22:59:00.000Z');
  });

  it('asks for the time when only a day is given, and explains impossible dates', () => {
    expect(extractDateTime('Friday', berlin)).toEqual({ problem: 'What time on that day?' });
    expect(extractDateTime('the 45th at 3', berlin)?.problem).toContain('no 45th day');
    expect(extractDateTime('Feb 30 at 10', berlin)?.problem).toContain('February 2027 has 28 days');
    expect(extractDateTime('the 31st at noon', berlin)?.problem).toBe(
      'There is no 31st in November (it has 30 days).',
    );
    expect(extractDateTime('31 November at 10', berlin)?.problem).toContain('November has 30 days');
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

  it('moves the moment already chosen by "the day after", "the day before", "a week later"', () => {
    const previous = '2026-11-20T09:00:00.000Z'; // Friday 10:00 in Berlin
    expect(extractDateTime('no wait, the day after', berlin, previous)?.value).toBe(
      '2026-11-21T09:00:00.000Z',
    );
    expect(extractDateTime('the next day', berlin, previous)?.value).toBe(
      '2026-11-21T09:00:00.000Z',
    );
    expect(extractDateTime('the day before', berlin, previous)?.value).toBe(
      '2026-11-19T09:00:00.000Z',
    );
    expect(extractDateTime('make it a week later', berlin, previous)?.value).toBe(
      '2026-11-27T09:00:00.000Z',
    );
    // Not a move: a day counted from today, or a title.
    expect(extractDateTime('the day after tomorrow at 10', berlin, previous)?.value).toBe(
      '2026-11-21T09:00:00.000Z',
    );
    expect(extractDateTime('call it The Day After', berlin, previous)?.value ?? previous).toBe(
      previous,
    );
    // Turned down, a move is no date either: the day stays.
    const monday = '2026-11-23T14:00:00.000Z'; // Monday 15:00
    expect(extractDateTime('not the day after, keep monday', berlin, monday)?.value).toBe(monday);
    // A move with a time; a description that mentions a day is no move.
    expect(extractDateTime('no, the next day at 4pm', berlin, previous)?.value).toBe(
      '2026-11-21T15:00:00.000Z',
    );
    expect(
      extractDateTime('description: prep the next day', berlin, previous)?.value ?? previous,
    ).toBe(previous);
  });

  it('moves the start by an amount of time: "an hour later", "back by 2 hours", "forward 15 minutes"', () => {
    const previous = '2026-11-20T14:00:00.000Z'; // Friday 15:00 in Berlin
    const moved = (text: string) => extractDateTime(text, berlin, previous)?.value;
    expect(moved('push it an hour later')).toBe('2026-11-20T15:00:00.000Z');
    expect(moved('30 minutes earlier')).toBe('2026-11-20T13:30:00.000Z');
    expect(moved('move it back by 2 hours')).toBe('2026-11-20T16:00:00.000Z');
    expect(moved('can we bring it forward 15 minutes?')).toBe('2026-11-20T13:45:00.000Z');
    // More than the move: not read as one.
    expect(moved('description: we meet an hour later than usual')).toBeUndefined();
  });

  it('starts a part of the day said alone when people start it; "half day" is no time', () => {
    // Berlin: Friday 20 November, 09:00 and 14:00 local.
    expect(extractDateTime('on friday morning', berlin)?.value).toBe('2026-11-20T08:00:00.000Z');
    expect(extractDateTime('friday afternoon', berlin)?.value).toBe('2026-11-20T13:00:00.000Z');
    expect(extractDateTime('half day on friday morning', berlin)?.value).toBe(
      '2026-11-20T08:00:00.000Z',
    );
    // An hour said keeps its own part of the day.
    expect(extractDateTime('friday at 9 in the evening', berlin)?.value).toBe(
      '2026-11-20T20:00:00.000Z',
    );
  });

  it('does not read when it ends ("until 5", "till half 4") as a new start', () => {
    const previous = '2026-11-20T14:00:00.000Z';
    expect(extractDateTime('until 5', berlin, previous)).toBeUndefined();
    expect(extractDateTime('till half 4', berlin, previous)).toBeUndefined();
    expect(extractDateTime('make it 4pm', berlin, previous)?.value).toBe(
      '2026-11-20T15:00:00.000Z',
    );
    // A bare hour changing the start is a clock time, in the afternoon for 1 to 7.
    expect(extractDateTime('move it to 4', berlin, previous)?.value).toBe(
      '2026-11-20T15:00:00.000Z',
    );
    expect(extractDateTime('actually 10', berlin, previous)?.value).toBe(
      '2026-11-20T09:00:00.000Z',
    );
  });

  it('asks which day when only a month is named for the start', () => {
    expect(extractDateTime('review mid december at 3pm', berlin)?.problem).toBe(
      'Which day in December 2026?',
    );
    expect(extractDateTime('review on 14 december at 3pm', berlin)?.value).toBe(
      '2026-12-14T14:00:00.000Z',
    );
  });

  it('puts a time alone on the day given, and still asks the time of a day alone', () => {
    const day = '2026-11-22T23:00:00.000Z'; // Mon 23 November, 00:00 Berlin
    expect(extractDateTime('10am', berlin, undefined, day)).toEqual({
      value: '2026-11-23T09:00:00.000Z',
    });
    expect(extractDateTime('wednesday at 9', berlin, undefined, day)).toEqual({
      value: '2026-11-25T08:00:00.000Z',
    });
    expect(extractDateTime('tuesday', berlin, undefined, day)?.problem).toBe(
      'What time on that day?',
    );
  });

  it('moves a start without am/pm to the afternoon of its range only on the end’s day', () => {
    // Berlin is UTC+1 in November: 15:00 is 14:00Z.
    expect(extractDateTime('tomorrow 3-4pm', berlin)).toEqual({
      value: '2026-11-20T14:00:00.000Z',
    });
    expect(extractDateTime('from monday 9am to wednesday 5pm', berlin)).toEqual({
      value: '2026-11-23T08:00:00.000Z',
    });
    expect(extractDateTime('monday at 9 to wednesday 5pm', berlin)).toEqual({
      value: '2026-11-23T08:00:00.000Z',
    });
  });

  it('reads a time’s part of the day, beside it or apart ("at 9 tomorrow evening")', () => {
    const at = (text: string) => extractDateTime(text, berlin)?.value;
    expect(at('tomorrow morning at 7')).toBe('2026-11-20T06:00:00.000Z');
    expect(at('at 9 tomorrow evening')).toBe('2026-11-20T20:00:00.000Z');
    expect(at('at 8 tomorrow night')).toBe('2026-11-20T19:00:00.000Z');
    expect(at('tonight at 8')).toBe('2026-11-19T19:00:00.000Z');
    expect(at('tomorrow at 3')).toBe('2026-11-20T14:00:00.000Z');
  });

  it('keeps a range’s end on its day when only its hour is said ("from 10 to 2")', () => {
    expect(extractEndTime('tomorrow from 10 to 2', berlin)).toBe('2026-11-20T13:00:00.000Z');
    expect(extractEndTime('tomorrow 10pm to 2am', berlin)).toBe('2026-11-21T01:00:00.000Z');
    expect(extractEndTime('monday 9am to tuesday 5pm', berlin)).toBe('2026-11-24T16:00:00.000Z');
  });

  it('does not take a duration for a time', () => {
    expect(extractDateTime('30 minutes', berlin)).toBeUndefined();
    expect(extractDateTime('for an hour', berlin)).toBeUndefined();
  });

  it('takes the date with a time over a part of the day in a title ("Night job")', () => {
    expect(
      extractDateTime('schedule Night job on Sunday at 2:30am for 30 minutes', berlin),
    ).toEqual({
      value: '2026-11-22T01:30:00.000Z',
    });
    expect(extractDateTime('Morning standup tomorrow at 9', berlin)).toEqual({
      value: '2026-11-20T08:00:00.000Z',
    });
    expect(extractDateTime('Focus for a quarter of an hour tomorrow at 9', berlin)).toEqual({
      value: '2026-11-20T08:00:00.000Z',
    });
  });

  it('says when DST skips or repeats the time asked for', () => {
    // Berlin: 28 March 2027 the clocks jump from 02:00 to 03:00; 31 October 2027 they go back at 03:00.
    const spring = { ...berlin, now: Date.parse('2027-03-24T09:00:00Z') };
    const skipped = extractDateTime('Sunday at 2:30am', spring);
    expect(skipped?.value).toBe('2027-03-28T01:30:00.000Z');
    expect(skipped?.note).toBe(
      'Note: 02:30 does not exist on Sunday 28 March in Central European Time (Berlin); the clocks go forward that night, so I used 03:30.',
    );
    const autumn = { ...berlin, now: Date.parse('2027-10-27T09:00:00Z') };
    const repeated = extractDateTime('Sunday at 2:30am', autumn);
    // The first 02:30 is still summer time (UTC+2).
    expect(repeated?.value).toBe('2027-10-31T00:30:00.000Z');
    expect(repeated?.note).toContain('happens twice');
    expect(extractDateTime('Sunday at 1:30am', autumn)).toEqual({
      value: '2027-10-30T23:30:00.000Z',
    });
  });
});
