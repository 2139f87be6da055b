import { findEmails } from '../entities/email';
import { extractCalendlyEventRef } from '../entities/calendly-event-ref';
import { parseDates } from '../entities/chrono';
import { findClockBounds } from '../entities/clock-span';
import { extractDuration } from '../entities/duration';
import { extractGoogleEventRef, parseGoogleEventLink } from '../entities/google-event-ref';
import { impossibleDateProblem } from '../entities/impossible-date';
import { findNamedRange } from '../entities/named-range';
import { extractPerson } from '../entities/person';
import type { ClockContext } from '../entities/types';
import { unsaid } from '../strings/catalogue';

/** Things in a request that point at some templates more than others. */
export type Signal =
  | 'google-event-ref'
  | 'google-event-link'
  | 'calendly-event-ref'
  | 'named-range'
  | 'explicit-range'
  /** A date that is not a named range ("on the 3rd", "Friday"). */
  | 'explicit-date'
  /** "with Ana", "with ana@example.com". */
  | 'with-person'
  | 'date-time'
  | 'email'
  | 'duration';

/**
 * Ids and links are full of digits chrono would read as years or times, so they are blanked
 * before dates are read. An id mixes letters and digits and is at least 5 long; "3rd", "10th",
 * "3pm", "10:30am", "45min" and "1h30" are dates, times and lengths, and stay.
 */
const datelike =
  /^(?:\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)|\d{1,4}(?:min|mins|minutes|h|hr|hrs|hours|m)|\d{1,2}h\d{1,2}m?)$/i;

/** "3-4pm", "9:30-11am": clock spans, whatever their length. */
const clockRange = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?[-–]\d{1,2}(?:[:.]\d{2})?(?:am|pm)?$/i;

function withoutIds(text: string): string {
  return text
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/\b[\w-]*\d[\w-]*\b/g, (token) =>
      token.length >= 5 &&
      /[a-z]/i.test(token) &&
      /\d/.test(token) &&
      !datelike.test(token) &&
      !clockRange.test(token)
        ? ' '
        : token,
    );
}

/** Capitalised words that are not people: "see Monday", "meet in December", "with Google Meet". */
const notAName =
  '(?:I|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Google|Calendly|Meet|Zoom|Today|Tomorrow|Next|This)';
/** "with Ana", "meeting Bob", "see Priya", "invited: ana@…": a person the request is about. */
const personPattern = new RegExp(
  String.raw`\b(?:with|meet|meeting|meets|see|seeing|involving|including|include|includes|invited|attendee|guest)\s+(?:the\s+attendee\s+)?(?:(?!${notAName}\b)\p{Lu}|\S+@)`,
  'u',
);

/** Which signals the text carries. */
export function findSignals(text: string, clock: ClockContext): Set<Signal> {
  const signals = new Set<Signal>();
  const context = { ...clock, t: unsaid };
  const link = parseGoogleEventLink(text);
  if (link && link !== 'invalid') signals.add('google-event-link');
  if (extractGoogleEventRef(text, 'request', context)?.value) signals.add('google-event-ref');
  if (
    /scheduled_events\/|calendly\.com\//i.test(text) ||
    extractCalendlyEventRef(text, 'request', context)?.value
  ) {
    signals.add('calendly-event-ref');
  }
  const plain = withoutIds(text);
  const dates = parseDates(plain, context).filter((date) => !date.dayPartOnly);
  const named = findNamedRange(plain, context);
  // The words of a named range are not also a moment or a length: "the next 3 hours" is neither
  // a time 3 hours from now nor a 3-hour meeting.
  const rest = named
    ? `${plain.slice(0, named.index)}${' '.repeat(named.text.length)}${plain.slice(named.index + named.text.length)}`
    : plain;
  // Two ends or hours ("from today to next year", "tomorrow 9-12") make an explicit range, even
  // when an end is a named day: the named day is only a part of it.
  if (dates.length > 1 || dates.some((date) => date.end) || findClockBounds(plain))
    signals.add('explicit-range');
  else if (named) signals.add('named-range');
  // Read again without the range only when a time was found: chrono is the dear part of a turn.
  const moments =
    named && dates.some((date) => date.start.hasTime)
      ? parseDates(rest, context).filter((date) => !date.dayPartOnly)
      : dates;
  if (moments.some((date) => date.start.hasTime)) signals.add('date-time');
  // "the 45th" and "31 November" are still dates the visitor gave, though no month has them.
  const impossible =
    /\b\d{1,3}(?:st|nd|rd|th)\b/i.test(plain) || impossibleDateProblem(plain, context);
  if ((dates.length > 0 || impossible) && !signals.has('named-range')) signals.add('explicit-date');
  // "with ana" too: people type names in lower case ("with the team" is nobody).
  if (personPattern.test(text) || extractPerson(text, 'request', context)?.value !== undefined)
    signals.add('with-person');
  if (findEmails(text).length > 0) signals.add('email');
  if (extractDuration(named ? rest : text, context)?.value !== undefined) signals.add('duration');
  return signals;
}
