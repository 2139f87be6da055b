import { describe, expect, it } from 'vitest';
import { berlin, spaced } from '../test-utils/context';
import { rangeLabel } from '../format/range-words';
import { extractDateRange, onPreviousDay } from './date-range';
import type { DateRangeValue } from './types';

describe('extractDateRange', () => {
  it('reads "from Monday to the 14th" as whole days, end exclusive', () => {
    expect(extractDateRange('from Monday to the 14th', berlin)?.value).toMatchObject({
      start: '2026-11-22T23:00:00.000Z',
      end: '2026-12-14T23:00:00.000Z',
    });
  });

  it('reads "from the 3rd to the 10th" in the coming month when the 3rd has passed', () => {
    expect(extractDateRange('from the 3rd to the 10th', berlin)?.value).toMatchObject({
      start: '2026-12-02T23:00:00.000Z',
      end: '2026-12-10T23:00:00.000Z',
    });
  });

  it('reads an end without a month from the start: "Monday to Friday" on a Tuesday', () => {
    const tuesday = { ...berlin, now: Date.parse('2026-12-01T09:00:00Z') };
    expect(extractDateRange('from Monday to Friday', tuesday)?.value).toMatchObject({
      start: '2026-12-06T23:00:00.000Z',
      end: '2026-12-11T23:00:00.000Z',
    });
    expect(extractDateRange('from the 28th to the 3rd', tuesday)?.value).toMatchObject({
      start: '2026-12-27T23:00:00.000Z',
      end: '2027-01-03T23:00:00.000Z',
    });
  });

  it('reads numeric dates day first, unless one of them can only be month first', () => {
    // Berlin is UTC+1 in winter: local midnight is 23:00Z the day before.
    expect(extractDateRange('from 3/12 to 5/12', berlin)?.value).toEqual({
      start: '2026-12-02T23:00:00.000Z',
      end: '2026-12-05T23:00:00.000Z',
    });
    expect(extractDateRange('busy from 11/30 to 12/4', berlin)?.value).toEqual({
      start: '2026-11-29T23:00:00.000Z',
      end: '2026-12-04T23:00:00.000Z',
    });
  });

  it('reads "Monday or Tuesday" as both days, whichever comes first', () => {
    const both = { start: '2026-11-22T23:00:00.000Z', end: '2026-11-24T23:00:00.000Z' };
    expect(extractDateRange('am i free monday or tuesday', berlin)?.value).toEqual(both);
    expect(extractDateRange('tuesday or monday', berlin)?.value).toEqual(both);
  });

  it('reads "the weekend of the 5th" as that day’s Saturday and Sunday', () => {
    // Saturday 5 December; the 28th of November is a Saturday too, the 3rd of December a Thursday.
    for (const [text, start] of [
      ['the weekend of the 5th', '2026-12-04T23:00:00.000Z'],
      ['the weekend of the 28th of november', '2026-11-27T23:00:00.000Z'],
      ['weekend of the 3rd', '2026-12-04T23:00:00.000Z'],
    ] as const)
      expect(extractDateRange(text, berlin)?.value, text).toMatchObject({ start, name: 'weekend' });
  });

  it('reads named ranges and parts of a day', () => {
    expect(extractDateRange('this week', berlin)?.value).toMatchObject({
      start: '2026-11-15T23:00:00.000Z',
      end: '2026-11-22T23:00:00.000Z',
    });
    expect(extractDateRange('the next 5 days', berlin)?.value).toMatchObject({
      end: '2026-11-23T23:00:00.000Z',
    });
    // A fortnight is the next 14 days, today included.
    for (const text of ['next fortnight', 'over the coming fortnight', 'for a fortnight'])
      expect(extractDateRange(text, berlin)?.value, text).toEqual({
        start: '2026-11-18T23:00:00.000Z',
        end: '2026-12-02T23:00:00.000Z',
        name: 'nextDays',
        count: '14',
      });
    expect(extractDateRange('the last fortnight', berlin)?.value).toMatchObject({
      start: '2026-11-04T23:00:00.000Z',
      name: 'pastDays',
    });
    expect(extractDateRange('tomorrow afternoon', berlin)?.value).toMatchObject({
      start: '2026-11-20T11:00:00.000Z',
      end: '2026-11-20T17:00:00.000Z',
    });
  });

  it('reads "the first week of December" as its 1st–7th, "the last week" as its last seven days', () => {
    const days = (text: string) => {
      const value = extractDateRange(text, berlin)?.value as DateRangeValue | undefined;
      return value && spaced(rangeLabel(value, berlin));
    };
    expect(days('am I busy the first week of december')).toBe(
      'the first week of December 2026 (Tuesday 1 December – Monday 7 December)',
    );
    // Not the week before this one, and January is the coming one.
    expect(days('am i free the last week of january')).toBe(
      'the last week of January 2027 (Monday 25 January – Sunday 31 January)',
    );
    expect(days('the third week of march 2027')).toMatch(
      /^the third week of March 2027 \(Monday 15/,
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(extractDateRange('from Nov 10 2027 to Nov 3 2027', berlin)).toEqual({
      problem: 'That range ends before it starts. Which dates did you mean?',
    });
  });

  it('finds nothing in text without dates', () => {
    expect(extractDateRange('whenever suits', berlin)).toBeUndefined();
  });

  const label = (text: string) => {
    const found = extractDateRange(text, berlin);
    return spaced(
      found?.value ? rangeLabel(found.value as DateRangeValue, berlin) : found?.problem,
    );
  };

  it.each([
    ['meetings with Priya last month', 'last month (Thursday 1 October – Saturday 31 October)'],
    ['busy last week?', 'last week (Monday 9 November – Sunday 15 November)'],
    [
      'am I free the next two weeks?',
      'the next 2 weeks (Thursday 19 November – Wednesday 2 December)',
    ],
    ['what do I have in December', 'December 2026 (Tuesday 1 December – Thursday 31 December)'],
    ['the week after next', 'the week after next (Monday 30 November – Sunday 6 December)'],
    ['what do I have on Friday next week', 'Friday 27 November'],
    ['am I free in two weeks', 'Thursday 3 December'],
    ['since Monday', 'Monday 16 November – Thursday 19 November'],
    ['until Friday', 'Thursday 19 November – Friday 20 November'],
    ['between Monday and Wednesday', 'Monday 23 November – Wednesday 25 November'],
    ['from December 1 to December 5', 'Tuesday 1 December – Saturday 5 December'],
  ])('reads “%s” as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['am I busy Thursday 9-12', 'Thursday 19 November, 09:00–12:00 CET'],
    ['tomorrow 9-12', 'Friday 20 November, 09:00–12:00 CET'],
    ['am I busy tomorrow from 9 to 12', 'Friday 20 November, 09:00–12:00 CET'],
    ['on Thursday between 2 and 4', 'Thursday 19 November, 14:00–16:00 CET'],
    ['friday 3-5pm', 'Friday 20 November, 15:00–17:00 CET'],
    ['tomorrow 11-1pm', 'Friday 20 November, 11:00–13:00 CET'],
    ['tonight', 'Thursday 19 November, 18:00–23:00 CET'],
  ])('narrows a day to the hours given: “%s” is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('says why instead of replacing what it cannot read', () => {
    expect(label('am I busy from 3pm to 1pm tomorrow')).toContain('ends before it starts');
    expect(label('am I busy 9-12')).toBe('Which day do you mean for “9-12”?');
    expect(label('next week 9-12')).toContain('on one day at a time');
    expect(label('am I busy on 31 November')).toBe(
      '“31 November” is not a date: November has 30 days.',
    );
    expect(label('the 31st')).toBe('There is no 31st in November (it has 30 days).');
    expect(label('am I busy on the 45th')).toBe('There is no 45th day in a month.');
    // A weekday that is not the date's: which one was meant is asked, not guessed.
    expect(label('am I free on friday 13 december')).toBe(
      'Sunday 13 December is not a Friday. Which day did you mean?',
    );
    expect(label('am I free on Friday 11 December')).toBe('Friday 11 December');
  });

  it.each([
    ['any meetings today after 3pm', 'Thursday 19 November from 15:00'],
    ['am I free tomorrow before noon', 'Friday 20 November, 00:00–12:00 CET'],
    ['friday from 4 onwards', 'Friday 20 November from 16:00'],
    ['tomorrow until 10:30', 'Friday 20 November, 00:00–10:30 CET'],
  ])('bounds a day on one side: “%s” is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('leaves one-sided words that bound no hours alone', () => {
    expect(label('until the 14th')).toBe('Thursday 19 November – Monday 14 December');
    expect(label('am I busy after 3pm')).toBe('Which day do you mean for “after 3pm”?');
  });

  it('reads "the next 3 hours" from now, to the minute, and says it with its hours', () => {
    // berlin's clock: Thursday 19 November, 10:00.
    expect(extractDateRange('am I busy in the next 3 hours', berlin)?.value).toEqual({
      start: '2026-11-19T09:00:00.000Z',
      end: '2026-11-19T12:00:00.000Z',
      name: 'nextHours',
      count: '3',
    });
    expect(label('free for the next hour?')).toBe(
      'the next hour (Thursday 19 November, 10:00–11:00 CET)',
    );
    expect(label('over the next few hours')).toBe(
      'the next 3 hours (Thursday 19 November, 10:00–13:00 CET)',
    );
  });

  it('reads numeric dates in the order the visitor’s locale writes them', () => {
    const newYork = { ...berlin, timeZone: 'America/New_York', locale: 'en-US' };
    expect(label('am I busy on 3/12')).toBe('Thursday 3 December');
    expect(label('am I busy on 03.12.2026')).toBe('Thursday 3 December');
    // Only the typed order can be a date: read as typed.
    expect(label('am I busy on 12/25')).toBe('Friday 25 December');
    expect(
      spaced(
        rangeLabel(
          extractDateRange('am I busy on 3/12', newYork)!.value as DateRangeValue,
          newYork,
        ),
      ),
    ).toBe('Friday, March 12');
    // Only one order is a date: read it that way, as chrono does.
    expect(
      spaced(
        rangeLabel(
          extractDateRange('busy on 31/12/2026', newYork)!.value as DateRangeValue,
          newYork,
        ),
      ),
    ).toBe('Thursday, December 31');
  });

  it('reads ISO dates as dates, not their digits as hours', () => {
    expect(label('am I busy from 2026-12-03 to 2026-12-05')).toBe(
      'Thursday 3 December – Saturday 5 December',
    );
    expect(label('on 2026-12-03 9-12')).toBe('Thursday 3 December, 09:00–12:00 CET');
  });

  it('says why a date written in numbers cannot exist', () => {
    expect(label('am I busy on 31/02/2026?')).toBe(
      '“31/02/2026” is not a date: February 2026 has 28 days.',
    );
    expect(label('am I busy between 2026-13-01 and 2026-13-05')).toBe(
      '“2026-13-01” is not a date: there is no month 13.',
    );
    expect(label('busy on 2026-04-31')).toBe('“2026-04-31” is not a date: April has 30 days.');
    expect(label('busy on 31/02')).toBe('“31/02” is not a date: February 2027 has 28 days.');
    // Not dates, so nothing to refuse: a time, and odds.
    expect(label('tomorrow at 9.30')).toContain('Friday 20 November');
    expect(label('50/50 tomorrow')).toContain('Friday 20 November');
  });

  it('keeps long ranges long, so the template can refuse them with the reason', () => {
    expect(label('events over the next 2 years')).toBe(
      'the next 2 years (Thursday 19 November 2026 – Saturday 18 November 2028)',
    );
    expect(label('from today to next year')).toBe(
      'Thursday 19 November 2026 – Friday 31 December 2027',
    );
  });

  it('reads a month that has just ended as the one gone, a month further back as the coming one', () => {
    // Today is Thursday 19 November 2026.
    expect(label('cancelled ones in October')).toBe(
      'October 2026 (Thursday 1 October – Saturday 31 October)',
    );
    expect(label('in September')).toBe(
      'September 2026 (Tuesday 1 September – Wednesday 30 September)',
    );
    expect(label('in August')).toBe('August 2027 (Sunday 1 August – Tuesday 31 August)');
    const january = { ...berlin, now: Date.parse('2027-01-10T09:00:00Z') };
    const found = extractDateRange('what did I have in December', january)?.value as DateRangeValue;
    expect(spaced(rangeLabel(found, january))).toBe(
      'December 2026 (Tuesday 1 December – Thursday 31 December)',
    );
  });

  it('reads month names only where they are months', () => {
    expect(label('events with Jan next week')).toBe(
      'next week (Monday 23 November – Sunday 29 November)',
    );
    expect(extractDateRange('meetings with Jan', berlin)).toBeUndefined();
    expect(label('last march')).toBe('March 2026 (Sunday 1 March – Tuesday 31 March)');
    expect(label('in March')).toBe('March 2027 (Monday 1 March – Wednesday 31 March)');
  });

  it('says how it read an end that only makes sense in the next month', () => {
    const found = extractDateRange('from the 10th to the 3rd', berlin);
    expect(found?.value).toEqual({
      start: '2026-12-09T23:00:00.000Z',
      end: '2027-01-03T23:00:00.000Z',
    });
    expect(spaced(found?.note)).toBe(
      'I read that as Thursday 10 December 2026 – Sunday 3 January 2027; say other dates if you meant something else.',
    );
    expect(extractDateRange('from Monday to Friday', berlin)?.note).toBeUndefined();
  });

  it('reads a week placed by a day: "the week of", "the week before", "the week after"', () => {
    // Not "this week", which "the week" alone would be.
    expect(label('busy the week before December 25')).toBe(
      'Friday 18 December – Thursday 24 December',
    );
    expect(label('am I free the week of December 25')).toBe(
      'Monday 21 December – Sunday 27 December',
    );
    expect(label('the week of the 14th')).toBe('Monday 14 December – Sunday 20 December');
    expect(label('the week after December 26')).toBe(
      'Sunday 27 December 2026 – Saturday 2 January 2027',
    );
    // Named ranges keep their own readings.
    expect(label('the first week of December')).toContain('Tuesday 1 December – Monday 7 December');
    expect(label('the week after next')).toContain('Monday 30 November – Sunday 6 December');
  });

  it('reads "the day after next" as the day after tomorrow, but not "the day after next week"', () => {
    expect(extractDateRange('the day after next', berlin)?.value).toMatchObject({
      start: '2026-11-20T23:00:00.000Z',
      end: '2026-11-21T23:00:00.000Z',
    });
    expect(extractDateRange('the day after next week', berlin)?.value).not.toMatchObject({
      start: '2026-11-20T23:00:00.000Z',
    });
  });

  it('reads a day and time to another: a bare hour is a working hour, a weekday end comes after', () => {
    const wednesday = { ...berlin, now: Date.parse('2026-11-25T09:00:00Z') };
    expect(extractDateRange('monday 9 to wednesday 5pm', wednesday)?.value).toEqual({
      start: '2026-11-30T08:00:00.000Z',
      end: '2026-12-02T16:00:00.000Z',
    });
    expect(extractDateRange('friday 2pm to monday 10am', wednesday)?.value).toEqual({
      start: '2026-11-27T13:00:00.000Z',
      end: '2026-11-30T09:00:00.000Z',
    });
    // An end day without a time runs to the end of that day.
    expect(extractDateRange('monday 9am to wednesday', wednesday)?.value).toEqual({
      start: '2026-11-30T08:00:00.000Z',
      end: '2026-12-02T23:00:00.000Z',
    });
  });

  it('reads a third of a month and the nth weekday of one', () => {
    // Berlin's clock: Thursday 19 November 2026.
    expect(label('am I free mid december')).toBe(
      'mid-December 2026 (Friday 11 December – Sunday 20 December)',
    );
    expect(label('late november')).toBe(
      'late November 2026 (Saturday 21 November – Monday 30 November)',
    );
    expect(label('busy early next month')).toBe(
      'early December 2026 (Tuesday 1 December – Thursday 10 December)',
    );
    expect(label('the last friday of the month')).toBe('Friday 27 November');
    expect(label('the first monday of january')).toBe('Monday 4 January');
    expect(label('the 2nd tuesday of next month')).toBe('Tuesday 8 December');
    // A title word is no third of a month.
    expect(label('Mid year review on friday')).toBe('Friday 20 November');
  });

  it('reads hours alone on the one day asked about before, and nothing on a longer range', () => {
    const friday = { start: '2026-11-19T23:00:00.000Z', end: '2026-11-20T23:00:00.000Z' };
    expect(onPreviousDay('what about 3pm?', friday, berlin)?.value).toEqual({
      start: '2026-11-20T14:00:00.000Z',
      end: '2026-11-20T15:00:00.000Z',
    });
    expect(onPreviousDay('and 4 to 6?', friday, berlin)?.value).toEqual({
      start: '2026-11-20T15:00:00.000Z',
      end: '2026-11-20T17:00:00.000Z',
    });
    // A day of its own, or a week before, is not this.
    expect(onPreviousDay('what about monday at 3pm?', friday, berlin)).toBeUndefined();
    const week = { start: '2026-11-22T23:00:00.000Z', end: '2026-11-29T23:00:00.000Z' };
    expect(onPreviousDay('what about 3pm?', week, berlin)).toBeUndefined();
  });
});
