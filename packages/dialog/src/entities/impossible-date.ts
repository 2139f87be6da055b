/**
 * Dates no calendar has ("the 45th", "31 November", "the 31st" in a 30-day month, "Feb 29" in a
 * common year, "31/02/2026", "2026-13-01") and clock times no day has ("25:00"). chrono quietly
 * rolls such dates into the next month (and drops such times), so they are caught first and the
 * visitor hears why, instead of getting another day than the one they typed.
 */
import { formatDate, formatMonthName, formatWeekdayName } from '../format/intl';
import { calendarDayOf, weekdayOf } from '../format/time';
import { numericDate, parseDates, writesDayFirst } from './chrono';
import type { EntityContext } from './types';
import { monthAlternatives, monthIndexOf } from './words';

const monthWord = `(${monthAlternatives})`;
/** The same, without capturing, for look-arounds. */
const anyMonth = `(?:${monthAlternatives})`;
const dayNumber = '(\\d{1,3})(?:st|nd|rd|th)?';
const monthThenDay = new RegExp(
  `\\b${monthWord}\\.?\\s+${dayNumber}\\b(?!\\s*[:.]\\d)(?:,?\\s+(\\d{4}))?`,
  'i',
);
const dayThenMonth = new RegExp(
  `\\b${dayNumber}\\s+(?:of\\s+)?${monthWord}\\b(?:,?\\s+(\\d{4}))?`,
  'i',
);
const bareOrdinal = new RegExp(
  `(?<!\\b${anyMonth}\\.?\\s+)\\b(\\d{1,3})(st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${anyMonth}\\b)`,
  'i',
);

/** "2026-12-03": year, month, day. */
const isoDate = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The visitor's today as year, month (1–12) and day. */
function today(context: EntityContext): { year: number; month: number; day: number } {
  return calendarDayOf(context.now, context.timeZone);
}

/** `text` is the date as the visitor wrote it ("Nov 31", "31st of November"). */
function checkMonthDay(
  month: number,
  day: number,
  statedYear: number | undefined,
  text: string,
  context: EntityContext,
): string | undefined {
  if (day < 1 || day > 31) return context.t('date.noSuchDay', { day });
  const now = today(context);
  // The year a date without one means: this year, or the next when the day has passed.
  const year =
    statedYear ??
    (month < now.month || (month === now.month && day < now.day) ? now.year + 1 : now.year);
  const length = daysIn(year, month);
  if (day <= length) return undefined;
  // February's length depends on the year, so it is said with it.
  const name = formatMonthName(month, context.locale);
  return context.t('date.notADate', {
    text,
    month: month === 2 ? `${name} ${year}` : name,
    count: length,
  });
}

/** A date written in numbers ("2026-13-01", "31/02/2026") that cannot exist: why. */
function numericDateProblem(text: string, context: EntityContext): string | undefined {
  let typed: string;
  let year: number | undefined;
  let month: number;
  let day: number;
  const iso = isoDate.exec(text);
  // Day and month in the locale's order ("03/12/2026", "31/02"), as chrono reads them.
  const numeric = iso ? undefined : text.matchAll(numericDate).next().value;
  if (iso) {
    [typed, year, month, day] = [iso[0], Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const written = numeric[4];
    // Without a year, "9.30" is a time and "50/50" no date at all.
    if (written === undefined && (numeric[2] === '.' || first > 31 || second > 31)) {
      return undefined;
    }
    // Read as chrono reads it: in the locale's order, unless only the other order can be a date.
    let dayFirst = writesDayFirst(context.locale);
    if (dayFirst ? second > 12 && first <= 12 : first > 12 && second <= 12) dayFirst = !dayFirst;
    [day, month] = dayFirst ? [first, second] : [second, first];
    if (written !== undefined)
      year = written.length === 2 ? 2000 + Number(written) : Number(written);
    typed = numeric[0];
  } else return undefined;
  if (month < 1 || month > 12) return context.t('date.noSuchMonth', { text: typed, month });
  return checkMonthDay(month, day, year, typed, context);
}

/** "25:00", "10:75": a clock time no day has (chrono drops it, and the time would go unsaid). */
const clockTime = /(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])/g;

function impossibleTimeProblem(text: string, context: EntityContext): string | undefined {
  for (const [typed, hours, minutes] of text.matchAll(clockTime)) {
    if (Number(hours) > 24 || Number(minutes) > 59 || (hours === '24' && minutes !== '00'))
      return context.t('time.noSuchTime', { text: typed });
  }
  return undefined;
}

/**
 * "Friday the 13th" when the 13th is a Sunday: chrono keeps the day of the month and drops the
 * weekday; which one the visitor meant is theirs to say.
 */
function weekdayClashProblem(text: string, context: EntityContext): string | undefined {
  for (const date of parseDates(text, context)) {
    const said = date.start.saidWeekday;
    if (said === undefined) continue;
    // Sunday is 0 for chrono and 7 for the calendar arithmetic.
    const actual = weekdayOf(calendarDayOf(date.start.instant, context.timeZone)) % 7;
    if (actual !== said)
      return context.t('date.weekdayClash', {
        date: formatDate(date.start.instant, context),
        weekday: formatWeekdayName(said, context.locale),
      });
  }
  return undefined;
}

/** Why a date or time in the text cannot exist, or undefined when every one in it can. */
export function impossibleDateProblem(text: string, context: EntityContext): string | undefined {
  const numeric = numericDateProblem(text, context) ?? impossibleTimeProblem(text, context);
  if (numeric) return numeric;
  for (const pattern of [monthThenDay, dayThenMonth]) {
    const found = pattern.exec(text);
    if (!found) continue;
    const [month, day] = pattern === monthThenDay ? [found[1], found[2]] : [found[2], found[1]];
    const year = found[3] ? Number(found[3]) : undefined;
    const problem = checkMonthDay(
      monthIndexOf(month ?? '') + 1,
      Number(day),
      year,
      found[0].trim(),
      context,
    );
    if (problem) return problem;
  }
  const ordinal = bareOrdinal.exec(text);
  if (ordinal) {
    const day = Number(ordinal[1]);
    const typed = `${ordinal[1]}${ordinal[2]}`;
    if (day > 31 || day < 1) return context.t('date.noSuchOrdinal', { text: typed });
    // "the 31st" is in this month, or the next one when it has passed: check that month.
    const now = today(context);
    let month = now.month;
    let year = now.year;
    if (day < now.day) {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year += 1;
    }
    const length = daysIn(year, month);
    if (day > length) {
      return context.t('date.notInMonth', {
        text: typed,
        month: formatMonthName(month, context.locale),
        count: length,
      });
    }
  }
  return weekdayClashProblem(text, context);
}
