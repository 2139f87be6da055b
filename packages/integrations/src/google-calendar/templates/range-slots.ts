/** Range slots and the busy-time answer shared by the Google busy templates. */
import {
  findNamedRange,
  formatTimeRange,
  type DateRangeValue,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
} from '@slotchat/dialog';

export function rangeOf(slots: SlotValues, name = 'range'): DateRangeValue {
  return slots[name] as DateRangeValue;
}

const day = 86_400_000;

/** Refuses ranges a provider will not answer, saying why (Google free/busy: 90 days). */
export function rangeWithin(maxDays: number, provider: string) {
  return (value: unknown, _slots: SlotValues, context: { now: number }): string | undefined => {
    const range = value as DateRangeValue;
    const start = Date.parse(range.start);
    const end = Date.parse(range.end);
    if (!(end > start)) return 'That range ends before it starts. Which dates did you mean?';
    const days = Math.round((end - start) / day);
    if (end - start > maxDays * day + 3_600_000) {
      return `That is ${days} days; ${provider} answers at most ${maxDays} days at a time. Please pick a shorter range.`;
    }
    if (end < context.now - 366 * day)
      return 'That is more than a year ago. Please pick a more recent range.';
    return undefined;
  };
}

export const namedRangeHint =
  'Say today, tomorrow, this week, next week, this month, next month, the weekend, or “the next 5 days”.';

/** A slot for a named range only ("this week", "the next 5 days"). */
export function namedRangeSlot(prompt: string): SlotDefinition {
  return {
    name: 'range',
    label: 'Period',
    entity: 'date-range',
    prompt,
    hint: namedRangeHint,
    extract: (text, context, mode) => {
      const found = findNamedRange(text, context);
      if (found) return { value: found.value };
      return mode === 'answer' ? { problem: 'I can look up named periods here.' } : undefined;
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

/** Busy intervals as a day timeline, with a sentence that says the same for screen readers. */
export function busyBlocks(
  range: DateRangeValue,
  busy: { start: string; end: string; title?: string }[],
  timeZone: string,
): MessageBlock[] {
  const sorted = [...busy].sort((a, b) => a.start.localeCompare(b.start));
  const summary =
    sorted.length === 0
      ? `You’re free all of ${range.label}.`
      : `You’re busy ${sorted.length === 1 ? 'once' : `${sorted.length} times`} in ${range.label}: ${sorted
          .slice(0, 20)
          .map(
            (slot) =>
              `${formatTimeRange(slot.start, slot.end, timeZone)}${slot.title ? ` (${slot.title})` : ''}`,
          )
          .join('; ')}${sorted.length > 20 ? '; …' : ''}.`;
  return [
    { type: 'text', text: summary },
    {
      type: 'busy-timeline',
      title: `Busy times, ${range.label}`,
      timeZone,
      range: { start: range.start, end: range.end },
      busy: sorted,
      emptyText: `You’re free all of ${range.label}.`,
    },
  ];
}
