/**
 * Named ranges ("today", "this week", "next month", "the next 5 days", "the weekend"), computed as
 * whole days in the visitor's zone. Weeks start on Monday, as in ISO 8601.
 */
import { addDays, addMonths, startOfDay, startOfMonth, startOfWeek } from 'date-fns';
import { formatDayRange, inZone } from '../format/time';
import type { DateRangeValue, EntityContext } from './types';

export interface NamedRangeMatch {
  value: DateRangeValue;
  text: string;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fourteen: 14,
  thirty: 30,
};

function range(start: Date, end: Date, name: string, timeZone: string): DateRangeValue {
  return {
    start: new Date(start.getTime()).toISOString(),
    end: new Date(end.getTime()).toISOString(),
    label: `${name} (${formatDayRange(start.getTime(), end.getTime(), timeZone)})`,
  };
}

/** Finds a named range in the text, or undefined. */
export function findNamedRange(text: string, context: EntityContext): NamedRangeMatch | undefined {
  const lower = text.toLowerCase();
  const today = startOfDay(inZone(context.now, context.timeZone));
  const zone = context.timeZone;
  const week = (date: Date) => startOfWeek(date, { weekStartsOn: 1 });

  const nextDays = /\b(?:the\s+)?(?:next|coming)\s+(\d{1,3}|[a-z]+)\s+days?\b/.exec(lower);
  if (nextDays?.[1]) {
    const count = Number(nextDays[1]) || numberWords[nextDays[1]];
    if (count && count > 0) {
      return {
        value: range(today, addDays(today, count), `the next ${count} days`, zone),
        text: nextDays[0],
      };
    }
  }
  const patterns: [RegExp, () => DateRangeValue][] = [
    [/\btoday\b/, () => range(today, addDays(today, 1), 'today', zone)],
    [/\btomorrow\b/, () => range(addDays(today, 1), addDays(today, 2), 'tomorrow', zone)],
    [
      /\b(?:rest of (?:the|this) week)\b/,
      () => range(today, addDays(week(today), 7), 'the rest of this week', zone),
    ],
    [
      /\bnext week\b/,
      () => range(addDays(week(today), 7), addDays(week(today), 14), 'next week', zone),
    ],
    [
      /\b(?:this|the|current|my) week\b/,
      () => range(week(today), addDays(week(today), 7), 'this week', zone),
    ],
    [
      /\bnext month\b/,
      () =>
        range(
          addMonths(startOfMonth(today), 1),
          addMonths(startOfMonth(today), 2),
          'next month',
          zone,
        ),
    ],
    [
      /\b(?:this|the|current) month\b/,
      () => range(startOfMonth(today), addMonths(startOfMonth(today), 1), 'this month', zone),
    ],
    [
      /\bnext weekend\b/,
      () => range(addDays(week(today), 12), addDays(week(today), 14), 'next weekend', zone),
    ],
    [
      /\b(?:this |the )?weekend\b/,
      () => {
        // On a Sunday "the weekend" is the one we are in.
        const saturday = addDays(week(today), 5);
        return range(saturday, addDays(saturday, 2), 'the weekend', zone);
      },
    ],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(lower);
    if (match) return { value: build(), text: match[0] };
  }
  return undefined;
}
