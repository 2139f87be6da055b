/**
 * Template 2: create an event — title, start, duration (or "3-4pm") or, all day, its days
 * (`create-event-all-day.ts`), attendees, optional Meet link, location and description — always
 * confirmed before it is written.
 */
import { catalogued } from '../../template-catalogue';
import {
  internalSlot,
  clockChangeNote,
  defineTemplate,
  extractDateTime,
  extractDuration,
  findClockSpan,
  saidEnd,
  minutesOf,
  formatDuration,
  formatTimeRange,
  formatValues,
  isoWithOffset,
  parseDates,
  type ConfirmationField,
  type EntityContext,
  type Extraction,
  type MessageBlock,
  type SlotValues,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import {
  allDaySlot,
  allDayTimes,
  allDayWhen,
  daysSlot,
  startDaySlot,
  firstDayOf,
  isAllDay,
  severalDaysNamed,
} from './create-event-all-day';
import { eventCheck } from './create-event-check';
import { guestEmailsSlot, guestSummary, guests, peopleSlot } from './create-event-guests';
import {
  errorBlock,
  googleCalendarTemplateBase,
  asksToWriteIt,
  opensWithWritingVerb,
  parseResult,
  statesAllDayEvent,
} from './shared';

const minute = 60_000;

function startOf(slots: SlotValues): number {
  return Date.parse(String(slots.start));
}

function endOf(slots: SlotValues): number {
  return startOf(slots) + Number(slots.duration) * minute;
}

/** "Next week" for when it starts: several days, so a time is asked for, or "all day". */
function startSpansDays(text: string, context: EntityContext): Extraction | undefined {
  const during = severalDaysNamed(text, context);
  return during
    ? { problem: words(context, 'google.createEvent.start.severalDays', { during }) }
    : undefined;
}

/**
 * A repeating event: "every day", "each Monday", "recurring". Not "weekly" or "daily", which
 * name events ("Weekly sync") more often than they repeat them.
 */
const repeating =
  /\b(?:every|each)\s+(?:other\s+)?(?:day|weekday|week|month|year|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b|\b(?:recurring|repeating|on repeat)\b/i;

/**
 * How long: a length ("45 minutes"), a span ("3-4pm"), or, with the start known, when it ends
 * ("until 5" after a 3pm start is two hours).
 */
function readDuration(
  text: string,
  context: EntityContext,
  start?: string,
): Extraction | undefined {
  const end = saidEnd(text);
  const startsAt = start === undefined ? Number.NaN : Date.parse(start);
  if (end && !Number.isNaN(startsAt)) {
    // "until 5": a bare hour is a clock time here, as "at 5" would be.
    const at = extractDateTime(/^\d/.test(end) ? `at ${end}` : end, context, start)?.value;
    if (typeof at === 'string') return lengthOf((Date.parse(at) - startsAt) / minute, context);
  }
  const duration = extractDuration(text, context);
  if (duration) return duration;
  // "tomorrow 9-11", which chrono does not read as times: the span's length.
  const span = findClockSpan(text);
  if (span) return lengthOf(minutesOf(span.end) - minutesOf(span.start), context);
  const withEnd = parseDates(text, context).find((date) => date.end?.hasTime && date.start.hasTime);
  if (withEnd?.end)
    return lengthOf((withEnd.end.instant - withEnd.start.instant) / minute, context);
  return undefined;
}

/** A length in whole minutes from its start to its end, or why there is none. */
function lengthOf(minutes: number, context: EntityContext): Extraction {
  const whole = Math.round(minutes);
  return whole > 0
    ? { value: whole }
    : { problem: words(context, 'google.createEvent.duration.endsFirst') };
}

/** "add a Meet link" → yes; "without Meet", "no video" → no. */
function readMeet(text: string, mode: string): Extraction | undefined {
  const lower = text.toLowerCase();
  if (/\b(no|without|skip|don'?t|remove)\b[^.]{0,20}\b(meet|video|hangout)/.test(lower))
    return { value: false };
  if (/\b(google meet|meet link|meet|video( call| link)?|hangout)\b/.test(lower))
    return { value: true };
  if (mode === 'answer') {
    if (/^\s*(y|yes|yeah|sure|please|ok)/.test(lower)) return { value: true };
    if (/^\s*(n|no|nope|none)\b/.test(lower)) return { value: false };
  }
  return undefined;
}

function readLabelled(pattern: RegExp, text: string, mode: string): Extraction | undefined {
  const found = pattern.exec(text)?.[1]?.trim();
  if (found) return { value: found.slice(0, 500) };
  if (mode === 'answer' && text.trim()) return { value: text.trim().slice(0, 2000) };
  return undefined;
}

/** Base32hex (a–v, 0–9) hash, for a stable event id. */
function hash32(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return value.toString(32);
}

export const createEventTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  ...catalogued('google-calendar.create-event'),
  examples: [
    'schedule Design review tomorrow 3-4pm with ana@example.com and add a Meet link',
    'create an event',
    'add a meeting to my calendar',
    'put a call with Bob on my calendar on Friday at 10',
    'new calendar event called Budget sync next Monday at 9 for 45 minutes',
    'set up a meeting with google meet',
    'block two hours on Friday afternoon for focus time',
    'add lunch to my calendar tomorrow at noon',
  ],
  keywords: ['create event', 'add event', 'new meeting', 'schedule meeting'],
  cues: [
    { pattern: opensWithWritingVerb, weight: 0.25 },
    { pattern: asksToWriteIt, weight: 0.3 },
    { pattern: statesAllDayEvent, weight: 0.4 },
    // "Am I free Monday afternoon for an hour?" asks about the calendar; it writes nothing.
    {
      pattern: /^\s*(?:so\s+|and\s+)?(?:am i|are we|is (?:there|it)|do i have|have i got)\b/i,
      weight: -0.4,
    },
  ],
  signals: ['date-time', 'duration', 'with-person'],
  slots: [
    {
      name: 'title',
      label: key('google.createEvent.title.label'),
      entity: 'title',
      prompt: key('google.createEvent.title.prompt'),
      hint: key('google.createEvent.title.hint'),
      validate: (value, _slots, context) =>
        String(value).length > 200 ? words(context, 'google.createEvent.title.tooLong') : undefined,
    },
    // "every day", "recurring": said back, since only the first event of the series is written.
    internalSlot({
      name: 'repeats',
      entity: 'yes-no',
      extract: (text, context, mode) =>
        mode === 'request' && repeating.test(text)
          ? { value: true, note: words(context, 'google.createEvent.repeats') }
          : undefined,
    }),
    allDaySlot,
    // Before the start: made all day, a timed event's days come from its start, which then goes.
    daysSlot,
    startDaySlot,
    {
      name: 'start',
      label: key('google.createEvent.start.label'),
      entity: 'date-time',
      when: (slots) => slots.allDay !== true,
      // Made a timed event, an all-day one keeps its day: "10am" is on that day.
      buildsOn: firstDayOf,
      extract: (text, context, mode, previous, day) =>
        (mode === 'answer' ? startSpansDays(text, context) : undefined) ??
        extractDateTime(text, context, typeof previous === 'string' ? previous : undefined, day),
      prompt: key('google.createEvent.start.prompt'),
      hint: key('google.createEvent.start.hint'),
      validate: (value, _slots, context) =>
        Date.parse(String(value)) < context.now - minute
          ? words(context, 'google.createEvent.start.past')
          : undefined,
    },
    {
      name: 'duration',
      label: key('google.createEvent.duration.label'),
      entity: 'duration',
      when: (slots) => slots.allDay !== true,
      prompt: key('google.createEvent.duration.prompt'),
      hint: key('google.createEvent.duration.hint'),
      // The start, for an end said instead of a length.
      buildsOn: (slots) => (typeof slots.start === 'string' ? slots.start : undefined),
      extract: (text, context, mode, _previous, start) =>
        // "90" in answer to how long: minutes, as the question's examples count them.
        mode === 'answer' && /^\s*\d{2,3}\s*$/.test(text)
          ? readDuration(`${text.trim()} minutes`, context)
          : readDuration(text, context, start),
      suggestions: [
        { label: key('google.createEvent.duration.halfHour'), value: '30 minutes' },
        { label: key('google.createEvent.duration.hour'), value: '1 hour' },
      ],
    },
    {
      name: 'attendees',
      label: key('google.createEvent.attendees.label'),
      entity: 'emails',
      prompt: key('google.createEvent.attendees.prompt'),
      hint: key('google.createEvent.attendees.hint'),
      required: false,
      askWhenGuided: true,
      defaultValue: () => [],
      format: (value, context) =>
        (value as string[]).length
          ? formatValues(value as string[], context.locale)
          : words(context, 'google.createEvent.attendees.onlyYou'),
    },
    peopleSlot,
    guestEmailsSlot,
    {
      name: 'meet',
      label: key('google.createEvent.meet.label'),
      entity: 'yes-no',
      prompt: key('google.createEvent.meet.prompt'),
      hint: key('google.createEvent.meet.hint'),
      required: false,
      askWhenGuided: true,
      defaultValue: () => false,
      extract: (text, _context, mode) => readMeet(text, mode),
      suggestions: [
        { label: key('reply.yes'), value: 'yes' },
        { label: key('reply.no'), value: 'no' },
      ],
    },
    {
      name: 'location',
      label: key('google.createEvent.location.label'),
      entity: 'text',
      prompt: key('google.createEvent.location.prompt'),
      hint: key('google.createEvent.location.hint'),
      required: false,
      extract: (text, _context, mode) =>
        readLabelled(
          /\b(?:location|venue|place)\s*(?:is|:|=|to)?\s+([^,.;!?]{2,100})/i,
          text,
          mode,
        ) ??
        readLabelled(
          /\b(?:at|in)\s+((?:room|office|building|the office)\b[^,.;!?]{0,60})/i,
          text,
          'request',
        ),
    },
    {
      name: 'description',
      label: key('google.createEvent.description.label'),
      entity: 'text',
      prompt: key('google.createEvent.description.prompt'),
      hint: key('google.createEvent.description.hint'),
      required: false,
      extract: (text, _context, mode) =>
        readLabelled(/\b(?:description|notes?|agenda)\s*(?:is|:|=|to)\s*(.{1,500})$/i, text, mode),
    },
    internalSlot({
      name: 'eventId',
      entity: 'text',
      // Chosen once per dialog and kept in its state: a retry sends the same id, so Google
      // answers 409 instead of creating a second event.
      defaultValue: (slots, context) =>
        `slotchat${context.now.toString(32)}${hash32(JSON.stringify(slots))}`,
    }),
  ],
  confirmation: {
    title: key('google.createEvent.confirm.title'),
    fields: (slots, context) => {
      const label = (name: Parameters<typeof key>[0]) => context.t(name);
      const allDay = isAllDay(slots);
      const start = allDay ? '' : new Date(startOf(slots)).toISOString();
      const end = allDay ? '' : new Date(endOf(slots)).toISOString();
      const fields: ConfirmationField[] = [
        { label: label('google.createEvent.title.label'), value: String(slots.title) },
        allDay
          ? { label: label('google.createEvent.confirm.when'), value: allDayWhen(slots, context) }
          : {
              label: label('google.createEvent.confirm.when'),
              value: formatTimeRange(start, end, context),
              start,
              end,
            },
      ];
      if (!allDay)
        fields.push({
          label: label('google.createEvent.duration.label'),
          value: formatDuration(Number(slots.duration), context),
        });
      fields.push(
        { label: label('google.createEvent.attendees.label'), value: guestSummary(slots, context) },
        {
          label: label('google.createEvent.meet.label'),
          value: label(slots.meet ? 'reply.yes' : 'reply.no'),
        },
      );
      if (slots.location)
        fields.push({
          label: label('google.createEvent.location.label'),
          value: String(slots.location),
        });
      if (slots.description)
        fields.push({
          label: label('google.createEvent.description.label'),
          value: String(slots.description),
        });
      const clocks = allDay ? undefined : clockChangeNote(startOf(slots), endOf(slots), context);
      if (clocks) fields.push({ label: label('google.createEvent.confirm.note'), value: clocks });
      return fields;
    },
  },
  operation: {
    build: (slots, context) => {
      const params: Record<string, unknown> = {
        calendarId: 'primary',
        eventId: String(slots.eventId),
        summary: String(slots.title),
        ...(isAllDay(slots)
          ? allDayTimes(slots, context)
          : {
              start: {
                dateTime: isoWithOffset(startOf(slots), context.timeZone),
                timeZone: context.timeZone,
              },
              end: {
                dateTime: isoWithOffset(endOf(slots), context.timeZone),
                timeZone: context.timeZone,
              },
            }),
        attendees: guests(slots).map((email) => ({ email })),
        addMeet: slots.meet === true,
      };
      if (slots.location) params.location = String(slots.location);
      if (slots.description) params.description = String(slots.description);
      return { operation: 'google-calendar:events.insert', params };
    },
  },
  render(result, slots, context): MessageBlock[] {
    const parsed = parseResult(googleEventSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const event = normalizeGoogleEvent(parsed.value, context);
    const blocks: MessageBlock[] = [
      { type: 'text', text: words(context, 'google.createEvent.done', { title: event.title }) },
      { type: 'event', event },
    ];
    if (slots.meet === true && !event.meetUrl) {
      blocks.push({ type: 'text', text: words(context, 'google.createEvent.meetPending') });
    }
    return blocks;
  },
  verify: eventCheck,
  renderError(error, _slots, context) {
    if (error.code === 'conflict') {
      return [{ type: 'text', text: words(context, 'google.createEvent.alreadyThere') }];
    }
    if (error.code === 'invalid_params' || error.code === 'provider_error') {
      return [
        errorBlock(
          words(context, 'google.createEvent.refused.title'),
          words(context, 'google.createEvent.refused.message', { detail: error.message }),
          error,
        ),
      ];
    }
    return undefined;
  },
});
