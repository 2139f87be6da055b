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
});
