import { formatClock, formatDate, formatMonth, formatTime, formatZoneName } from '../format/intl';
import { addCalendarDays, atClockOn, wallClockOf, zonedInstant } from '../format/time';
import { parseDates, type ParsedDate, type ParsedMoment } from './chrono';
import { findClockSpan } from './clock-span';
import { extractDuration, shiftBy } from './duration';
import { impossibleDateProblem } from './impossible-date';
import { afterOpening, nothingMoreThan } from './words';
import { readingContext } from './named-zone';
import type { EntityContext, Extraction } from './types';

function combine(dateOf: number, timeOf: number, context: EntityContext): number {
  const { hour, minute } = wallClockOf(timeOf, context.timeZone);
  return atClockOn(dateOf, context.timeZone, hour, minute);
}

/**
 * The date chrono found that the visitor meant as the moment: one with a day and a time beats one
 * with only a time, which beats a day alone; a lone part of the day ("Night" in "Night job") is a
 * word of a title, not the date.
 */
function bestMoment(dates: readonly ParsedDate[]): ParsedDate | undefined {
  const candidates = dates.filter((date) => !date.dayPartOnly);
  return (
    candidates.find((date) => date.start.hasTime && date.start.hasDate) ??
    candidates.find((date) => date.start.hasTime) ??
    candidates[0] ??
    dates[0]
  );
}

/** Says what DST did to the time asked for: 02:30 on the night the clocks skip it, or repeat it. */
export function wallClockNote(moment: ParsedMoment, context: EntityContext): string | undefined {
  const clock = moment.wallClock;
  if (!clock || clock.fate === 'exact') return undefined;
  const words = {
    asked: formatClock(clock.hour, clock.minute, context.locale),
    day: formatDate(moment.instant, context),
    zone: formatZoneName(context, moment.instant),
  };
  if (clock.fate === 'skipped')
    return context.t('dateTime.skipped', { ...words, used: formatTime(moment.instant, context) });
  return context.t('dateTime.repeated', words);
}

/**
 * "the day after", "the next day", "a week later": days from the moment already chosen, when
 * the text opens with them ("no wait, the day after at 4pm"); "the day after the 3rd" and a
 * description that mentions "the day before" are not moves.
 */
const dayShifts: [RegExp, number][] = [
  [/(?:the\s+)?(?:next|following)\s+day\b|(?:the\s+|a\s+)?day\s+(?:after|later)\b(?!\s+next)/i, 1],
  [/(?:the\s+)?day\s+before\b|(?:the\s+|a\s+)?day\s+earlier\b/i, -1],
  [/(?:the\s+|a\s+)?week\s+(?:after|later)\b/i, 7],
  [/(?:the\s+|a\s+)?week\s+(?:before|earlier)\b/i, -7],
];

/** Text for another field ("description: prep the day after", "call it The Day After"). */
const forAnotherField =
  /^\s*(?:description|notes?|agenda|location|place|where|title|name)\s*[:\-–]|\b(?:set|change|add|make|update)\s+(?:the\s+|a\s+)?(?:description|notes?|agenda|location|place)\b|\b(?:call(?:ed)?\s+it|rename(?:\s+it)?|titled?|named)\b|["“”]/i;

/** A change to a bare hour: "actually 10", "move it to 4", "make it 9:30 instead". */
const bareHourChange =
  /^(?:(?:no+|wait|actually|ok(?:ay)?|sorry|so|make it|make that|move it(?: to)?|change it to|push it to|let'?s (?:do|say|make it)|rather|how about|what about|maybe)\b[,!.\s]*)+(?:at\s+)?((?:[1-9]|1[0-2])(?::[0-5]\d)?|(?:1[3-9]|2[0-3]):[0-5]\d)\s*(?:instead|please|then)?[.!?]*$/i;

/** "until 5", "till half 4", "it ends at 4:30": the end, never the start. */
const saysTheEnd = /^\s*(?:(?:it\s+)?(?:ends?|finish(?:es)?)(?:\s+at)?|until|till|til)\s+(\S.*)$/i;

/** When the text says only when something ends ("until 5", "it ends at 4:30"): those words. */
export function saidEnd(text: string): string | undefined {
  return saysTheEnd.exec(text)?.[1];
}

/** What may follow a move and keep it one: "that", "instead", "please", "same time", a "?". */
const moveEnd = nothingMoreThan('would be better|works better|(?:at )?the same time|same time');

/** Words that turn a move down: "not the day after", "never the day before". */
const refusal = String.raw`\b(?:not|no|don't|never)\s+(?:the\s+)?`;

/** Around a move by an amount of time, the words that keep it one: "push it …", "can we do … instead?". */
const aroundShift =
  /^(?:\s*(?:no+|wait|actually|ok(?:ay)?|sorry|so|can we|could we|let'?s|please|maybe)\b[,!.]*)*\s*(?:(?:push|move|bring|shift|put|make|start)\s+(?:it|that|this|the\s+(?:event|meeting|start))?\s*(?:to\s+)?(?:start\s+)?)?\s*(?:by\s+)?[\s,.!?]*(?:please|instead|then)?[\s.!?]*$/i;

/** `previous` moved by an amount of time the text names ("an hour later", "back 30 minutes"). */
function shiftedFrom(text: string, instant: number, context: EntityContext): number | undefined {
  const shift = shiftBy.exec(text);
  const amountText = shift?.[1] ?? shift?.[4];
  const direction = (shift?.[2] ?? shift?.[3])?.toLowerCase();
  if (!shift || !amountText || !direction) return undefined;
  const rest = text.slice(0, shift.index) + ' ' + text.slice(shift.index + shift[0].length);
  if (!aroundShift.test(rest)) return undefined;
  const minutes = extractDuration(amountText, context)?.value;
  if (typeof minutes !== 'number') return undefined;
  // "Push it back" is later; "bring it forward" is earlier.
  const sign = direction === 'later' || direction === 'back' ? 1 : -1;
  return instant + sign * minutes * 60_000;
}

/** `previous` moved by the days the text names, at its time or the one said with the move. */
function movedFrom(text: string, previous: string, context: EntityContext): Extraction | undefined {
  const instant = Date.parse(previous);
  if (Number.isNaN(instant)) return undefined;
  const shifted = shiftedFrom(text, instant, context);
  if (shifted !== undefined) return { value: new Date(shifted).toISOString() };
  for (const [pattern, days] of dayShifts) {
    // "no wait, the day after", "can we do the day after?", "push it to the next day 4pm".
    const found = afterOpening(text, pattern) ?? afterPhrase(text, pattern);
    if (found === undefined) continue;
    // "the day after at 4pm": that day, at that time; "the day after tomorrow" is no move.
    const ends = moveEnd.test(found);
    const time = ends
      ? undefined
      : parseDates(found, context).find((date) => date.start.hasTime && !date.start.hasDate);
    if (!ends && !time) return undefined;
    const { year, month, day, hour, minute } = wallClockOf(instant, context.timeZone);
    const moved = addCalendarDays({ year, month, day }, days);
    const clock = time ? wallClockOf(time.start.instant, context.timeZone) : { hour, minute };
    const value = zonedInstant(
      context.timeZone,
      moved.year,
      moved.month,
      moved.day,
      clock.hour,
      clock.minute,
    );
    return { value: new Date(value).toISOString() };
  }
  return undefined;
}

const turnedDownMove = new RegExp(
  String.raw`${refusal}(?:(?:next|following)\s+day|day\s+(?:after|before))\b`,
  'gi',
);
const refusedBefore = new RegExp(`${refusal}$`, 'i');

/** What follows the phrase anywhere in the text, or undefined when it is not there. */
function afterPhrase(text: string, phrase: RegExp): string | undefined {
  const found = new RegExp(`\\b(?:${phrase.source})`, 'i').exec(text);
  // "not the day after, keep monday" turns the move down.
  if (!found || refusedBefore.test(text.slice(0, found.index))) return undefined;
  return text.slice(found.index + found[0].length);
}

/**
 * A moment with a time of day ("tomorrow at 3pm", "next Tuesday at 3"). A correction that names only
 * a time ("make it 4pm") keeps the date `previous` had; only a day ("actually Friday") keeps its time.
 * With no `previous`, a time alone falls on `day` when one is given. A bare date with nothing to
 * take the time from is a question back, not a guess at midnight.
 */
export function extractDateTime(
  text: string,
  visitorContext: EntityContext,
  previous?: string,
  day?: string,
): Extraction | undefined {
  const context = readingContext(text, visitorContext);
  // A correction of another field says nothing about when, whatever days it mentions; nor does
  // when it ends ("until 5").
  if (previous && (forAnotherField.test(text) || saidEnd(text) !== undefined)) return undefined;
  const moved = previous ? movedFrom(text, previous, context) : undefined;
  if (moved) return moved;
  // "actually 10", "move it to 4": a bare hour changing the start is a clock time.
  const hourAlone = previous ? bareHourChange.exec(text) : null;
  if (hourAlone?.[1]) text = `at ${hourAlone[1]}`;
  // "not the day after, keep monday": the move turned down is no date to read either.
  if (previous) text = text.replace(turnedDownMove, ' ');
  const impossible = impossibleDateProblem(text, context);
  if (impossible) return { problem: impossible };
  const dates = parseDates(text, context);
  const best = bestMoment(dates);
  if (!best) return undefined;
  let { start } = best;
  // "on Friday … at 3" read as two pieces: the day of one, the time of the other.
  const dayOnly = dates.find((date) => date !== best && date.start.hasDate && !date.start.hasTime);
  if (start.hasTime && !start.hasDate && dayOnly && !dayOnly.dayPartOnly) {
    start = {
      ...start,
      hasDate: true,
      instant: combine(dayOnly.start.instant, start.instant, context),
    };
  }
  if (!previous && day && start.hasTime && !start.hasDate) {
    start = { ...start, hasDate: true, instant: combine(Date.parse(day), start.instant, context) };
  }
  const previousInstant = previous ? Date.parse(previous) : Number.NaN;
  if (!Number.isNaN(previousInstant)) {
    if (start.hasTime && !start.hasDate) {
      return { value: new Date(combine(previousInstant, start.instant, context)).toISOString() };
    }
    if (!start.hasTime)
      return { value: new Date(combine(start.instant, previousInstant, context)).toISOString() };
  }
  // "Review mid December at 3pm": a month is not the day it starts on.
  if (start.monthOnly && Number.isNaN(previousInstant))
    return {
      problem: context.t('dateTime.whichDayOfMonth', {
        month: formatMonth(start.instant, context),
      }),
    };
  // "tomorrow 9-11": chrono drops hours it reads as no time; the span's start is the time.
  const span = !start.hasTime && start.hasDate ? findClockSpan(text) : undefined;
  if (span) {
    const at = atClockOn(start.instant, context.timeZone, span.start.hour, span.start.minute);
    return { value: new Date(at).toISOString() };
  }
  if (!start.hasTime) return { problem: context.t('dateTime.whatTime') };
  const note = wallClockNote(start, context);
  const value = new Date(start.instant).toISOString();
  return note ? { value, note } : { value };
}

/** The end of a range in the same phrase ("3-4pm", "from 3 to 4:30"), when there is one. */
export function extractEndTime(text: string, context: EntityContext): string | undefined {
  const first = parseDates(text, context).find((date) => date.end);
  if (first?.end?.hasTime && first.end.instant > first.start.instant)
    return new Date(first.end.instant).toISOString();
  return undefined;
}
