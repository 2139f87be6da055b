import type { JsonValue } from '../json';
import type { Translate } from '../strings/catalogue';

/** The kinds of things a slot can hold; each has an extractor in this folder. */
export type EntityType =
  | 'google-event-ref'
  | 'calendly-event-ref'
  | 'date-time'
  | 'date-range'
  | 'duration'
  | 'email'
  | 'emails'
  | 'person'
  | 'title'
  | 'text'
  | 'yes-no'
  | 'choice';

/** What reading dates needs: the clock, the visitor's zone and locale. */
export interface ClockContext {
  now: number;
  timeZone: string;
  locale: string;
}

/** What an extractor needs: the clock and zone to read text, and the catalogue to say problems. */
export interface EntityContext extends ClockContext {
  /** Words from the message catalogue, in the visitor's language (see `strings/catalogue.ts`). */
  t: Translate;
}

/**
 * How the text is read. `request`: the visitor's opening message, read cautiously (a word is only
 * an id when it looks like one). `answer`: the reply to a question about this slot, read generously.
 * `correction`: a later message that may change this slot, read as cautiously as a request, and
 * without guessing a title from leftover words.
 */
export type ExtractMode = 'request' | 'answer' | 'correction';

export type Extraction =
  /** `note`: something the visitor should hear about the value ("02:30 does not exist that night"). */
  | { value: JsonValue; problem?: undefined; note?: string }
  /** The text tried to say something for this slot but cannot be used; `problem` says why. */
  | { value?: undefined; problem: string; note?: undefined };

export type Extractor = (
  text: string,
  context: EntityContext,
  mode: ExtractMode,
) => Extraction | undefined;

/**
 * `date-range` values: a half-open range of instants, and what the visitor called it. The words
 * for it are made when it is said (`rangeLabel`, `rangeDuring`), in the visitor's language and
 * zone at that moment, never stored.
 */
export interface DateRangeValue {
  [key: string]: string;
  start: string;
  end: string;
  /**
   * The named range it is, when the visitor named one: `nextWeek`, `today`, `month` (a calendar
   * month, "in December"), `nextDays` with `count` ("the next 5 days"), … — the `range.label.*`
   * keys of the catalogue. Absent for dates ("from Monday to the 14th") and hours ("Thursday
   * 9-12"), which are said as themselves.
   */
  name?: string;
  /** How many days, weeks, months or years, for `nextDays`, `pastWeeks` and the like. */
  count?: string;
}

/** `google-event-ref` values: an event id and the calendar it lives in. */
export interface GoogleEventRefValue {
  [key: string]: string;
  eventId: string;
  calendarId: string;
}
