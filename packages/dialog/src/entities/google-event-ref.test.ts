import { describe, expect, it } from 'vitest';
import { berlin } from '../test-utils/context';
import { extractGoogleEventRef, parseGoogleEventLink } from './google-event-ref';

const eid = (text: string) => btoa(text).replace(/=+$/, '');

describe('Google event references', () => {
  it('reads both link styles, ignoring trailing punctuation', () => {
    expect(
      parseGoogleEventLink(`see https://www.google.com/calendar/event?eid=${eid('abc123 ana@m')}.`),
    ).toEqual({
      eventId: 'abc123',
      calendarId: 'primary',
      linkCalendar: 'ana@gmail.com',
    });
    expect(
      parseGoogleEventLink(
        `https://calendar.google.com/calendar/u/0/r/eventedit/${eid('k3v9q2l1m0 team@example.com')}`,
      ),
    ).toMatchObject({ eventId: 'k3v9q2l1m0' });
  });

  it('says when a link holds no event', () => {
    expect(
      extractGoogleEventRef(
        'https://calendar.google.com/calendar/r/eventedit/!!!',
        'request',
        berlin,
      ),
    ).toEqual({
      problem: 'That Google Calendar link does not contain an event I can read.',
    });
  });

  it('takes only id-like words from a request, any valid word from an answer', () => {
    expect(extractGoogleEventRef('get event details', 'request', berlin)).toBeUndefined();
    expect(extractGoogleEventRef('what is event abc123?', 'request', berlin)).toEqual({
      value: { eventId: 'abc123', calendarId: 'primary' },
    });
    expect(extractGoogleEventRef('abcdefghij', 'answer', berlin)).toEqual({
      value: { eventId: 'abcdefghij', calendarId: 'primary' },
    });
    expect(extractGoogleEventRef('xyz!', 'answer', berlin)?.problem).toContain('letters a–v');
  });
});
