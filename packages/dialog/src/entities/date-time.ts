import { zonedDateKey, formatTime } from '../format/time';
import { zonedInstant } from '../format/time';
import { impossibleDateProblem, parseDates } from './chrono';
import type { EntityContext, Extraction } from './types';

function combine(dateOf: number, timeOf: number, context: EntityContext): number {
  const [year, month, day] = zonedDateKey(dateOf, context.timeZone).split('-').map(Number);
  const [hour, minute] = formatTime(timeOf, context.timeZone).split(':').map(Number);
  return zonedInstant(context.timeZone, year ?? 1970, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0);
}

/**
 * A moment with a time of day ("tomorrow at 3pm", "next Tuesday at 3"). A correction that names only
 * a time ("make it 4pm") keeps the date `previous` had; only a day ("actually Friday") keeps its time.
 * A bare date with nothing to take the time from is a question back, not a guess at midnight.
 */
export function extractDateTime(
  text: string,
  context: EntityContext,
  previous?: string,
): Extraction | undefined {
  const impossible = impossibleDateProblem(text);
  if (impossible) return { problem: impossible };
  const first = parseDates(text, context)[0];
  if (!first) return undefined;
  const previousInstant = previous ? Date.parse(previous) : Number.NaN;
  const { start } = first;
  if (!Number.isNaN(previousInstant)) {
    if (start.hasTime && !start.hasDate) {
      return { value: new Date(combine(previousInstant, start.instant, context)).toISOString() };
    }
    if (!start.hasTime)
      return { value: new Date(combine(start.instant, previousInstant, context)).toISOString() };
  }
  if (!start.hasTime) return { problem: 'What time on that day?' };
  return { value: new Date(start.instant).toISOString() };
}

/** The end of a range in the same phrase ("3-4pm", "from 3 to 4:30"), when there is one. */
export function extractEndTime(text: string, context: EntityContext): string | undefined {
  const first = parseDates(text, context)[0];
  if (first?.end?.hasTime && first.end.instant > first.start.instant)
    return new Date(first.end.instant).toISOString();
  return undefined;
}
