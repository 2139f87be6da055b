import { describe, expect, it } from 'vitest';
import { extractDateRange } from './date-range';

const berlin = {
  now: Date.parse('2026-11-19T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
};

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

  it('reads named ranges and parts of a day', () => {
    expect(extractDateRange('this week', berlin)?.value).toMatchObject({
      start: '2026-11-15T23:00:00.000Z',
      end: '2026-11-22T23:00:00.000Z',
    });
    expect(extractDateRange('the next 5 days', berlin)?.value).toMatchObject({
      end: '2026-11-23T23:00:00.000Z',
    });
    expect(extractDateRange('tomorrow afternoon', berlin)?.value).toMatchObject({
      start: '2026-11-20T11:00:00.000Z',
      end: '2026-11-20T17:00:00.000Z',
    });
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
    return found?.value ? (found.value as { label: string }).label : found?.problem;
  };

  it.each([
    ['meetings with Priya last month', 'last month (Thu 1 Oct – Sat 31 Oct)'],
    ['busy last week?', 'last week (Mon 9 Nov – Sun 15 Nov)'],
    ['am I free the next two weeks?', 'the next 2 weeks (Thu 19 Nov – Wed 2 Dec)'],
    ['what do I have in December', 'December 2026 (Tue 1 Dec – Thu 31 Dec)'],
    ['the week after next', 'the week after next (Mon 30 Nov – Sun 6 Dec)'],
    ['what do I have on Friday next week', 'Fri 27 Nov'],
    ['am I free in two weeks', 'Thu 3 Dec'],
    ['since Monday', 'Mon 16 Nov – Thu 19 Nov'],
    ['until Friday', 'Thu 19 Nov – Fri 20 Nov'],
    ['between Monday and Wednesday', 'Mon 23 Nov – Wed 25 Nov'],
    ['from December 1 to December 5', 'Tue 1 Dec – Sat 5 Dec'],
  ])('reads “%s” as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['am I busy Thursday 9-12', 'Thu 19 Nov, 09:00–12:00'],
    ['tomorrow 9-12', 'Fri 20 Nov, 09:00–12:00'],
    ['am I busy tomorrow from 9 to 12', 'Fri 20 Nov, 09:00–12:00'],
    ['on Thursday between 2 and 4', 'Thu 19 Nov, 14:00–16:00'],
    ['friday 3-5pm', 'Fri 20 Nov, 15:00–17:00'],
    ['tomorrow 11-1pm', 'Fri 20 Nov, 11:00–13:00'],
    ['tonight', 'Thu 19 Nov, 18:00–23:00'],
  ])('narrows a day to the hours given: “%s” is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('says why instead of replacing what it cannot read', () => {
    expect(label('am I busy from 3pm to 1pm tomorrow')).toContain('ends before it starts');
    expect(label('am I busy 9-12')).toBe('Which day do you mean for “9-12”?');
    expect(label('next week 9-12')).toContain('on one day at a time');
    expect(label('am I busy on 31 November')).toBe(
      'November 31 is not a date: November has 30 days.',
    );
    expect(label('the 31st')).toBe('There is no 31st in November (it has 30 days).');
    expect(label('am I busy on the 45th')).toBe('There is no 45th day in a month.');
  });

  it('keeps long ranges long, so the template can refuse them with the reason', () => {
    expect(label('events over the next 2 years')).toBe(
      'the next 2 years (Thu 19 Nov 2026 – Sat 18 Nov 2028)',
    );
    expect(label('from today to next year')).toBe('Thu 19 Nov 2026 – Fri 31 Dec 2027');
  });

  it('reads month names only where they are months', () => {
    expect(label('events with Jan next week')).toBe('next week (Mon 23 Nov – Sun 29 Nov)');
    expect(extractDateRange('meetings with Jan', berlin)).toBeUndefined();
    expect(label('last march')).toBe('March 2026 (Sun 1 Mar – Tue 31 Mar)');
    expect(label('in March')).toBe('March 2027 (Mon 1 Mar – Wed 31 Mar)');
  });

  it('says how it read an end that only makes sense in the next month', () => {
    expect(extractDateRange('from the 10th to the 3rd', berlin)).toMatchObject({
      value: { label: 'Thu 10 Dec 2026 – Sun 3 Jan 2027' },
      note: 'I read that as Thu 10 Dec 2026 – Sun 3 Jan 2027; say other dates if you meant something else.',
    });
    expect(extractDateRange('from Monday to Friday', berlin)?.note).toBeUndefined();
  });
});
