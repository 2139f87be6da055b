/**
 * "What about the week after?", "and the day before?": the range already chosen, moved. These
 * words count from that range, not from today ("the week" alone would read as this week).
 */
import { addCalendarDays, addCalendarMonths, wallClockOf, zonedInstant } from '../format/time';
import type { JsonValue } from '../json';
import type { DateRangeValue, EntityContext, Extraction } from './types';
import { afterOpening, nothingMore } from './words';

type Step = { days: number } | { months: number };

const moves: [RegExp, Step][] = [
  [/(?:the\s+)?(?:next|following)\s+day\b|(?:the\s+|a\s+)?day\s+(?:after|later)\b/i, { days: 1 }],
  [/(?:the\s+)?(?:previous\s+day|day\s+before)\b/i, { days: -1 }],
  [/(?:the\s+)?following\s+week\b|(?:the\s+|a\s+)?week\s+(?:after|later)\b/i, { days: 7 }],
  [/(?:the\s+)?(?:previous\s+week|week\s+before)\b/i, { days: -7 }],
  [/(?:the\s+)?following\s+month\b|(?:the\s+|a\s+)?month\s+(?:after|later)\b/i, { months: 1 }],
  [/(?:the\s+)?(?:previous\s+month|month\s+before)\b/i, { months: -1 }],
];

function isRange(value: JsonValue | undefined): value is DateRangeValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value.start === 'string' &&
    typeof value.end === 'string'
  );
}

function moveInstant(instant: number, step: Step, timeZone: string): number {
  const { year, month, day, hour, minute } = wallClockOf(instant, timeZone);
  const moved =
    'days' in step
      ? addCalendarDays({ year, month, day }, step.days)
      : addCalendarMonths({ year, month, day }, step.months);
  return zonedInstant(timeZone, moved.year, moved.month, moved.day, hour, minute);
}

/** Whether [start, end) is one calendar month, midnight of the 1st to midnight of the next 1st. */
function isWholeMonth(start: number, end: number, timeZone: string): boolean {
  const first = wallClockOf(start, timeZone);
  const after = wallClockOf(end, timeZone);
  return (
    first.day === 1 &&
    after.day === 1 &&
    first.hour === 0 &&
    after.hour === 0 &&
    after.year * 12 + after.month - (first.year * 12 + first.month) === 1
  );
}

/** Whether the text is a move and nothing more ("the week after?", "and the day before"). */
export function isBareMove(text: string): boolean {
  return moves.some(([pattern]) => {
    const tail = afterOpening(text, pattern);
    return tail !== undefined && nothingMore.test(tail);
  });
}

/** `previous` moved by the step the text names, or undefined when it names none. */
export function movedRange(
  text: string,
  previous: JsonValue | undefined,
  context: EntityContext,
): Extraction | undefined {
  if (!isRange(previous)) return undefined;
  // Only when the text is the move and nothing more: "the day after the 3rd", "the week after
  // next" and "the week before christmas" name dates of their own.
  const step = moves.find(([pattern]) => {
    const tail = afterOpening(text, pattern);
    return tail !== undefined && nothingMore.test(tail);
  })?.[1];
  const [start, end] = [Date.parse(previous.start), Date.parse(previous.end)];
  if (!step || Number.isNaN(start) || Number.isNaN(end)) return undefined;
  // A calendar month moves to the whole next month, however many days each has.
  const monthly = 'months' in step && isWholeMonth(start, end, context.timeZone);
  const movedStart = moveInstant(start, step, context.timeZone);
  const movedEnd = monthly
    ? moveInstant(movedStart, { months: 1 }, context.timeZone)
    : moveInstant(end, step, context.timeZone);
  // Said as the dates it now is: "next week" moved a week is no longer next week.
  return {
    value: { start: new Date(movedStart).toISOString(), end: new Date(movedEnd).toISOString() },
  };
}
