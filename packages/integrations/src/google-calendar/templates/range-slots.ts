/** Range slots and the busy-time answer shared by the Google busy templates. */
import {
  extractDateRange,
  findNamedRange,
  formatDayRange,
  formatTimeRange,
  startOfZonedDay,
  type DateRangeValue,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
} from '@slotchat/dialog';

export function rangeOf(slots: SlotValues, name = 'range'): DateRangeValue {
  return slots[name] as DateRangeValue;
}

const day = 86_400_000;

/**
 * Refuses ranges too long to answer, saying why: `limit` is the reason in a few words
 * ("Google Calendar answers at most 90 days at a time").
 */
export function rangeWithin(maxDays: number, limit: string) {
  return (value: unknown, _slots: SlotValues, context: { now: number }): string | undefined => {
    const range = value as DateRangeValue;
    const start = Date.parse(range.start);
    const end = Date.parse(range.end);
    if (!(end > start)) return 'That range ends before it starts. Which dates did you mean?';
    const days = Math.round((end - start) / day);
    if (end - start > maxDays * day + 3_600_000) {
      return `That is ${days} days; ${limit}. Please pick a shorter range.`;
    }
    if (end < context.now - 366 * day)
      return 'That is more than a year ago. Please pick a more recent range.';
    return undefined;
  };
}

export const namedRangeHint =
  'Say today, tomorrow, this week, next week, this month, next month, the weekend, or “the next 5 days”.';

/**
 * A slot for a named period ("this week", "the next 5 days", "in December"). A request is read
 * for it only when it names one (the "between dates" templates take the rest), but what it names
 * is read whole: "tomorrow from 9 to 12" is those hours, not all of tomorrow. An answer may be any
 * range: someone asked "which period?" who says "from Monday to Friday" means just that.
 */
export function namedRangeSlot(
  prompt: string,
  validate?: SlotDefinition['validate'],
): SlotDefinition {
  return {
    ...(validate ? { validate } : {}),
    name: 'range',
    label: 'Period',
    entity: 'date-range',
    prompt,
    hint: namedRangeHint,
    extract: (text, context, mode) => {
      if (mode !== 'answer' && !findNamedRange(text, context)) return undefined;
      const found = extractDateRange(text, context);
      if (found) return found;
      return mode === 'answer' ? { problem: 'I couldn’t read a period there.' } : undefined;
    },
    suggestions: [
      { label: 'Today', value: 'today' },
      { label: 'Tomorrow', value: 'tomorrow' },
      { label: 'This week', value: 'this week' },
      { label: 'Next week', value: 'next week' },
    ],
    format: (value) => (value as DateRangeValue).label,
  };
}

/** The range as it reads after a verb ("on Mon 19 Oct", "next week (…)"). */
export function rangePhrase(range: DateRangeValue): string {
  return (range.during as string | undefined) ?? range.label;
}

/** A slot that covers whole days in the zone ("all day"), as an all-day event does. */
function isWholeDays(slot: { start: string; end: string }, timeZone: string): boolean {
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  return (
    end > start &&
    startOfZonedDay(start, timeZone) === start &&
    startOfZonedDay(end, timeZone) === end
  );
}

function slotText(slot: { start: string; end: string; title?: string }, timeZone: string): string {
  const when = isWholeDays(slot, timeZone)
    ? `${formatDayRange(slot.start, slot.end, timeZone)} (all day)`
    : formatTimeRange(slot.start, slot.end, timeZone);
  return `${when}${slot.title ? ` (${slot.title})` : ''}`;
}

/**
 * Busy intervals as a day timeline, with a sentence that says the same for screen readers.
 * `note` says what was left out and why ("2 events marked free are not counted").
 */
export function busyBlocks(
  range: DateRangeValue,
  busy: { start: string; end: string; title?: string }[],
  timeZone: string,
  note?: string,
): MessageBlock[] {
  const sorted = [...busy].sort((a, b) => a.start.localeCompare(b.start));
  const timedRange = !isWholeDays(range, timeZone);
  const free = timedRange
    ? `You’re free ${rangePhrase(range)}.`
    : `You’re free all of ${range.label}.`;
  const summary =
    sorted.length === 0
      ? free
      : `You’re busy ${sorted.length === 1 ? 'once' : `${sorted.length} times`} ${rangePhrase(range)}: ${sorted
          .slice(0, 20)
          .map((slot) => slotText(slot, timeZone))
          .join('; ')}${sorted.length > 20 ? '; …' : ''}.`;
  return [
    { type: 'text', text: note ? `${summary} ${note}` : summary },
    {
      type: 'busy-timeline',
      title: `Busy times, ${range.label}`,
      timeZone,
      range: { start: range.start, end: range.end },
      busy: sorted,
      emptyText: free,
    },
  ];
}
