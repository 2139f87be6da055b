/**
 * Dates no calendar has ("the 45th", "31 November", "the 31st" in a 30-day month, "Feb 29" in a
 * common year). chrono quietly rolls such dates into the next month, so they are caught first and
 * the visitor hears why, instead of getting another day than the one they typed.
 */
import { inZone } from '../format/time';
import type { EntityContext } from './types';

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const monthWord =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** The same, without capturing, for look-arounds. */
const anyMonth = monthWord.replace(/^\(/, '(?:');
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

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthIndex(word: string): number {
  return monthNames.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3)));
}

function capitalised(month: number): string {
  const name = monthNames[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The visitor's today as year, month (1–12) and day. */
function today(context: EntityContext): { year: number; month: number; day: number } {
  const now = inZone(context.now, context.timeZone);
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function checkMonthDay(
  month: number,
  day: number,
  statedYear: number | undefined,
  context: EntityContext,
): string | undefined {
  if (day < 1) return `There is no day ${day} in a month.`;
  if (day > 31) return `There is no ${day}${suffix(day)} day in a month.`;
  const now = today(context);
  // The year a date without one means: this year, or the next when the day has passed.
  const year =
    statedYear ??
    (month < now.month || (month === now.month && day < now.day) ? now.year + 1 : now.year);
  const length = daysIn(year, month);
  if (day <= length) return undefined;
  const which = month === 2 ? `February ${year}` : capitalised(month);
  return `${capitalised(month)} ${day} is not a date: ${which} has ${length} days.`;
}

function suffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** Why a date in the text cannot exist, or undefined when every date in it can. */
export function impossibleDateProblem(text: string, context: EntityContext): string | undefined {
  for (const pattern of [monthThenDay, dayThenMonth]) {
    const found = pattern.exec(text);
    if (!found) continue;
    const [month, day] = pattern === monthThenDay ? [found[1], found[2]] : [found[2], found[1]];
    const year = found[3] ? Number(found[3]) : undefined;
    const problem = checkMonthDay(monthIndex(month ?? '') + 1, Number(day), year, context);
    if (problem) return problem;
  }
  const ordinal = bareOrdinal.exec(text);
  if (ordinal) {
    const day = Number(ordinal[1]);
    if (day > 31 || day < 1) return `There is no ${ordinal[1]}${ordinal[2]} day in a month.`;
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
      return `There is no ${day}${suffix(day)} in ${capitalised(month)} (it has ${length} days).`;
    }
  }
  return undefined;
}
