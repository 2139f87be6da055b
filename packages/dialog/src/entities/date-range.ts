/**
 * Ranges of time, read in the visitor's zone: a named range ("next week", "in December"), two
 * ends ("from Monday to the 14th"), hours on one day ("Thursday 9-12", "tomorrow afternoon"), or
 * one day ("on Thursday"). What cannot be read as the visitor meant it is a question back, never a
 * quiet substitute: a reversed range, or range words that no reading used.
 */
import { rangeLabel } from '../format/range-words';
import {
  atClockOn,
  calendarDayOf,
  startOfZonedDay,
  wallClockOf,
  weekdayOf,
  zonedDateKey,
} from '../format/time';
import { inTypedOrder, parseDates, type ParsedDate } from './chrono';
import { findClockBounds, minutesOf, type ClockSpan } from './clock-span';
import { impossibleDateProblem } from './impossible-date';
import { readingContext } from './named-zone';
import { findNamedRange, type NamedRangeMatch } from './named-range';
import type { DateRangeValue, EntityContext, Extraction } from './types';

const hour = 3600_000;
const reversed = (context: EntityContext): Extraction => ({ problem: context.t('range.reversed') });

function dayStart(instant: number, context: EntityContext): number {
  return startOfZonedDay(instant, context.timeZone);
}

function wholeDays(start: number, endDay: number, context: EntityContext): DateRangeValue {
  const end = startOfZonedDay(endDay, context.timeZone, 1);
  const begin = dayStart(start, context);
  return spanValue(begin, end);
}

/** Whole days or hours, unnamed: said as the dates or times they are (`rangeLabel`). */
function spanValue(begin: number, end: number): DateRangeValue {
  return { start: new Date(begin).toISOString(), end: new Date(end).toISOString() };
}

/** Parts of the day a visitor names without a clock time. */
const dayParts: [RegExp, number, number][] = [
  [/\bmorning\b/i, 8, 12],
  [/\bafternoon\b/i, 12, 18],
  [/\b(evening|tonight)\b/i, 18, 23],
];

/** Words that say the visitor means a span of days; a single day read from them is a guess. */
const spanWords =
  /\b(weeks?|months?|years?|fortnight|quarter|since|until|till|through|thru|between)\b/i;
/**
 * Phrases that name one day with span words in them: "in two weeks", "a week from Friday",
 * "Friday week", "a week on Monday".
 */
const oneDayPhrases =
  /\b(in|within)\s+(a|an|one|two|three|four|\d+)\s+(weeks?|months?|years?)\b|\b(weeks?|months?|years?)\s+(from|ago|later|after)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:week|after\s+next)\b|\ba\s+week\s+on\s+(?:mon|tue|wed|thu|fri|sat|sun)/i;

/** Hours on the day that starts at `day` (local midnight), as a range; reversed hours are refused. */
function hoursOn(day: number, span: ClockSpan, context: EntityContext): Extraction {
  if (minutesOf(span.end) <= minutesOf(span.start)) {
    return { problem: context.t('range.hoursReversed', { text: span.text.trim() }) };
  }
  const at = (clock: { hour: number; minute: number }) =>
    atClockOn(day, context.timeZone, clock.hour, clock.minute);
  return { value: spanValue(at(span.start), at(span.end)) };
}

function isOneDay(named: NamedRangeMatch): boolean {
  return Date.parse(named.value.end) - Date.parse(named.value.start) <= 25 * hour;
}

/** The day a clock span is on: a one-day named range, or a date chrono found outside the span. */
function dayOfSpan(
  text: string,
  span: ClockSpan,
  named: NamedRangeMatch | undefined,
  context: EntityContext,
): number | undefined | 'not-one-day' {
  if (named) return isOneDay(named) ? Date.parse(named.value.start) : 'not-one-day';
  const outside = `${text.slice(0, span.index)} ${' '.repeat(span.text.length)} ${text.slice(span.index + span.text.length)}`;
  const day = parseDates(outside, context).find((date) => date.start.hasDate && !date.dayPartOnly);
  return day ? dayStart(day.start.instant, context) : undefined;
}

/**
 * A range of time in the text, or a problem saying why the range the visitor gave cannot be used.
 * Undefined when the text names no time at all.
 */
export function extractDateRange(
  text: string,
  visitorContext: EntityContext,
): Extraction | undefined {
  const context = readingContext(text, visitorContext);
  const impossible = impossibleDateProblem(text, context);
  if (impossible) return { problem: impossible };
  const around = weekAroundDay(text, context);
  if (around) return around;
  const named = findNamedRange(text, context);
  // "today after 3pm": the rest of the day from 15:00; "before noon": the day until 12:00.
  const span = findClockBounds(text);
  if (span) {
    const day = dayOfSpan(text, span, named, context);
    if (day === 'not-one-day') {
      return { problem: context.t('range.hoursOnOneDay', { text: span.text.trim() }) };
    }
    if (day !== undefined) return hoursOn(day, span, context);
    return { problem: context.t('range.whichDay', { text: span.text.trim() }) };
  }
  const dates = parseDates(text, context).filter((date) => !date.dayPartOnly);
  const ends = explicitEnds(text, context);
  if (ends) return ends;
  if (named) {
    // "on Friday next week": the day within the named range is what was asked.
    const within = dates.find(
      (date) =>
        !named.text.includes(date.text.trim().toLowerCase()) &&
        /\d|mon|tue|wed|thu|fri|sat|sun/i.test(date.text) &&
        date.start.instant >= Date.parse(named.value.start) &&
        date.start.instant < Date.parse(named.value.end),
    );
    if (within) return { value: wholeDays(within.start.instant, within.start.instant, context) };
    return fromNamed(text, named);
  }
  const open = openEnded(text, context);
  if (open) return open;
  const first = dates[0];
  if (!first) return undefined;
  // A time alone ("3pm") picks a moment, not a range of days.
  if (!first.start.hasDate && !first.end) return undefined;
  return fromDates(text, first, dates[1], context);
}

/** "the week of", "the week before": words that place a week by a day, not "this week". */
const weekAround =
  /(?<!\b(?:first|second|third|fourth|fifth|last|next|this|past|previous)\s+)\b(?:the\s+)?week\s+(of|before|after|leading up to|following)\s+(?=\S)/i;

/**
 * "the week of the 14th" (Monday to Sunday around it), "the week before Christmas" (the seven days
 * up to it), "the week after the 3rd" (the seven days from the next day). Read before named
 * ranges, which would take "the week" for this one.
 */
function weekAroundDay(text: string, context: EntityContext): Extraction | undefined {
  const found = weekAround.exec(text);
  if (!found?.[1]) return undefined;
  const rest = text.slice(found.index + found[0].length);
  const day = parseDates(rest, context).find(
    (date) =>
      /^(?:the\s+)?$/i.test(rest.slice(0, date.index)) &&
      date.start.hasDate &&
      !date.dayPartOnly &&
      // A day, not a month alone: "the first week of December" is read as a named range.
      /\d|mon|tue|wed|thu|fri|sat|sun|today|tomorrow/i.test(date.text),
  );
  if (!day) return undefined;
  const instant = day.start.instant;
  const which = found[1].toLowerCase();
  const first =
    which === 'of'
      ? 1 - weekdayOf(calendarDayOf(instant, context.timeZone))
      : which === 'before' || which === 'leading up to'
        ? -7
        : 1;
  return {
    value: spanValue(
      startOfZonedDay(instant, context.timeZone, first),
      startOfZonedDay(instant, context.timeZone, first + 7),
    ),
  };
}

/**
 * "What about 3pm?", "and 4 to 6?", "the morning?" after an answer about one day: those hours on
 * that day (a time alone is the hour from it). Undefined when the text names a day of its own
 * or no hours, or `previous` is more than one day.
 */
export function onPreviousDay(
  text: string,
  previous: unknown,
  visitorContext: EntityContext,
): Extraction | undefined {
  const range = previous as { start?: unknown; end?: unknown } | undefined;
  if (typeof range?.start !== 'string' || typeof range.end !== 'string') return undefined;
  const context = readingContext(text, visitorContext);
  const day = dayStart(Date.parse(range.start), context);
  if (Number.isNaN(day) || Date.parse(range.end) - day > 25 * hour) return undefined;
  const dates = parseDates(text, context);
  if (findNamedRange(text, context) || dates.some((date) => date.start.hasDate)) return undefined;
  const span = findClockBounds(text);
  if (span) return hoursOn(day, span, context);
  const part = dayParts.find(([pattern]) => pattern.test(text));
  if (part) return { value: spanValue(day + part[1] * hour, day + part[2] * hour) };
  const time = dates.find((date) => date.start.hasTime);
  if (!time) return undefined;
  const { hour: at, minute } = wallClockOf(time.start.instant, context.timeZone);
  const from = atClockOn(day, context.timeZone, at, minute);
  return { value: spanValue(from, from + hour) };
}

/** "until Friday": from today through that day; "since Monday": from that (past) day through today. */
function openEnded(text: string, context: EntityContext): Extraction | undefined {
  const found = /\b(until|till|through|since)\s+(.+)$/i.exec(text);
  if (!found?.[1] || !found[2]) return undefined;
  const since = found[1].toLowerCase() === 'since';
  const date = parseDates(found[2], context, { forward: !since }).find(
    (candidate) => candidate.index === 0 && candidate.start.hasDate && !candidate.dayPartOnly,
  );
  if (!date) return undefined;
  const [from, to] = since ? [date.start.instant, context.now] : [context.now, date.start.instant];
  if (to < from) return reversed(context);
  return { value: wholeDays(from, to, context) };
}

function fromNamed(text: string, named: NamedRangeMatch): Extraction {
  const part = dayParts.find(([pattern]) => pattern.test(text));
  if (part && isOneDay(named)) {
    const day = Date.parse(named.value.start);
    return { value: spanValue(day + part[1] * hour, day + part[2] * hour) };
  }
  return { value: named.value };
}

function fromDates(
  text: string,
  first: ParsedDate,
  second: ParsedDate | undefined,
  context: EntityContext,
): Extraction {
  const startMoment = first.start;
  let endMoment = first.end;
  if (
    !endMoment &&
    second &&
    /\b(to|until|till|through|thru|and)\b|[-–]/.test(
      text.slice(first.index + first.text.length, second.index),
    )
  ) {
    endMoment = second.start;
  }
  if (endMoment) {
    if (endMoment.instant < startMoment.instant) return reversed(context);
    if (startMoment.hasTime && endMoment.hasTime)
      return { value: spanValue(startMoment.instant, endMoment.instant) };
    return { value: wholeDays(startMoment.instant, endMoment.instant, context) };
  }
  // "the next two weeks" that no named range knew, "since the 3rd": one day would be a guess.
  const leftover = text.slice(0, first.index) + text.slice(first.index + first.text.length);
  if (
    (spanWords.test(first.text) && !oneDayPhrases.test(first.text)) ||
    /\b(since|until|till|between)\b/i.test(leftover)
  ) {
    return { problem: context.t('range.unclear', { text: first.text.trim() }) };
  }
  const part = dayParts.find(([pattern]) => pattern.test(text));
  if (part) {
    const day = dayStart(startMoment.instant, context);
    return { value: spanValue(day + part[1] * hour, day + part[2] * hour) };
  }
  return { value: wholeDays(startMoment.instant, startMoment.instant, context) };
}

/**
 * "Monday 9 to Wednesday 5pm": from one moment to another. An end without a month ("Wednesday")
 * is the first such moment after the start, as a day is in a range of days.
 */
function timedEnds(
  endText: string,
  start: number,
  end: ParsedDate,
  context: EntityContext,
): Extraction {
  let read = end;
  if (!end.start.hasMonth && end.start.instant <= start) {
    read = parseDates(endText, { ...context, now: start }).find((date) => !date.dayPartOnly) ?? end;
  }
  // An end day without a time ("Monday 9am to Wednesday") runs to the end of that day.
  const moment = read.start.hasTime
    ? read.start.instant
    : startOfZonedDay(read.start.instant, context.timeZone, 1);
  if (moment <= start) return reversed(context);
  return { value: spanValue(start, moment) };
}

/**
 * The hour of "Monday 9 to Wednesday 5pm", where the bare 9 is left after the day: 7 to 12 are
 * taken as the morning and 1 to 6 as the afternoon, as a working day runs; none is midnight.
 */
function bareHour(after: string): number {
  const found = /^\s+(?:at\s+)?(\d{1,2})(?::([0-5]\d))?\s*$/.exec(after);
  const typed = Number(found?.[1] ?? 0);
  if (!found || typed > 23) return 0;
  const minutes = Number(found[2] ?? 0) / 60;
  return (typed >= 1 && typed <= 6 ? typed + 12 : typed) + minutes;
}

/**
 * "from Nov 10 to Nov 3", "from today to next year": each side read on its own (chrono quietly
 * swaps a reversed range); when both name a day, the visitor's order decides, and a range that
 * ends first is pointed out.
 */
function explicitEnds(text: string, visitorContext: EntityContext): Extraction | undefined {
  const context = inTypedOrder(text, visitorContext);
  const split =
    /^(.*?\S)\s*(\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b|\bor\b|–|\s-\s)\s*(\S.*)$/i.exec(
      text,
    );
  if (!split?.[1] || !split[2] || !split[3]) return undefined;
  const connector = split[2].trim().toLowerCase();
  const leftNamed = findNamedRange(split[1], context);
  const rightNamed = findNamedRange(split[3], context);
  const left = parseDates(split[1], context)
    .filter((date) => !date.dayPartOnly)
    .at(-1);
  let right = parseDates(split[3], context).filter((date) => !date.dayPartOnly)[0];
  // "and" joins two ends only after "between" ("busy Monday and Ana's …" is not a range).
  if (connector === 'and' && !/\bbetween\b/i.test(split[1])) return undefined;
  const leftStart = leftNamed
    ? Date.parse(leftNamed.value.start)
    : left?.start.hasDate
      ? left.start.instant
      : undefined;
  if (leftStart === undefined) return undefined;
  if (rightNamed && (!right || rightNamed.text.includes(right.text.trim().toLowerCase()))) {
    // "until next week" stops where next week starts; "to/through next week" includes it.
    const end = /until|till/.test(connector)
      ? Date.parse(rightNamed.value.start)
      : Date.parse(rightNamed.value.end);
    if (end <= leftStart) return reversed(context);
    return { value: spanValue(dayStart(leftStart, context), end) };
  }
  if (!right?.start.hasDate) return undefined;
  if (left && (left.start.hasTime || right.start.hasTime)) {
    if (!left.start.hasDate) return undefined;
    const start = left.start.hasTime
      ? left.start.instant
      : dayStart(left.start.instant, context) +
        bareHour(split[1].slice(left.index + left.text.length)) * hour;
    return timedEnds(split[3], start, right, context);
  }
  // "Monday or Tuesday": both days, whichever is said first.
  if (connector === 'or' && right.start.instant < leftStart)
    return { value: wholeDays(right.start.instant, leftStart, context) };
  // "from Monday to Friday", "from the 28th to the 3rd": an end without a month is the first such
  // day after the start, so it is read from the start's day, not from today.
  let rolled = false;
  if (!right.start.hasMonth && right.start.instant < leftStart) {
    right =
      parseDates(split[3], { ...context, now: leftStart }).filter((date) => !date.dayPartOnly)[0] ??
      right;
    rolled = true;
  }
  if (right.start.instant < leftStart) return reversed(context);
  const value = wholeDays(leftStart, right.start.instant, context);
  // "from the 10th to the 3rd" is read into the next month; say so, it may not be what was meant.
  const crossesMonth =
    rolled &&
    zonedDateKey(leftStart, context.timeZone).slice(0, 7) !==
      zonedDateKey(right.start.instant, context.timeZone).slice(0, 7);
  return crossesMonth
    ? { value, note: context.t('range.readAs', { range: rangeLabel(value, context) }) }
    : { value };
}
