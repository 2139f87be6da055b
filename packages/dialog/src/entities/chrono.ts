/**
 * chrono-node, read in the visitor's zone. chrono only knows fixed offsets, so we take the wall-clock
 * components it found and build the instant ourselves in the IANA zone: "next Tuesday at 3" stays
 * 15:00 local even when a DST change falls in between.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { zonedInstant, zoneOffsetMinutes } from '../format/time';
import type { EntityContext } from './types';

export interface ParsedMoment {
  instant: number;
  /** The visitor named a time of day (not only a date). */
  hasTime: boolean;
  /** The visitor named a day ("tomorrow", "Friday", "the 3rd"), not only a time. */
  hasDate: boolean;
  /** The visitor named the month too ("Nov 3", "tomorrow"), not only a weekday or "the 3rd". */
  hasMonth: boolean;
}

export interface ParsedDate {
  text: string;
  index: number;
  start: ParsedMoment;
  end?: ParsedMoment;
}

const timeOfDayWords = /\b(morning|afternoon|evening|noon|midday|midnight|tonight)\b/i;

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
      const candidate = new Date(Date.UTC(year, month - 1, day));
      if (candidate.getUTCDate() !== day) return null;
      // The month and year are inferred, not said: a range's end can then be read from its start.
      return context.createParsingComponents({ day }).imply('month', month).imply('year', year);
    },
  };
}

const parser = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.push(ordinalDayParser());
  return custom;
})();

function toMoment(
  components: ParsedComponents,
  text: string,
  context: EntityContext,
): ParsedMoment {
  let hour = components.get('hour') ?? 0;
  const hasTime = components.isCertain('hour') || timeOfDayWords.test(text);
  // "at 3" with no am/pm means the afternoon: nobody books a meeting at 3 in the morning by chat.
  if (components.isCertain('hour') && !components.isCertain('meridiem') && hour >= 1 && hour <= 7) {
    hour += 12;
  }
  const instant = zonedInstant(
    context.timeZone,
    components.get('year') ?? 1970,
    components.get('month') ?? 1,
    components.get('day') ?? 1,
    hasTime ? hour : 0,
    hasTime ? (components.get('minute') ?? 0) : 0,
  );
  const hasDate =
    components.isCertain('day') || components.isCertain('weekday') || components.isCertain('month');
  return { instant, hasTime, hasDate, hasMonth: components.isCertain('month') };
}

/** Every date or time chrono finds in the text, as instants in the visitor's zone. */
export function parseDates(text: string, context: EntityContext): ParsedDate[] {
  const reference = {
    instant: new Date(context.now),
    timezone: zoneOffsetMinutes(context.now, context.timeZone),
  };
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text, reference, { forwardDate: true });
  } catch {
    return [];
  }
  // "30 minutes" or "an hour" alone is a duration, not "30 minutes from now" ("in 30 minutes" is).
  const durations =
    /^(?:for\s+)?(?:\d+(?:\.\d+)?|an?|one|half an?)\s*(?:minutes?|mins?|hours?|hrs?|h|m)\b/i;
  return results
    .filter((result) => !durations.test(result.text.trim()))
    .map((result) => {
      const parsed: ParsedDate = {
        text: result.text,
        index: result.index,
        start: toMoment(result.start, result.text, context),
      };
      if (result.end) {
        const end = toMoment(result.end, result.text, context);
        // "3-4pm": chrono gives the end its meridiem; the start follows it.
        if (
          end.hasTime &&
          parsed.start.hasTime &&
          end.instant - parsed.start.instant > 12 * 3600_000
        ) {
          parsed.start = { ...parsed.start, instant: parsed.start.instant + 12 * 3600_000 };
        }
        parsed.end = end;
      }
      return parsed;
    });
}

/** Ordinals no month has ("the 45th"), so the visitor hears why the date was not understood. */
export function impossibleDateProblem(text: string): string | undefined {
  const ordinal = /\b(\d{1,3})(?:st|nd|rd|th)\b/i.exec(text);
  if (ordinal && Number(ordinal[1]) > 31) {
    return `There is no ${ordinal[0]} day in a month.`;
  }
  const monthDay =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/i.exec(
      text,
    );
  if (monthDay) {
    const months = [
      'jan',
      'feb',
      'mar',
      'apr',
      'may',
      'jun',
      'jul',
      'aug',
      'sep',
      'oct',
      'nov',
      'dec',
    ];
    const month = months.indexOf((monthDay[1] ?? '').toLowerCase().slice(0, 3));
    const day = Number(monthDay[2]);
    const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] ?? 31;
    if (day > longest || day < 1)
      return `${monthDay[0]} is not a date: that month has at most ${longest} days.`;
  }
  return undefined;
}
