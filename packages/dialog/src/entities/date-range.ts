import { addDays, startOfDay } from 'date-fns';
import { formatDayRange, formatTimeRange, inZone } from '../format/time';
import { impossibleDateProblem, parseDates } from './chrono';
import { findNamedRange } from './named-range';
import type { DateRangeValue, EntityContext, Extraction } from './types';

const hour = 3600_000;

function dayStart(instant: number, context: EntityContext): number {
  return startOfDay(inZone(instant, context.timeZone)).getTime();
}

function wholeDays(start: number, endDay: number, context: EntityContext): DateRangeValue {
  const end = addDays(startOfDay(inZone(endDay, context.timeZone)), 1).getTime();
  const begin = dayStart(start, context);
  return {
    start: new Date(begin).toISOString(),
    end: new Date(end).toISOString(),
    label: formatDayRange(begin, end, context.timeZone),
  };
}

function timed(start: number, end: number, context: EntityContext): DateRangeValue {
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    label: formatTimeRange(start, end, context.timeZone),
  };
}

/** Parts of the day a visitor names without a clock time. */
const dayParts: [RegExp, number, number][] = [
  [/\bmorning\b/i, 8, 12],
  [/\bafternoon\b/i, 12, 18],
  [/\b(evening|tonight)\b/i, 18, 23],
];

/**
 * A range of time: a named range ("next week"), "from Monday to the 14th", "tomorrow 9-12",
 * "tomorrow afternoon", or one day ("on Thursday"). Ranges that end before they start are refused.
 */
export function extractDateRange(text: string, context: EntityContext): Extraction | undefined {
  const impossible = impossibleDateProblem(text);
  if (impossible) return { problem: impossible };
  const dates = parseDates(text, context);
  const named = findNamedRange(text, context);
  const first = dates[0];
  if (
    named &&
    (!first ||
      named.text.includes(first.text.toLowerCase()) ||
      /\b(next|coming)\s+\w+\s+days?\b/i.test(text))
  ) {
    const part = dayParts.find(([pattern]) => pattern.test(text));
    if (part && /^(today|tomorrow)/.test(named.value.label)) {
      const base = Date.parse(named.value.start);
      const day = inZone(base, context.timeZone);
      const start = day.getTime() + part[1] * hour;
      return { value: timed(start, day.getTime() + part[2] * hour, context) };
    }
    return { value: named.value };
  }
  // chrono drops a range it reads as reversed ("the 28th to the 3rd"), so the two ends are read
  // on their own first.
  const explicit = explicitEnds(text, context);
  if (explicit) return explicit;
  if (!first) return undefined;
  // A time alone ("3pm") picks a moment, not a range of days.
  if (!first.start.hasDate && !first.end) return undefined;
  const startMoment = first.start;
  let endMoment = first.end;
  const second = dates[1];
  if (
    !endMoment &&
    second &&
    /\b(to|until|till|through|thru|and|-|–)\b|[-–]/.test(
      text.slice(first.index + first.text.length, second.index),
    )
  ) {
    endMoment = second.start;
  }
  if (endMoment) {
    if (endMoment.instant < startMoment.instant) {
      // chrono moves dates forward one by one; "from the 28th to the 3rd" means into the next month,
      // but an explicit earlier date ("from Nov 10 to Nov 3") is a mistake to point out.
      return { problem: 'That range ends before it starts. Which dates did you mean?' };
    }
    if (startMoment.hasTime && endMoment.hasTime)
      return { value: timed(startMoment.instant, endMoment.instant, context) };
    return { value: wholeDays(startMoment.instant, endMoment.instant, context) };
  }
  const part = dayParts.find(([pattern]) => pattern.test(text));
  if (part) {
    const day = dayStart(startMoment.instant, context);
    return { value: timed(day + part[1] * hour, day + part[2] * hour, context) };
  }
  return { value: wholeDays(startMoment.instant, startMoment.instant, context) };
}

/**
 * "from Nov 10 to Nov 3": chrono quietly swaps a reversed range, so each side is read on its own;
 * when both name a day, the visitor's order decides, and a range that ends first is pointed out.
 */
function explicitEnds(text: string, context: EntityContext): Extraction | undefined {
  const split =
    /^(.*?\S)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b|–)\s*(\S.*)$/i.exec(text);
  if (!split?.[1] || !split[2]) return undefined;
  const left = parseDates(split[1], context).at(-1);
  let right = parseDates(split[2], context)[0];
  if (!left || !right || !left.start.hasDate || !right.start.hasDate) return undefined;
  // "from Monday to Friday", "from the 28th to the 3rd": an end without a month is the first such
  // day after the start, so it is read from the start's day, not from today.
  if (!right.start.hasMonth && right.start.instant < left.start.instant) {
    right = parseDates(split[2], { ...context, now: left.start.instant })[0] ?? right;
  }
  if (left.start.hasTime || right.start.hasTime) return undefined;
  if (right.start.instant < left.start.instant) {
    return { problem: 'That range ends before it starts. Which dates did you mean?' };
  }
  return { value: wholeDays(left.start.instant, right.start.instant, context) };
}
