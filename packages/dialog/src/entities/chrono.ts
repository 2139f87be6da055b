/**
 * chrono-node, read in the visitor's zone. chrono only knows fixed offsets, so we take the wall-clock
 * components it found and build the instant ourselves in the IANA zone: "next Tuesday at 3" stays
 * 15:00 local even when a DST change falls in between.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import {
  addCalendarDays,
  calendarDayOf,
  wallClockFate,
  zonedInstant,
  zoneOffsetMinutes,
  type WallClockFate,
} from '../format/time';
import type { ClockContext } from './types';
import { numberWords } from './words';

export interface ParsedMoment {
  instant: number;
  /** The visitor named a time of day (not only a date). */
  hasTime: boolean;
  /** The visitor named a day ("tomorrow", "Friday", "the 3rd"), not only a time. */
  hasDate: boolean;
  /** The visitor named the month too ("Nov 3", "tomorrow"), not only a weekday or "the 3rd". */
  hasMonth: boolean;
  /** The wall-clock time asked for, when one was: DST may skip it or repeat it. */
  wallClock?: WallClock;
  /** A month was named and no day of it ("in December", "mid December at 3pm"). */
  monthOnly?: boolean;
  /** The weekday said with a day of the month ("Friday the 13th"), 0 for Sunday to 6. */
  saidWeekday?: number;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  fate: WallClockFate;
}

export interface ParsedDate {
  text: string;
  index: number;
  start: ParsedMoment;
  end?: ParsedMoment;
  /**
   * Only a part of the day ("Night", "Morning") with no day or clock time: in "schedule Night job
   * on Sunday at 2:30am" it is a word of the title, not the date.
   */
  dayPartOnly: boolean;
}

const timeOfDayWords = /\b(morning|afternoon|evening|noon|midday|midnight|tonight)\b/i;
const dayPartWord = /^(?:the\s+|this\s+|in\s+the\s+)?(?:morning|afternoon|evening|night)$/i;

/** "the 3rd", "the 10th": a day of this month (or the next one, when it has passed). */
function ordinalDayParser(): chrono.Parser {
  return {
    pattern: () =>
      /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
    extract: (context, match) => {
      const day = Number(match[1]);
      if (day < 1 || day > 31) return null;
      const ref = context.reference.getDateWithAdjustedTimezone();
      let year = ref.getFullYear();
      let month = ref.getMonth() + 1;
      if (day < ref.getDate()) {
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
      // A day the month lacks ("the 31st" in November) is not quietly moved to another month;
      // `impossibleDateProblem` says why instead.
      const candidate = new Date(Date.UTC(year, month - 1, day));
      if (candidate.getUTCDate() !== day) return null;
      // The month and year are inferred, not said: a range's end can then be read from its start.
      return context.createParsingComponents({ day }).imply('month', month).imply('year', year);
    },
  };
}

const weekdayNumbers: Readonly<Record<string, number>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
// Whole day names and their short forms only: "month" is no Monday.
const weekdayName = String.raw`(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|rs|r|urday)?\.?`;

/**
 * "Friday week", "a week on Friday", "Monday after next" (British): that weekday in the week
 * after its next one. chrono reads only "Friday" and drops the week.
 */
function weekAfterParser(): chrono.Parser {
  return {
    pattern: () =>
      new RegExp(
        String.raw`\b(?:on\s+)?(?:${weekdayName}\s+week\b|a\s+week\s+on\s+${weekdayName}\b|${weekdayName}\s+after\s+next\b)`,
        'i',
      ),
    extract: (context, match) => {
      const word = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
      const weekday = weekdayNumbers[word];
      if (!weekday) return null;
      const ref = context.reference.getDateWithAdjustedTimezone();
      const today = ((ref.getDay() + 6) % 7) + 1;
      // The next one after today, then a week on.
      const ahead = ((weekday - today + 7) % 7 || 7) + 7;
      const date = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + ahead);
      return context.createParsingComponents({
        day: date.getDate(),
        month: date.getMonth() + 1,
        year: date.getFullYear(),
        weekday: weekday % 7,
      });
    },
  };
}

function withOwnParsers(base: chrono.Chrono): chrono.Chrono {
  const custom = base.clone();
  custom.parsers.push(ordinalDayParser());
  // First: where chrono's weekday reading of "Friday" overlaps, the longer reading is kept.
  custom.parsers.unshift(weekAfterParser());
  return custom;
}

const parser = withOwnParsers(chrono.casual);
const dayFirstLocales = new Map<string, boolean>();

/**
 * "3/12", "3/12/2026", "3.12.26": two numbers, then maybe the year after the same separator.
 * Groups: the first number, the separator, the second number, the year.
 */
export const numericDate = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/.])/g;

/**
 * chrono reads "3/12" month first, as the US writes it; to a visitor in the UK or Germany it is
 * 3 December. For day-first locales the two numbers swap places before chrono reads the text
 * (the text keeps its length, so every index stays right), unless only the typed order can be a
 * date ("12/25"). chrono's own day-first configuration is not used: it also reads "February 20"
 * as February 2020.
 */
function inMonthFirstOrder(text: string, locale: string): string {
  if (!writesDayFirst(locale) || typedMonthFirst(text)) return text;
  return text.replace(
    numericDate,
    (whole, day: string, separator: string, month: string, year?: string) =>
      // "9.30" without a year is a time, not a date.
      (separator === '.' && !year) || Number(month) > 12 || Number(day) > 31
        ? whole
        : `${month}${separator}${day}${year ? `${separator}${year}` : ''}`,
  );
}

/** "from 11/30 to 12/4": one date that can only be month first says how the others are written. */
function typedMonthFirst(text: string): boolean {
  for (const [, first, separator, second, year] of text.matchAll(numericDate)) {
    if ((separator === '/' || year) && Number(second) > 12 && Number(first) <= 12) return true;
  }
  return false;
}

/**
 * The context to read parts of `text` in ("12/4" of "from 11/30 to 12/4"): month first when the
 * whole text is written so, though the locale writes day first.
 */
export function inTypedOrder<T extends ClockContext>(text: string, context: T): T {
  return writesDayFirst(context.locale) && typedMonthFirst(text)
    ? { ...context, locale: 'en-US' }
    : context;
}

/** Whether the locale writes a numeric date day before month (en-GB, de, fr: yes; en-US: no). */
export function writesDayFirst(locale: string): boolean {
  let answer = dayFirstLocales.get(locale);
  if (answer === undefined) {
    let order: string[] = [];
    try {
      order = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' })
        .formatToParts(0)
        .map((part) => part.type);
    } catch {
      // An unusable locale tag: read as chrono's default, month first.
    }
    answer = order.indexOf('day') >= 0 && order.indexOf('day') < order.indexOf('month');
    if (dayFirstLocales.size > 50) dayFirstLocales.clear();
    dayFirstLocales.set(locale, answer);
  }
  return answer;
}

/**
 * The part of the day the words of a time put it in ("tomorrow morning at 7", "at 9 tomorrow
 * evening"), when they name one part only.
 */
function dayPartOf(text: string): 'morning' | 'later' | 'night' | undefined {
  const morning = /\bmorning\b/i.test(text);
  const later = /\b(?:afternoon|evening)\b/i.test(text);
  const night = /\b(?:tonight|night)\b/i.test(text);
  if (morning && !later && !night) return 'morning';
  if (later && !morning) return 'later';
  if (night && !morning) return 'night';
  return undefined;
}

/** When a part of the day said with no time starts: "Friday morning" is 09:00. */
function dayPartStart(text: string): number | undefined {
  const part = /\b(morning|afternoon|evening)\b/i.exec(text)?.[1]?.toLowerCase();
  return part === 'morning' ? 9 : part === 'afternoon' ? 14 : part === 'evening' ? 18 : undefined;
}

/** The hour a visitor means by an hour said with no am/pm. */
function meantHour(hour: number, dayPart: ReturnType<typeof dayPartOf>): number {
  if (dayPart === 'morning') return hour;
  // "at 9 in the evening" is 21:00; "at 2 tonight" is 02:00, "at 8 tonight" 20:00.
  if (dayPart === 'later') return hour >= 1 && hour <= 11 ? hour + 12 : hour;
  if (dayPart === 'night') return hour >= 5 && hour <= 11 ? hour + 12 : hour;
  // "at 3" means the afternoon: nobody books a meeting at 3 in the morning by chat.
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

/** What a range says after its last "to", "until" or dash: the end's own words. */
const afterLastRangeWord = /(?:\b(?:to|until|till)\b|[-–])((?:(?!\b(?:to|until|till)\b|[-–]).)*)$/i;

/** Words of a day, for telling "to 2" from "to tuesday 2pm" in a range's end. */
const saysADay =
  /\d[/.]\d|\b(?:\d{1,2}(?:st|nd|rd|th)|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function toMoment(
  components: Components,
  text: string,
  context: ClockContext,
  /** The part of the day said with it, if any (passed: no default, `undefined` means none). */
  dayPart: ReturnType<typeof dayPartOf>,
  /** Whether am/pm was said for this moment (chrono gives a range's end the start's). */
  meridiemSaid = components.isCertain('meridiem'),
): ParsedMoment {
  let hour = components.get('hour') ?? 0;
  const hasTime = components.isCertain('hour') || timeOfDayWords.test(text);
  // A part of the day alone starts when people start it, not at chrono's 06:00 or 20:00: the
  // busy templates read "morning" as 08:00–12:00 too (date-range.ts).
  if (!components.isCertain('hour')) hour = dayPartStart(text) ?? hour;
  if (components.isCertain('hour') && !meridiemSaid) hour = meantHour(hour, dayPart);
  const minute = hasTime ? (components.get('minute') ?? 0) : 0;
  const year = components.get('year') ?? 1970;
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  const instant = zonedInstant(context.timeZone, year, month, day, hasTime ? hour : 0, minute);
  const hasDate =
    components.isCertain('day') || components.isCertain('weekday') || components.isCertain('month');
  const moment: ParsedMoment = {
    instant,
    hasTime,
    hasDate,
    hasMonth: components.isCertain('month'),
  };
  if (components.isCertain('hour'))
    moment.wallClock = wallClock(context, year, month, day, hour, minute);
  if (
    components.isCertain('month') &&
    !components.isCertain('day') &&
    !components.isCertain('weekday')
  )
    moment.monthOnly = true;
  const weekday = components.get('weekday');
  if (components.isCertain('weekday') && components.isCertain('day') && weekday !== null)
    moment.saidWeekday = weekday;
  return moment;
}

function wallClock(
  context: ClockContext,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): WallClock {
  return {
    year,
    month,
    day,
    hour,
    minute,
    fate: wallClockFate(context.timeZone, year, month, day, hour, minute),
  };
}

function sameWallDay(first: ParsedMoment, second: ParsedMoment): boolean {
  const [a, b] = [first.wallClock, second.wallClock];
  return !a || !b || (a.year === b.year && a.month === b.month && a.day === b.day);
}

/** The same day's wall clock `hours` later ("3-4pm": the 3 is in the afternoon too). */
function laterOnSameDay(moment: ParsedMoment, hours: number, context: ClockContext): ParsedMoment {
  const clock = moment.wallClock;
  if (!clock) return { ...moment, instant: moment.instant + hours * 3600_000 };
  const { year, month, day, minute } = clock;
  const hour = clock.hour + hours;
  return {
    ...moment,
    instant: zonedInstant(context.timeZone, year, month, day, hour, minute),
    wallClock: wallClock(context, year, month, day, hour, minute),
  };
}

/**
 * What chrono reads as dates but a visitor means as a length or a word: "30 minutes", "a
 * quarter", "the second" ("the second one" picks an option; it is not a second from now).
 */
const durations = new RegExp(
  `^(?:for\\s+)?(?:(?:\\d+(?:\\.\\d+)?|${Object.keys(numberWords).join('|')}|half an?|a half)?\\s*(?:minutes?|mins?|hours?|hrs?|h|m|quarters?(?:\\s+of\\s+an?\\s+hour)?)\\b[\\s,]*(?:and\\s+)?)+$|^(?:for\\s+)?(?:\\d+(?:\\.\\d+)?|an?|one|half an?|a half|three)?\\s*(?:minutes?|mins?|hours?|hrs?|h|m|quarters?(?:\\s+of\\s+an?\\s+hour)?)\\b|^(?:the\\s+|a\\s+)?(?:second|sec|minute|moment)s?$|^(?:a\\s+)?half(?:\\s+an?)?[- ]?day$`,
  'i',
);

/**
 * The last readings, by text and clock. One visitor turn reads the same text for many slots (a
 * start, a length, a title, days…), and chrono is the costliest step of each; what it finds
 * depends only on the text, the instant, the zone, the locale and the direction. Frozen, so no
 * caller can change what the next one gets.
 */
const recentReadings = new Map<string, readonly ParsedDate[]>();
const recentReadingsKept = 32;

/** Every date or time chrono finds in the text, as instants in the visitor's zone. */
export function parseDates(
  text: string,
  context: ClockContext,
  /** `forward: false` reads "Monday" as the last one ("since Monday"), not the next. */
  options: { forward?: boolean } = {},
): readonly ParsedDate[] {
  const forward = options.forward ?? true;
  const key = `${forward ? 'f' : 'b'} ${context.now} ${context.timeZone} ${context.locale} ${text}`;
  const known = recentReadings.get(key);
  if (known) return known;
  const found = readDates(text, context, forward);
  if (recentReadings.size >= recentReadingsKept) {
    const oldest = recentReadings.keys().next().value;
    if (oldest !== undefined) recentReadings.delete(oldest);
  }
  recentReadings.set(key, found);
  return found;
}

/** "last Friday", "previous Monday": a weekday before today, whatever the direction. */
const pastWeekday = /\b(?:last|past|previous)\s+(?:mon|tue|wed|thu|fri|sat|sun)/i;

/** How far back a date said without its year may be this year's, not next year's. */
const recentPastDays = 60;

/** What `toMoment` reads of chrono's components. */
type Components = Pick<ParsedComponents, 'get' | 'isCertain'>;

/** The same components in another (implied) year. */
function inYear(components: Components, year: number): Components {
  return {
    get: (component) => (component === 'year' ? year : components.get(component)),
    isCertain: (component) => components.isCertain(component),
  };
}

/**
 * "On 1 December", said on the 2nd, is yesterday: forward reading puts a day and month without a
 * year in the coming year as soon as it has passed, a year away, which nobody means of a date
 * a few weeks ago (as with a month just ended, named-range.ts). Further back, the coming one.
 * The result's start and end, in this year when so.
 */
function withRecentPast(
  result: chrono.ParsedResult,
  context: ClockContext,
): { start: Components; end: Components | undefined } {
  const { start, end } = result;
  const year = start.get('year');
  if (year === null || !start.isCertain('month') || start.isCertain('year')) return { start, end };
  // "December" alone, said in December, is this one.
  const thisMonth =
    !start.isCertain('day') &&
    start.get('month') === calendarDayOf(context.now, context.timeZone).month;
  if (!start.isCertain('day') && !thisMonth) return { start, end };
  const thisYears = zonedInstant(
    context.timeZone,
    year - 1,
    start.get('month') ?? 1,
    start.get('day') ?? 1,
  );
  const ago = context.now - thisYears;
  if (ago < 0 || (!thisMonth && ago > recentPastDays * 86_400_000)) return { start, end };
  const sameYearEnd = end && !end.isCertain('year') && end.get('year') === year;
  return { start: inYear(start, year - 1), end: end && sameYearEnd ? inYear(end, year - 1) : end };
}

function readDates(text: string, context: ClockContext, forward: boolean): readonly ParsedDate[] {
  const reference = {
    instant: new Date(context.now),
    timezone: zoneOffsetMinutes(context.now, context.timeZone),
  };
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(inMonthFirstOrder(text, context.locale), reference, {
      // chrono's forward reading takes "last Friday" to the coming one.
      forwardDate: forward && !pastWeekday.test(text),
    });
  } catch {
    return Object.freeze([]);
  }
  // "30 minutes" or "an hour" alone is a duration, not "30 minutes from now" ("in 30 minutes" is).
  const kept = results.filter((result) => !durations.test(result.text.trim()));
  const dates = kept.map((result, at) => {
    // "at 9 tomorrow evening": chrono reads "evening" apart, right after the time it qualifies.
    const next = kept[at + 1];
    const beside =
      next &&
      dayPartWord.test(next.text.trim()) &&
      /^\s*(?:in\s+the\s+)?$/i.test(text.slice(result.index + result.text.length, next.index))
        ? next.text
        : '';
    const { start, end: endComponents } = forward
      ? withRecentPast(result, context)
      : { start: result.start, end: result.end };
    const parsed: ParsedDate = {
      // As typed: the numbers of a day-first date were swapped for chrono.
      text: text.slice(result.index, result.index + result.text.length),
      index: result.index,
      start: toMoment(start, result.text, context, dayPartOf(`${result.text} ${beside}`)),
      dayPartOnly: dayPartWord.test(result.text.trim()),
    };
    if (endComponents) {
      // The end's own words: "from 9 in the morning to 5" ends at 17:00.
      const endWords = `${afterLastRangeWord.exec(result.text)?.[1] ?? result.text} ${beside}`;
      // "from 9 in the morning to 5": chrono makes the 5 a morning one too.
      const endMeridiem =
        /\d\s*(?:[ap]\.?m\b)|\b(?:noon|midnight)\b/i.test(endWords) &&
        endComponents.isCertain('meridiem');
      let end = toMoment(endComponents, result.text, context, dayPartOf(endWords), endMeridiem);
      // chrono puts an end said as a time alone on the next day when its hour is smaller
      // ("tomorrow from 10 to 2"); read as 14:00, it is the same day's.
      const clock = end.wallClock;
      if (clock && !saysADay.test(endWords) && end.instant - parsed.start.instant > 24 * 3600_000) {
        const { year, month, day } = addCalendarDays(clock, -1);
        end = {
          ...end,
          instant: zonedInstant(context.timeZone, year, month, day, clock.hour, clock.minute),
          wallClock: wallClock(context, year, month, day, clock.hour, clock.minute),
        };
      }
      // "3-4pm": chrono gives the end its meridiem; the start follows it. Only a start with no
      // am/pm of its own, on the end's day: "monday 9am to wednesday 5pm" stays at 9.
      if (
        end.hasTime &&
        parsed.start.hasTime &&
        !result.start.isCertain('meridiem') &&
        sameWallDay(parsed.start, end) &&
        end.instant - parsed.start.instant > 12 * 3600_000
      ) {
        parsed.start = laterOnSameDay(parsed.start, 12, context);
      }
      parsed.end = end;
    }
    Object.freeze(parsed.start);
    if (parsed.end) Object.freeze(parsed.end);
    return Object.freeze(parsed);
  });
  return Object.freeze(dates);
}
