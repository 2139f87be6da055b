/** Range slots and the busy-time answer shared by the Google busy templates. */
import {
  coversWholeDays,
  extractDateRange,
  findNamedRange,
  rangeDuring,
  rangeLabel,
  type DateRangeValue,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
  type Translate,
  type WordsContext,
} from '@slotchat/dialog';
import { key, words, type MessageKey } from '../../strings/words';

export function rangeOf(slots: SlotValues, name = 'range'): DateRangeValue {
  return slots[name] as DateRangeValue;
}

const day = 86_400_000;

/**
 * Refuses ranges too long to answer, saying why: `tooLong` is the sentence that says the limit
 * ("That is {days} days; Google Calendar answers at most {max} days at a time. …").
 */
export function rangeWithin(maxDays: number, tooLong: MessageKey) {
  return (
    value: unknown,
    _slots: SlotValues,
    context: { now: number; t: Translate },
  ): string | undefined => {
    const range = value as DateRangeValue;
    const start = Date.parse(range.start);
    const end = Date.parse(range.end);
    if (!(end > start)) return words(context, 'range.reversed');
    const days = Math.round((end - start) / day);
    if (end - start > maxDays * day + 3_600_000) return context.t(tooLong, { days, max: maxDays });
    if (end < context.now - 366 * day) return words(context, 'shared.range.past');
    return undefined;
  };
}

/**
 * A slot for a named period ("this week", "the next 5 days", "in December"). A request is read
 * for it only when it names one (the "between dates" templates take the rest), but what it names
 * is read whole: "tomorrow from 9 to 12" is those hours, not all of tomorrow. An answer may be any
 * range: someone asked "which period?" who says "from Monday to Friday" means just that.
 */
export function namedRangeSlot(
  prompt: MessageKey,
  validate?: SlotDefinition['validate'],
): SlotDefinition {
  return {
    ...(validate ? { validate } : {}),
    name: 'range',
    label: key('shared.period.label'),
    entity: 'date-range',
    prompt,
    hint: key('shared.period.hint'),
    extract: (text, context, mode) => {
      if (mode !== 'answer' && !findNamedRange(text, context)) return undefined;
      const found = extractDateRange(text, context);
      if (found) return found;
      return mode === 'answer'
        ? { problem: words(context, 'shared.period.unreadable') }
        : undefined;
    },
    suggestions: [
      { label: key('shared.period.today'), value: 'today' },
      { label: key('shared.period.tomorrow'), value: 'tomorrow' },
      { label: key('shared.period.thisWeek'), value: 'this week' },
      { label: key('shared.period.nextWeek'), value: 'next week' },
    ],
  };
}

/**
 * Busy intervals as a day timeline, with one sentence that sums it up. The slots themselves are
 * not repeated in words: the timeline card lists them as its own text equivalent. `note` says
 * what was left out and why ("Not counted: 2 events marked “free” …").
 */
export function busyBlocks(
  range: DateRangeValue,
  busy: { start: string; end: string; title?: string }[],
  context: WordsContext,
  note?: string,
): MessageBlock[] {
  const sorted = [...busy].sort((a, b) => a.start.localeCompare(b.start));
  const during = rangeDuring(range, context);
  const free = coversWholeDays(range, context.timeZone)
    ? words(context, 'google.busy.freeAllOf', { range: rangeLabel(range, context) })
    : words(context, 'google.busy.freeDuring', { during });
  const summary =
    sorted.length === 0
      ? free
      : words(context, 'google.busy.summary', { count: sorted.length, during });
  return [
    { type: 'text', text: summary },
    ...(note ? [{ type: 'text' as const, text: note }] : []),
    {
      type: 'busy-timeline',
      title: words(context, 'google.busy.title', { range: rangeLabel(range, context) }),
      timeZone: context.timeZone,
      range: { start: range.start, end: range.end },
      busy: sorted,
      emptyText: free,
    },
  ];
}
