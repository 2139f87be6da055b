import { describe, expect, it } from 'vitest';
import { formatMinutes, formatRange } from './datetime';

const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('datetime', () => {
  it('names each end’s zone across a clock change, where one name would mislead', () => {
    expect(
      plain(formatRange('2026-11-24T09:00:00Z', '2026-11-24T10:00:00Z', 'en-GB', 'Europe/Berlin')),
    ).toBe('Tuesday 24 November, 10:00–11:00 CET');
    // Berlin, 28 March 2027: the clocks skip 02:00–03:00, so 01:30 CET to 03:30 CEST is an hour.
    expect(
      plain(formatRange('2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', 'en-GB', 'Europe/Berlin')),
    ).toBe('Sunday 28 March at 01:30 CET – 03:30 CEST');
  });

  it('says lengths as the dialog engine does', () => {
    expect(formatMinutes(30, 'en-US')).toBe('30 min');
    expect(formatMinutes(60, 'en-US')).toBe('1 hr');
    expect(formatMinutes(90, 'en-US')).toBe('1 hr, 30 min');
  });
});
