/**
 * How a date range is said: what it is called ("next week (Monday 23 – Sunday 29 November)") and
 * how it reads after a verb ("You have no events next week (…)", "… on Thursday 19 November").
 * Made from the range's instants and its name when it is said, so the words follow the visitor's
 * language and zone, whenever the range was read.
 */
import type { DateRangeValue } from '../entities/types';
import type { Translate } from '../strings/catalogue';
import {
  formatDate,
  formatDateTime,
  formatDayRange,
  formatMonth,
  formatTime,
  formatTimeRange,
  type FormatContext,
} from './intl';
import { startOfZonedDay, zonedDateKey } from './time';

export interface WordsContext extends FormatContext {
  t: Translate;
}

/** The range covers whole days in the zone (midnight to midnight), as a period of dates does. */
export function coversWholeDays(range: { start: string; end: string }, timeZone: string): boolean {
  const start = Date.parse(range.start);
  const end = Date.parse(range.end);
  return (
    end > start &&
    startOfZonedDay(start, timeZone) === start &&
    startOfZonedDay(end, timeZone) === end
  );
}

function namedParams(range: DateRangeValue, context: WordsContext) {
  return {
    // "the next 3 hours (Tuesday 1 December, 11:00–14:00 CET)": hours are said as hours.
    dates: coversWholeDays(range, context.timeZone)
      ? formatDayRange(range.start, range.end, context)
      : formatTimeRange(range.start, range.end, context),
    month: formatMonth(range.start, context),
    count: Number(range.count ?? 0),
  };
}

function isNamed(range: DateRangeValue, context: WordsContext, form: 'label' | 'during'): boolean {
  return (
    typeof range.name === 'string' &&
    context.t(`range.${form}.${range.name}`) !== `range.${form}.${range.name}`
  );
}

/** The range runs from a time of a day to that day's end ("today after 3pm"). */
function isRestOfDay(range: { start: string; end: string }, timeZone: string): boolean {
  const start = Date.parse(range.start);
  return (
    startOfZonedDay(start, timeZone) !== start &&
    startOfZonedDay(start, timeZone, 1) === Date.parse(range.end)
  );
}

function restOfDayParams(range: DateRangeValue, context: WordsContext) {
  return { day: formatDate(range.start, context), time: formatTime(range.start, context) };
}

/** "next week (Monday 23 – Sunday 29 November)", "Monday 23 – Friday 27 November". */
export function rangeLabel(range: DateRangeValue, context: WordsContext): string {
  if (isNamed(range, context, 'label'))
    return context.t(`range.label.${range.name}`, namedParams(range, context));
  if (coversWholeDays(range, context.timeZone))
    return formatDayRange(range.start, range.end, context);
  if (isRestOfDay(range, context.timeZone))
    return context.t('range.label.restOfDay', restOfDayParams(range, context));
  return formatTimeRange(range.start, range.end, context);
}

/** "next week (…)", "on Thursday 19 November", "between Monday 23 November and Friday 27 November". */
export function rangeDuring(range: DateRangeValue, context: WordsContext): string {
  if (isNamed(range, context, 'during'))
    return context.t(`range.during.${range.name}`, namedParams(range, context));
  const { t, timeZone } = context;
  if (coversWholeDays(range, timeZone)) {
    const last = Date.parse(range.end) - 1;
    if (zonedDateKey(range.start, timeZone) === zonedDateKey(last, timeZone))
      return t('range.during.day', { day: formatDate(range.start, context) });
    return t('range.during.days', {
      first: formatDate(range.start, context),
      last: formatDate(last, context),
    });
  }
  if (isRestOfDay(range, timeZone))
    return t('range.during.restOfDay', restOfDayParams(range, context));
  if (zonedDateKey(range.start, timeZone) === zonedDateKey(range.end, timeZone))
    return t('range.during.hours', { range: formatTimeRange(range.start, range.end, context) });
  return t('range.during.times', {
    first: formatDateTime(range.start, context),
    last: formatDateTime(range.end, context),
  });
}
