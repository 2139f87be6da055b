/**
 * All-day events: "team offsite on 14/12 all day", "block Friday, the whole day", or days with no
 * time ("vacation next week"), which is asked about rather than guessed — "a meeting next week"
 * is not a week-long event. Google keeps an all-day event as dates, the end one exclusive.
 */
import {
  coversWholeDays,
  extractDateRange,
  extractYesNo,
  formatDayRange,
  parseDates,
  rangeLabel,
  saysAllDay,
  startOfZonedDay,
  zonedDateKey,
  type DateRangeValue,
  type EntityContext,
  type Extraction,
  type ExtractMode,
  type JsonValue,
  type SlotDefinition,
  type SlotValues,
  type TemplateContext,
  internalSlot,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';

/** Longest all-day event the chat writes: a misread year must not become a year-long event. */
export const maxAllDayDays = 60;
const day = 86_400_000;

const notAllDay = /\bnot\s+(?:an?\s+)?all[- ]day\b/i;

/** A range slot's value, when it holds one. */
function rangeIn(value: unknown): { start: string; end: string } | undefined {
  const range = value as { start?: unknown; end?: unknown } | undefined;
  return typeof range?.start === 'string' && typeof range.end === 'string'
    ? { start: range.start, end: range.end }
    : undefined;
}

const daysOf = (slots: SlotValues) => rangeIn(slots.days);

/** The whole day `instant` falls on in the zone, as a range. */
function wholeDayOf(instant: number, timeZone: string): { start: string; end: string } {
  return {
    start: new Date(startOfZonedDay(instant, timeZone)).toISOString(),
    end: new Date(startOfZonedDay(instant, timeZone, 1)).toISOString(),
  };
}

/** A clock time ("3pm", "10:30", "at 9", "noon"): then it is not all day, without parsing. */
const mentionsClock =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b|\bat\s+\d/i;

/** The last answer of `spanOfSeveralDays`: both slots read the same request in one turn. */
let lastSpan: { key: string; span: DateRangeValue | undefined } | undefined;

/** Days named without a time, more than one of them ("next week", "from the 14th to the 16th"). */
function spanOfSeveralDays(text: string, context: EntityContext): DateRangeValue | undefined {
  if (mentionsClock.test(text)) return undefined;
  const key = `${context.now} ${context.timeZone} ${context.locale} ${text}`;
  if (lastSpan?.key === key) return lastSpan.span;
  let span: DateRangeValue | undefined;
  const dates = parseDates(text, context);
  // "Monday or Tuesday" is one day or the other: no span (see `readDays`).
  const either = dates.length >= 2 && /\bor\b/i.test(text);
  if (!either && !dates.some((date) => date.start.hasTime || date.end?.hasTime)) {
    const range = extractDateRange(text, context)?.value as DateRangeValue | undefined;
    if (
      range &&
      coversWholeDays(range, context.timeZone) &&
      Date.parse(range.end) - Date.parse(range.start) > 1.5 * day
    )
      span = range;
  }
  lastSpan = { key, span };
  return span;
}

/** One day named without a time ("tomorrow", "on Friday"), as the range of that day. */
function oneDayWithoutTime(text: string, context: EntityContext): DateRangeValue | undefined {
  if (mentionsClock.test(text)) return undefined;
  const dates = parseDates(text, context).filter((date) => date.start.hasDate && !date.dayPartOnly);
  const [only] = dates;
  if (!only || dates.length > 1 || only.end || only.start.hasTime) return undefined;
  return wholeDayOf(only.start.instant, context.timeZone);
}

/** "next week (Monday 23 – Sunday 29 November)": the days named, when several and no time. */
export function severalDaysNamed(text: string, context: EntityContext): string | undefined {
  const span = spanOfSeveralDays(text, context);
  return span && rangeLabel(span, context);
}

/**
 * Days the visitor listed: consecutive ones ("tomorrow and Saturday") are one span; others
 * ("Monday and Wednesday") are two events, which this one cannot be. Else a range as the busy
 * templates read it ("next week", "from the 14th to the 16th", "on Friday").
 */
function readDays(text: string, context: EntityContext): Extraction | undefined {
  const listed = parseDates(text, context).filter(
    (date) => date.start.hasDate && !date.end && !date.dayPartOnly,
  );
  // "Monday or Tuesday": one of them, which the visitor picks; not both.
  const [one, other] = listed;
  if (one && other && /\bor\b/i.test(text.slice(one.index, other.index))) {
    return {
      problem: words(context, 'google.createEvent.days.either', {
        first: one.text.trim(),
        second: other.text.trim(),
      }),
    };
  }
  const isList =
    /\band\b|&/i.test(text) && !/\b(?:from|to|until|till|through|thru|between)\b/i.test(text);
  if (listed.length < 2 || !isList) return extractDateRange(text, context);
  const days = [
    ...new Set(listed.map((date) => startOfZonedDay(date.start.instant, context.timeZone))),
  ].sort((a, b) => a - b);
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? first;
  const consecutive = days.every(
    (start, index) =>
      index === 0 || startOfZonedDay(days[index - 1] ?? start, context.timeZone, 1) === start,
  );
  if (!consecutive) return { problem: words(context, 'google.createEvent.days.separate') };
  return {
    value: {
      start: new Date(first).toISOString(),
      end: new Date(startOfZonedDay(last, context.timeZone, 1)).toISOString(),
    },
  };
}

/**
 * Whether the event is all day: said so ("all day", "the whole day"), or a yes or no to the
 * question. Several days with no time in a request is a question back, with those days named.
 * A change that gives an all-day event a time makes it a timed one, on its first day unless the
 * change names another.
 */
function readAllDay(
  text: string,
  context: EntityContext,
  mode: ExtractMode,
  previous?: JsonValue,
): Extraction | undefined {
  if (notAllDay.test(text)) return { value: false };
  if (saysAllDay.test(text)) return { value: true };
  if (mode === 'correction' && previous === true) {
    if (!mentionsClock.test(text)) return undefined;
    return parseDates(text, context).some((date) => date.start.hasTime)
      ? { value: false }
      : undefined;
  }
  if (mode === 'answer') return extractYesNo(text);
  const during = mode === 'request' ? severalDaysNamed(text, context) : undefined;
  return during
    ? { problem: words(context, 'google.createEvent.allDay.severalDays', { during }) }
    : undefined;
}

export const allDaySlot: SlotDefinition = {
  name: 'allDay',
  label: key('google.createEvent.allDay.label'),
  entity: 'yes-no',
  prompt: key('google.createEvent.allDay.prompt'),
  hint: key('google.createEvent.allDay.hint'),
  extract: readAllDay,
  defaultValue: () => false,
  suggestions: [
    { label: key('reply.yes'), value: 'yes' },
    { label: key('reply.no'), value: 'no' },
  ],
  format: (value, context) => context.t(value === true ? 'reply.yes' : 'reply.no'),
};

/**
 * The days of an all-day event. Read from a request only when it is about all-day days (or days
 * whose all-day question is still open), and from a change of an all-day event when it names a
 * day without a time ("actually Saturday").
 */
export const daysSlot: SlotDefinition = {
  name: 'days',
  label: key('google.createEvent.days.label'),
  entity: 'date-range',
  prompt: key('google.createEvent.days.prompt'),
  hint: key('google.createEvent.days.hint'),
  // Kept while a timed event made from it has no start yet: "10am" then falls on its first day.
  when: (slots) =>
    slots.allDay !== false || (slots.start === undefined && slots.days !== undefined),
  // "Make it all day" after a start was given: that start's day, or the day named without a time.
  defaultValue: (slots, context) => {
    const start = typeof slots.start === 'string' ? Date.parse(slots.start) : Number.NaN;
    return Number.isNaN(start) ? rangeIn(slots.startDay) : wholeDayOf(start, context.timeZone);
  },
  extract: (text, context, mode) => {
    if (mode === 'answer' || saysAllDay.test(text)) return readDays(text, context);
    if (mode === 'correction')
      return mentionsClock.test(text) ? undefined : readDays(text, context);
    const span = spanOfSeveralDays(text, context);
    return span ? { value: { ...span } } : undefined;
  },
  validate: (value, _slots, context) => {
    const range = value as { start: string; end: string };
    if (!coversWholeDays(range, context.timeZone))
      return words(context, 'google.createEvent.days.notWhole');
    const today = startOfZonedDay(context.now, context.timeZone);
    if (Date.parse(range.end) <= today) return words(context, 'google.createEvent.days.past');
    if (Date.parse(range.start) < today)
      return words(context, 'google.createEvent.days.startsEarlier');
    if (Date.parse(range.end) - Date.parse(range.start) > maxAllDayDays * day + 2 * 3_600_000)
      return words(context, 'google.createEvent.days.tooLong', { max: String(maxAllDayDays) });
    return undefined;
  },
  format: (value, context) => {
    const range = value as { start: string; end: string };
    return formatDayRange(range.start, range.end, context);
  },
};

/**
 * The day the visitor named for the start before its time ("an event on Friday", or "Friday" in
 * answer to when it starts): kept, so that "3pm" next, or "all day", falls on that day and not
 * on today. It goes once the start is set.
 */
export const startDaySlot: SlotDefinition = {
  ...internalSlot({
    name: 'startDay',
    entity: 'date-range',
    extract: (text, context) => {
      const day = oneDayWithoutTime(text, context);
      return day ? { value: day } : undefined;
    },
  }),
  when: (slots) => slots.start === undefined,
};

/** The day a time given alone falls on: an all-day event's first day, or the day named for it. */
export function firstDayOf(slots: SlotValues): string | undefined {
  return daysOf(slots)?.start ?? rangeIn(slots.startDay)?.start;
}

export function isAllDay(slots: SlotValues): boolean {
  return slots.allDay === true && daysOf(slots) !== undefined;
}

/** "Monday 14 December, all day", for the confirmation. */
export function allDayWhen(slots: SlotValues, context: TemplateContext): string {
  const range = daysOf(slots);
  if (!range) return '';
  return words(context, 'google.createEvent.confirm.allDay', {
    days: formatDayRange(range.start, range.end, context),
  });
}

/** Google's all-day start and end: the first day and the day after the last, in the visitor's zone. */
export function allDayTimes(
  slots: SlotValues,
  context: TemplateContext,
): { start: { date: string }; end: { date: string } } {
  const range = daysOf(slots);
  if (!range) throw new Error('an all-day event without its days');
  return {
    start: { date: zonedDateKey(Date.parse(range.start), context.timeZone) },
    end: { date: zonedDateKey(Date.parse(range.end), context.timeZone) },
  };
}
