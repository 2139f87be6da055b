import type { JsonValue } from '../json';

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

/** What an extractor needs to read text: the clock and the visitor's zone. */
export interface EntityContext {
  now: number;
  timeZone: string;
  locale: string;
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

/** `date-range` values: a half-open range of instants and how to say it. */
export interface DateRangeValue {
  [key: string]: string;
  start: string;
  end: string;
  /** "next week (Mon 23 Nov – Sun 29 Nov)", "Mon 19 Oct": what the range is called. */
  label: string;
  /**
   * The label as it reads after a verb: "next week (…)", "on Mon 19 Oct", "in December 2026 (…)",
   * "between Mon 23 Nov and Fri 27 Nov" — "You have no events on Mon 19 Oct". Values stored before
   * it existed lack it; `rangePhrase` falls back to the label.
   */
  during: string;
}

/** `google-event-ref` values: an event id and the calendar it lives in. */
export interface GoogleEventRefValue {
  [key: string]: string;
  eventId: string;
  calendarId: string;
}
