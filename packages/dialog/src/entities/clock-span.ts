/**
 * Two clock times that bound part of a day: "9-12", "from 9 to 12", "between 2 and 4", "3-5pm",
 * "9am until noon". chrono reads some of these and drops others ("Thursday 9-12" is only
 * Thursday to it), and it quietly moves a reversed end to the next day ("from 3pm to 1pm").
 */

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface ClockSpan {
  start: ClockTime;
  end: ClockTime;
  /** The words of the span, as typed. */
  text: string;
  index: number;
}

const time = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?|(noon|midday|midnight)`;
const month = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
// Not a day range ("Dec 3-10", "from 3 to 10 December"), a count ("30-45 minutes", "2-3 people")
// nor part of a numeric date ("2026-12-03", "03-12-2026").
const spanPattern = new RegExp(
  String.raw`(?:\b(from|between)\s+)?(?<![\d:.])(?<!\d[-/])(?<!${month}\s*)(?:${time})\s*(-|–|—|\bto\b|\buntil\b|\btill\b|\band\b)\s*(?:${time})(?![\d:])(?![-/]\d)(?!\s*(?:min|minutes?|mins|hours?|hrs?|h\b|days?|weeks?|months?|people|persons|guests|%|\/|st\b|nd\b|rd\b|th\b|of\b|${month}))`,
  'i',
);

function read(
  hour: string | undefined,
  minute: string | undefined,
  meridiem: string | undefined,
  word: string | undefined,
): { hour: number; minute: number; meridiem?: 'am' | 'pm' } | undefined {
  if (word) {
    const lower = word.toLowerCase();
    return lower === 'midnight'
      ? { hour: 0, minute: 0, meridiem: 'am' }
      : { hour: 12, minute: 0, meridiem: 'pm' };
  }
  const h = Number(hour);
  const m = minute ? Number(minute) : 0;
  if (!(h >= 0 && h <= 24) || m > 59) return undefined;
  const read: { hour: number; minute: number; meridiem?: 'am' | 'pm' } = { hour: h, minute: m };
  if (meridiem) read.meridiem = meridiem.toLowerCase().startsWith('a') ? 'am' : 'pm';
  return read;
}

/** An hour said without am/pm: office hours are meant, so 1–7 are afternoon hours ("at 3"). */
function officeHour(hour: number): number {
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

function to24(hour: number, meridiem: 'am' | 'pm'): number {
  const base = hour % 12;
  return meridiem === 'pm' ? base + 12 : base;
}

/** The first clock span in the text, its hours resolved to 0–24; undefined when there is none. */
export function findClockSpan(text: string): ClockSpan | undefined {
  const match = spanPattern.exec(text);
  if (!match) return undefined;
  const [, lead, h1, m1, mer1, word1, connector, h2, m2, mer2, word2] = match;
  // "and" joins two times only after "between": "at 3 and 4 people" is not a span.
  if (/^and$/i.test(connector ?? '') && lead?.toLowerCase() !== 'between') return undefined;
  const first = read(h1, m1, mer1, word1);
  const second = read(h2, m2, mer2, word2);
  if (!first || !second) return undefined;
  let startHour: number;
  let endHour: number;
  if (second.meridiem) {
    endHour = to24(second.hour, second.meridiem);
    if (first.meridiem) startHour = to24(first.hour, first.meridiem);
    else {
      // "3-5pm": the start shares the end's half of the day unless that would put it after the end ("11-1pm").
      const same = to24(first.hour, second.meridiem);
      startHour = same <= endHour ? same : to24(first.hour, second.meridiem === 'pm' ? 'am' : 'pm');
    }
  } else if (first.meridiem) {
    startHour = to24(first.hour, first.meridiem);
    // "9am-5": the end is the first such hour after the start.
    endHour = second.hour;
    if (endHour < 12 && endHour <= startHour && endHour + 12 > startHour) endHour += 12;
  } else {
    startHour = officeHour(first.hour);
    endHour = officeHour(second.hour);
  }
  // Midnight as an end is the end of the day.
  if (word2?.toLowerCase() === 'midnight' || (endHour === 0 && second.minute === 0 && !mer2))
    endHour = 24;
  return {
    start: { hour: startHour, minute: first.minute },
    end: { hour: endHour, minute: second.minute },
    text: match[0],
    index: match.index,
  };
}

/** Minutes since midnight. */
export function minutesOf(clock: ClockTime): number {
  return clock.hour * 60 + clock.minute;
}

const oneSidedPattern = new RegExp(
  String.raw`\b(after|before|from|until|till)\s+(?:${time})(?![\d:])(\s*\bon(?:wards?)?\b)?(?!\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\band\b|min|minutes?|mins|hours?|hrs?|days?|weeks?|months?|people|%|\/|st\b|nd\b|rd\b|th\b))`,
  'i',
);

/**
 * A clock time that bounds a day on one side, as the span of the day it leaves: "after 3pm" is
 * 15:00–24:00, "before 10" and "until noon" run from 00:00. "From 4" counts only with "on" or
 * "onwards" after it ("from 4 onwards"). Without am/pm, office hours are meant, as in "at 3".
 */
export function findOneSidedClockSpan(text: string): ClockSpan | undefined {
  const match = oneSidedPattern.exec(text);
  if (!match) return undefined;
  const [whole, word, hour, minute, meridiem, named, onwards] = match;
  const lead = (word ?? '').toLowerCase();
  if (lead === 'from' && !onwards) return undefined;
  const read24 = read(hour, minute, meridiem, named);
  if (!read24) return undefined;
  const hours = read24.meridiem ? to24(read24.hour, read24.meridiem) : officeHour(read24.hour);
  if (hours > 23) return undefined;
  const time = { hour: hours, minute: read24.minute };
  const after = lead === 'after' || lead === 'from';
  return {
    start: after ? time : { hour: 0, minute: 0 },
    end: after ? { hour: 24, minute: 0 } : time,
    text: whole,
    index: match.index,
  };
}

/** The hours a text bounds a day by: a span ("3-5pm") or, failing that, one side ("after 3pm"). */
export function findClockBounds(text: string): ClockSpan | undefined {
  return findClockSpan(text) ?? findOneSidedClockSpan(text);
}
