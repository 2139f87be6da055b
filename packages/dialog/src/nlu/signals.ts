import { findEmails } from '../entities/email';
import { extractCalendlyEventRef } from '../entities/calendly-event-ref';
import { parseDates } from '../entities/chrono';
import { extractDuration } from '../entities/duration';
import { extractGoogleEventRef, parseGoogleEventLink } from '../entities/google-event-ref';
import { findNamedRange } from '../entities/named-range';
import type { EntityContext } from '../entities/types';

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
  | 'duration'
  | 'mentions-google'
  | 'mentions-calendly';

/** Which signals the text carries. */
export function findSignals(text: string, context: EntityContext): Set<Signal> {
  const signals = new Set<Signal>();
  const link = parseGoogleEventLink(text);
  if (link && link !== 'invalid') signals.add('google-event-link');
  if (extractGoogleEventRef(text, 'request')?.value) signals.add('google-event-ref');
  if (
    /scheduled_events\/|calendly\.com\//i.test(text) ||
    extractCalendlyEventRef(text, 'request')?.value
  ) {
    signals.add('calendly-event-ref');
  }
  if (findNamedRange(text, context)) signals.add('named-range');
  // Ids, links and addresses are full of digits chrono would read as years or times.
  const plain = text.replace(/https?:\/\/\S+|\S+@\S+|\b[\w-]*\d[\w-]*[a-z][\w-]*\b/gi, ' ');
  const dates = parseDates(plain, context);
  if (dates.length > 1 || dates.some((date) => date.end)) signals.add('explicit-range');
  if (dates.some((date) => date.start.hasTime)) signals.add('date-time');
  if (dates.length > 0 && !signals.has('named-range')) signals.add('explicit-date');
  if (/\bwith\s+(\p{Lu}|\S+@)/u.test(text)) signals.add('with-person');
  if (findEmails(text).length > 0) signals.add('email');
  if (extractDuration(text)?.value !== undefined) signals.add('duration');
  if (/\bgoogle\b|\bgcal\b|\bcalendar\b/i.test(text)) signals.add('mentions-google');
  if (/calendly/i.test(text)) signals.add('mentions-calendly');
  return signals;
}
