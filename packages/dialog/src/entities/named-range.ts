/**
 * Named ranges ("today", "this week", "last month", "the next two weeks", "in December", "the
 * weekend"), computed as whole days in the visitor's zone ("the next 3 hours" runs from now).
 * Weeks start on Monday, as in ISO 8601.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDayOf,
  midnightOf,
  weekdayOf,
  type CalendarDay,
} from '../format/time';
import type { ClockContext, DateRangeValue } from './types';
import { monthAlternatives, monthIndexOf, numberWords } from './words';

export interface NamedRangeMatch {
  value: DateRangeValue;
  /** The words that named it, lower-cased, as they appear in the text. */
  text: string;
  /** Where those words start in the text. */
  index: number;
}

/** "The next few days": a few is taken as three. */
const countWords: Readonly<Record<string, number>> = { ...numberWords, few: 3 };

type Unit = 'day' | 'week' | 'month' | 'year';

/** Calendar arithmetic on days of no zone; a range's days are placed in the zone at the end. */
const addDays = addCalendarDays;
const addMonths = addCalendarMonths;
const startOfMonth = (date: CalendarDay): CalendarDay => ({ ...date, day: 1 });
const startOfYear = (date: CalendarDay): CalendarDay => ({ year: date.year, month: 1, day: 1 });
/** The Monday of the day's week. */
const startOfWeek = (date: CalendarDay): CalendarDay => addDays(date, 1 - weekdayOf(date));

/**
 * A named range of whole days [start, end) in the zone; `name` is its `range.label.*` key in
 * the catalogue (`count` for "the next 5 days").
 */
type Place = (start: CalendarDay, end: CalendarDay, name: string, count?: number) => DateRangeValue;

function placer(timeZone: string): Place {
  return (start, end, name, count) => {
    const value: DateRangeValue = {
      start: new Date(midnightOf(start, timeZone)).toISOString(),
      end: new Date(midnightOf(end, timeZone)).toISOString(),
      name,
    };
    if (count !== undefined) value.count = String(count);
    return value;
  };
}

function add(date: CalendarDay, unit: Unit, count: number): CalendarDay {
  switch (unit) {
    case 'day':
      return addDays(date, count);
    case 'week':
      return addDays(date, 7 * count);
    case 'month':
      return addMonths(date, count);
    case 'year':
      return addMonths(date, 12 * count);
  }
}

function countOf(word: string): number | undefined {
  const count = /^\d+$/.test(word) ? Number(word) : countWords[word];
  return count && count > 0 && count <= 1000 ? count : undefined;
}

/** Finds a named range in the text, or undefined. */
export function findNamedRange(text: string, context: ClockContext): NamedRangeMatch | undefined {
  const lower = text.toLowerCase();
  const today = calendarDayOf(context.now, context.timeZone);
  const range = placer(context.timeZone);
  const week = startOfWeek;
  const month = startOfMonth(today);
  const addYears = (date: CalendarDay, years: number) => addMonths(date, 12 * years);
  const found = (match: RegExpExecArray, value: DateRangeValue): NamedRangeMatch => ({
    value,
    text: match[0],
    index: match.index,
  });

  // "the next 3 hours", "the next hour", "over the next few hours": from now, to the minute.
  const hours =
    /\b(?:the\s+|over\s+the\s+|in\s+the\s+|for\s+the\s+|within\s+the\s+)?(?:next|coming|following)\s+(?:(?:a\s+)?(\d{1,2}|[a-z]+)\s+)?hours?\b/.exec(
      lower,
    );
  if (hours) {
    const count = hours[1] === undefined ? 1 : countOf(hours[1]);
    if (count && count <= 72) {
      const start = context.now - (context.now % 60_000);
      const value: DateRangeValue = {
        start: new Date(start).toISOString(),
        end: new Date(start + count * 3600_000).toISOString(),
        name: 'nextHours',
        count: String(count),
      };
      return found(hours, value);
    }
  }

  // "the next 5 days", "the coming two weeks", "over the next 2 years", "the past 3 days".
  const span =
    /\b(?:the\s+|over\s+the\s+|in\s+the\s+|for\s+the\s+)?(next|coming|following|past|last|previous)\s+(?:a\s+)?(\d{1,4}|[a-z]+)(?:\s+of)?\s+(days?|weeks?|months?|years?)\b/.exec(
      lower,
    );
  if (span?.[1] && span[2] && span[3]) {
    const count = countOf(span[2]);
    const unit = span[3].replace(/s$/, '') as Unit;
    if (count) {
      const units = `${unit[0]?.toUpperCase() ?? ''}${unit.slice(1)}s`;
      const past = /past|last|previous/.test(span[1]);
      const value = past
        ? range(add(today, unit, -count), addDays(today, 1), `past${units}`, count)
        : range(today, add(today, unit, count), `next${units}`, count);
      return found(span, value);
    }
  }

  // "the first week of December", "the last week of January": seven days of that month (the
  // 1st–7th, …, the last seven), before "last week" can take the words.
  const weekOf = /\b(?:the\s+)?(first|second|third|fourth|last)\s+week\s+(?=of\s)/.exec(lower);
  const ofMonth = weekOf && namedMonth(lower.slice(weekOf.index + weekOf[0].length), today);
  if (weekOf?.[1] && ofMonth) {
    const which = weekOf[1];
    const next = addMonths(ofMonth.start, 1);
    const start =
      which === 'last' ? addDays(next, -7) : addDays(ofMonth.start, 7 * (ordinalWeeks[which] ?? 0));
    return {
      value: range(start, which === 'last' ? next : addDays(start, 7), `${which}WeekOf`),
      text: lower.slice(weekOf.index, weekOf.index + weekOf[0].length) + ofMonth.text,
      index: weekOf.index,
    };
  }

  // "mid December", "late next month", "early January": a third of that month, the 1st–10th,
  // 11th–20th or 21st to its end.
  const third = /\b(early|mid|late)[- ]?(?:in\s+)?(?=[a-z])/.exec(lower);
  const thirdOf = third && monthNamedAfter(lower.slice(third.index + third[0].length), today);
  if (third?.[1] && thirdOf) {
    const first = { early: 1, mid: 11, late: 21 }[third[1] as 'early' | 'mid' | 'late'];
    const start = { ...thirdOf.start, day: first };
    const end = first === 21 ? addMonths(thirdOf.start, 1) : { ...thirdOf.start, day: first + 10 };
    return {
      value: range(start, end, `${third[1]}Month`),
      text: lower.slice(third.index, third.index + third[0].length) + thirdOf.text,
      index: third.index,
    };
  }

  // "the last Friday of the month", "the first Monday of January": that one day.
  const nth =
    /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:of|in)\s+/.exec(
      lower,
    );
  const nthOf = nth && monthNamedAfter(lower.slice(nth.index + nth[0].length), today);
  if (nth?.[1] && nth[2] && nthOf) {
    const weekday =
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(nth[2].slice(0, 3)) + 1;
    const next = addMonths(nthOf.start, 1);
    let day: CalendarDay;
    if (nth[1] === 'last') {
      const lastDay = addDays(next, -1);
      day = addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
    } else {
      const firstOne = addDays(nthOf.start, (weekday - weekdayOf(nthOf.start) + 7) % 7);
      day = addDays(firstOne, 7 * (ordinalWeeks[nth[1]] ?? 0));
    }
    // One day, said as its date.
    const { name: _unnamed, ...value } = range(day, addDays(day, 1), '');
    return {
      value,
      text: lower.slice(nth.index, nth.index + nth[0].length) + nthOf.text,
      index: nth.index,
    };
  }

  // "the weekend of the 5th": the Saturday and Sunday that day is in, or the next ones.
  const weekendOf = /\b(?:the\s+)?weekend\s+of\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/.exec(
    lower,
  );
  const dayOfMonth = weekendOf ? Number(weekendOf[1]) : 0;
  if (weekendOf && dayOfMonth >= 1 && dayOfMonth <= 31) {
    const after = lower.slice(weekendOf.index + weekendOf[0].length);
    const ofMonth = namedMonth(after, today);
    let date: CalendarDay = ofMonth
      ? { ...ofMonth.start, day: dayOfMonth }
      : { ...today, day: dayOfMonth };
    // Without a month, a day already past this month is next month's.
    if (!ofMonth && dayOfMonth < today.day) date = { ...addMonths(month, 1), day: dayOfMonth };
    const weekday = weekdayOf(date);
    const saturday = addDays(date, weekday === 7 ? -1 : 6 - weekday);
    return {
      value: range(saturday, addDays(saturday, 2), 'weekend'),
      // The whole phrase, so the day inside it is not read as the one day asked about.
      text: ofMonth
        ? weekendOf[0] + after.slice(0, after.indexOf(ofMonth.text) + ofMonth.text.length)
        : weekendOf[0],
      index: weekendOf.index,
    };
  }

  const patterns: [RegExp, () => DateRangeValue][] = [
    // "next fortnight", "over the coming fortnight": the next 14 days, as the UK says two weeks.
    [
      /\b(?:(?:the|this|a)\s+)?(?:(?:next|coming|following)\s+)?fortnight\b(?<!\b(?:last|past|previous)\s+fortnight)/,
      () => range(today, addDays(today, 14), 'nextDays', 14),
    ],
    [
      /\b(?:last|past|previous)\s+fortnight\b/,
      () => range(addDays(today, -14), addDays(today, 1), 'pastDays', 14),
    ],
    [/\btoday\b/, () => range(today, addDays(today, 1), 'today')],
    [
      /\b(?:tonight|this (?:morning|afternoon|evening)|later today|my day)\b/,
      () => range(today, addDays(today, 1), 'today'),
    ],
    [
      // "the day after next" too, but not "the day after next week" or "… next Friday".
      /\b(?:the\s+)?day after (?:tomorrow\b|next\b(?!\s+(?:week|month|year|weekend|[a-z]+day)\b))/,
      () => range(addDays(today, 2), addDays(today, 3), 'dayAfterTomorrow'),
    ],
    [/\btomorrow\b/, () => range(addDays(today, 1), addDays(today, 2), 'tomorrow')],
    [/\byesterday\b/, () => range(addDays(today, -1), today, 'yesterday')],
    [
      /\b(?:rest of (?:the|this) week)\b/,
      () => range(today, addDays(week(today), 7), 'restOfWeek'),
    ],
    [
      /\b(?:the\s+)?week after next\b/,
      () => range(addDays(week(today), 14), addDays(week(today), 21), 'weekAfterNext'),
    ],
    [/\bnext week\b/, () => range(addDays(week(today), 7), addDays(week(today), 14), 'nextWeek')],
    [
      /\b(?:last|previous|past) week\b/,
      () => range(addDays(week(today), -7), week(today), 'lastWeek'),
    ],
    [
      /\b(?:this|the|current|my) week\b/,
      () => range(week(today), addDays(week(today), 7), 'thisWeek'),
    ],
    [/\b(?:rest of (?:the|this) month)\b/, () => range(today, addMonths(month, 1), 'restOfMonth')],
    [
      /\b(?:the\s+)?month after next\b/,
      () => range(addMonths(month, 2), addMonths(month, 3), 'month'),
    ],
    [/\bnext month\b/, () => range(addMonths(month, 1), addMonths(month, 2), 'nextMonth')],
    [/\b(?:last|previous|past) month\b/, () => range(addMonths(month, -1), month, 'lastMonth')],
    [/\b(?:this|the|current) month\b/, () => range(month, addMonths(month, 1), 'thisMonth')],
    [
      /\bnext year\b/,
      () => range(addYears(startOfYear(today), 1), addYears(startOfYear(today), 2), 'nextYear'),
    ],
    [
      /\b(?:this|the|current) year\b/,
      () => range(startOfYear(today), addYears(startOfYear(today), 1), 'thisYear'),
    ],
    [
      /\bnext weekend\b/,
      () => range(addDays(week(today), 12), addDays(week(today), 14), 'nextWeekend'),
    ],
    [
      /\b(?:last|past|previous) weekend\b/,
      () => range(addDays(week(today), -2), week(today), 'lastWeekend'),
    ],
    [
      /\b(?:this |the )?weekend\b/,
      () => {
        // On a Sunday "the weekend" is the one we are in.
        const saturday = addDays(week(today), 5);
        return range(saturday, addDays(saturday, 2), 'weekend');
      },
    ],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(lower);
    if (match) return found(match, build());
  }
  return findMonth(lower, today, range);
}

/** Weeks after the first of them: "the third Monday" is two weeks after the first one. */
const ordinalWeeks: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
};

/** The month named at the start of `rest`: "December", "next month", "this month", "the month". */
function monthNamedAfter(
  rest: string,
  today: CalendarDay,
): { start: CalendarDay; text: string } | undefined {
  const relative = /^(?:(this|the|current|next)\s+month)\b/.exec(rest);
  if (relative?.[1])
    return {
      start: addMonths(startOfMonth(today), relative[1] === 'next' ? 1 : 0),
      text: relative[0],
    };
  const named = new RegExp(`^(?:${monthAlternatives})\\b(?:\\s+\\d{4})?`).exec(rest);
  if (!named) return undefined;
  // Read as "in <month>" would be: the coming one, or the one just gone.
  const month = namedMonth(`in ${named[0]}`, today);
  return month && { start: month.start, text: named[0] };
}

/**
 * A month named without a day: "in December", "December 2027", "last March", or the month alone
 * as an answer. Elsewhere a month needs a word that makes it one ("with Jan", "May I" are not).
 */
function findMonth(lower: string, today: CalendarDay, range: Place): NamedRangeMatch | undefined {
  const month = namedMonth(lower, today);
  if (!month) return undefined;
  return {
    value: range(month.start, addMonths(month.start, 1), 'month'),
    text: month.text,
    index: month.index,
  };
}

/** The first day of the month `findMonth` reads, with the words that named it. */
function namedMonth(
  lower: string,
  today: CalendarDay,
): { start: CalendarDay; text: string; index: number } | undefined {
  const match = new RegExp(
    `(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(?:\\b(in|during|for|of|this|next|last|until|till|through|since|from|over|throughout|all)\\s+(?:the\\s+month\\s+of\\s+)?|^\\s*)(${monthAlternatives})\\b(?:\\s+(\\d{4}))?(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)`,
    'i',
  ).exec(lower);
  const bareInSentence =
    match && !match[1] && !match[3] && lower.trim().replace(/[.!?]+$/, '') !== match[0].trim();
  if (!match?.[2] || bareInSentence) return undefined;
  const index = monthIndexOf(match[2]);
  const current = today.month - 1;
  let year = match[3] ? Number(match[3]) : today.year;
  if (!match[3]) {
    // A month without a year is the coming one ("in March" in November is next March), unless
    // it is this month, the visitor said "last", or it has only just ended: "in November" said
    // in December (or in January) is the November just gone, not one eleven months away.
    const monthsAgo = (current - index + 12) % 12;
    if (match[1] === 'last') year -= index >= current ? 1 : 0;
    else if (match[1] === 'next') year += index <= current ? 1 : 0;
    else if (monthsAgo >= 1 && monthsAgo <= 2) year -= index > current ? 1 : 0;
    else if (index < current) year += 1;
  }
  const first = startOfMonth(today);
  return {
    start: addMonths(first, (year - today.year) * 12 + index - current),
    text: match[0].trim(),
    index: match.index + match[0].indexOf(match[2]),
  };
}
