/**
 * Template 10: book an appointment on Calendly — pick an event type, see open times in the
 * visitor's zone, pick one, give name and email, confirm, and get the booking with reschedule and
 * cancel links and an .ics file. Where Calendly does not allow direct booking, a single-use
 * scheduling link instead.
 */
import { catalogued } from '../../template-catalogue';
import {
  internalSlot,
  defineTemplate,
  extractDateTime,
  formatDateTime,
  formatDuration,
  formatTimeRange,
  formatZoneName,
  rangeDuring,
  type DateRangeValue,
  type MessageBlock,
  type SlotValues,
  type TemplateContext,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { availableTimesMaxDays } from '../../limits';
import { buildIcs } from '../ics';
import { normalizeInvitee, uuidOf } from '../normalize';
import {
  calendlyAvailableTimesSchema,
  calendlyBookingSchema,
  calendlyEventTypeListSchema,
} from '../schemas';
import { rangeWithin } from '../../google-calendar/templates/range-slots';
import { bookingCheck, bookingFallback, bookingRecovery } from './schedule-failures';
import { eventTypeChoices, eventTypes, timeChoices } from './schedule-choices';
import {
  asksWhoBooked,
  calendlyTemplateBase,
  currentUserLookup,
  asksWhenMineIs,
  nextOneOfMine,
  oneEventCue,
  parseOr,
  userUri,
  utc,
} from './shared';

const minute = 60_000;
const day = 86_400_000;

function chosenType(slots: SlotValues, context: TemplateContext) {
  return eventTypes(context).find((type) => type.uri === slots.eventType);
}

function searchRange(slots: SlotValues, _context?: TemplateContext): DateRangeValue {
  return slots.range as DateRangeValue;
}

/** Calendly refuses a start in the past; a few minutes' margin keeps "now" from being refused. */
function availabilityWindow(
  slots: SlotValues,
  context: TemplateContext,
): { start: number; end: number } {
  const range = searchRange(slots, context);
  const start = Math.max(Date.parse(range.start), context.now + 5 * minute);
  const end = Math.min(Date.parse(range.end), start + availableTimesMaxDays * day);
  return { start, end };
}

const nameAnswer = /^[\p{L}][\p{L}' .-]{0,79}$/u;

/** "Ana Lopez, ana@example.com", "Ana Lopez <ana@example.com>": the name, without the address. */
function withoutAddress(answer: string): string {
  return answer
    .replace(
      /\b(?:and\s+)?(?:my\s+)?(?:e-?mail|address)(?:\s+address)?\s*(?:is|:)?\s*(?=\S+@)/gi,
      ' ',
    )
    .replace(/[<(]?\S+@\S+?[>)]?(?=[\s,;]|$)/g, ' ')
    .replace(/(?:\s*(?:[,;:-]|\band\b))+\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "3pm", "15:30", "at 10", "noon": a time of day on the clock, not a part of the day. */
const clockTime =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bat\s+\d{1,2}\b|\b(?:noon|midday|midnight)\b/i;

export const scheduleTemplate = defineTemplate({
  ...calendlyTemplateBase,
  ...catalogued('calendly.schedule'),
  examples: [
    'book a 30 minute intro call on Thursday',
    'book an appointment',
    'I want to book a meeting on calendly',
    'schedule a call with you next week',
    'what times are available to book?',
    'reserve a consultation slot',
    'when are you available for a meeting',
    'can I get an appointment with you',
  ],
  keywords: ['book', 'appointment', 'open times', 'reserve', 'availability to book'],
  // A booking often names when ("on Thursday", "next week"): its dates slot takes them.
  signals: ['explicit-date', 'named-range'],
  // The visitor books time with the site's owner: "book", "with you", the usual kinds of booking.
  // "My bookings" and "booked" are about events that already exist (the list templates).
  cues: [
    oneEventCue,
    { pattern: asksWhoBooked, weight: -0.35 },
    {
      pattern: /\b(?:book|reserve)\b|\bmake an? (?:booking|reservation)\b|\bsign me up\b/i,
      weight: 0.3,
    },
    {
      pattern:
        /\b(?:with|meet|see)\s+you\b|\byou(?:'re|’re| are)?\s+(?:free|available)\b|\b(?:your|do you have|you have)\b.{0,30}\b(?:free|open|available|slots?|times?|openings?|availability|anything)\b/i,
      weight: 0.45,
    },
    {
      pattern: /\b(?:intro(?:duction)? call|consultation|strategy session|demo|discovery call)\b/i,
      weight: 0.15,
    },
    { pattern: /\b(?:need|want|like|get|make)\b.{0,15}\bappointment\b/i, weight: 0.2 },
    // "I'd like an appointment", "can I get a slot on Monday": asking for one, to book.
    {
      pattern:
        /\b(?:need|want|like|get|make|book|grab|take)\s+(?:an?|one|another)\s+(?:new\s+)?(?:appointment|slot|time\s*slot|consultation|session)\b/i,
      weight: 0.35,
    },
    {
      pattern:
        /\b(?:my|the|any|upcoming|existing)\s+(?:\w+\s+){0,2}bookings?\b|\bbookings\b|\bbooked\b/i,
      weight: -0.35,
    },
    // "show my next consultation" is one that exists; "book my next consultation" is not.
    { pattern: nextOneOfMine, weight: -0.5 },
    { pattern: asksWhenMineIs, weight: -0.45 },
    // A visitor asking the business when it can see them: "what times do you have", "are you
    // open on Saturday", "can I come in tomorrow".
    {
      pattern:
        /\b(?:what|which)\s+times?\b.{0,30}\b(?:do|does|can|could|would|will)\s+you\b|\b(?:are|is)\s+(?:you|the (?:office|clinic|shop|studio|practice))\s+open\b|\bcan i come (?:in|by|over)\b/i,
      weight: 0.45,
    },
  ],
  lookups: [
    currentUserLookup,
    {
      name: 'eventTypes',
      dependsOn: [],
      needs: ['me'],
      isValid: (data) => calendlyEventTypeListSchema.safeParse(data).success,
      build: (_slots, context) => ({
        operation: 'calendly:event_types.list',
        params: { user: userUri(context.lookups) },
      }),
    },
    {
      name: 'times',
      dependsOn: ['eventType', 'range'],
      isValid: (data) => calendlyAvailableTimesSchema.safeParse(data).success,
      build: (slots, context) => {
        const window = availabilityWindow(slots, context);
        return {
          operation: 'calendly:event_type_available_times.list',
          params: {
            eventType: String(slots.eventType),
            startTime: utc(window.start),
            endTime: utc(window.end),
          },
        };
      },
    },
  ],
  slots: [
    internalSlot({
      name: 'request',
      entity: 'text',
      // What the opening request said, to pick the event type it names ("a 30 minute intro call").
      extract: (text, _context, mode) =>
        mode === 'request' ? { value: text.slice(0, 300) } : undefined,
    }),
    {
      name: 'eventType',
      label: key('calendly.schedule.eventType.label'),
      entity: 'choice',
      prompt: (_slots, context) =>
        words(
          context,
          eventTypes(context).length
            ? 'calendly.schedule.eventType.prompt'
            : 'calendly.schedule.eventType.none',
        ),
      hint: key('calendly.schedule.eventType.hint'),
      choices: eventTypeChoices,
      format: (value, context) => chosenType({ eventType: value }, context)?.name ?? String(value),
    },
    {
      name: 'range',
      label: key('shared.dates.label'),
      entity: 'date-range',
      prompt: key('calendly.schedule.range.prompt'),
      hint: key('calendly.schedule.range.hint'),
      required: false,
      defaultValue: (_slots, context): DateRangeValue => ({
        start: new Date(context.now).toISOString(),
        end: new Date(context.now + 7 * day).toISOString(),
        name: 'nextDays',
        count: '7',
      }),
      validate: (value, slots, context) => {
        const tooLong = rangeWithin(availableTimesMaxDays, 'calendly.schedule.range.tooLong')(
          value,
          slots,
          context,
        );
        if (tooLong) return tooLong;
        return Date.parse((value as DateRangeValue).end) <= context.now
          ? words(context, 'calendly.schedule.range.passed')
          : undefined;
      },
    },
    internalSlot({
      name: 'preferredTime',
      entity: 'date-time',
      extract: (text, context) => {
        // Only a clock time picks a time; a part of the day ("Tuesday afternoon") leaves the
        // choice to the visitor among the times offered.
        if (!clockTime.test(text)) return undefined;
        const found = extractDateTime(text, context);
        return found?.value !== undefined ? found : undefined;
      },
    }),
    {
      name: 'time',
      label: key('calendly.schedule.time.label'),
      entity: 'choice',
      prompt: (slots, context) => {
        const times = calendlyAvailableTimesSchema.safeParse(context.lookups.times);
        const range = searchRange(slots, context);
        if (times.success && times.data.collection.length === 0) {
          return words(context, 'calendly.schedule.time.none', {
            during: rangeDuring(range, context),
          });
        }
        return words(context, 'calendly.schedule.time.prompt', {
          zone: formatZoneName(context, context.now),
        });
      },
      hint: key('calendly.schedule.time.hint'),
      // "make it 3pm" at the confirmation keeps the day of the time already chosen. A part of
      // the day ("tomorrow afternoon") is other dates to look in, not one of the times.
      extract: (text, context, _mode, previous) => {
        if (!clockTime.test(text)) return undefined;
        const moment = extractDateTime(
          text,
          context,
          typeof previous === 'string' ? previous : undefined,
        );
        return typeof moment?.value === 'string' ? { value: utc(moment.value) } : undefined;
      },
      choices: timeChoices,
      format: (value, context) => formatDateTime(String(value), context),
    },
    {
      name: 'name',
      label: key('calendly.schedule.name.label'),
      entity: 'text',
      prompt: key('calendly.schedule.name.prompt'),
      hint: key('calendly.schedule.name.hint'),
      extract: (text, context, mode) => {
        // "my name is Ana", "change the name to Anna Lopez", "put it under Ana Lopez".
        const stated =
          /\b(?:my name is|(?:the |my )?name (?:to|as|should be|is)|(?:put|book) it under(?: the name)?|under the name) ([\p{L}][\p{L}' -]{1,60}?)(?:[,.;!?]|\s+and\b|$)/iu.exec(
            text,
          )?.[1];
        if (stated) return { value: stated.trim() };
        if (mode !== 'answer') return undefined;
        const answer = withoutAddress(text).replace(/[.!]+$/, '');
        return nameAnswer.test(answer)
          ? { value: answer }
          : { problem: words(context, 'calendly.schedule.name.unreadable') };
      },
    },
    {
      name: 'email',
      label: key('calendly.schedule.email.label'),
      entity: 'email',
      prompt: key('calendly.schedule.email.prompt'),
      hint: key('calendly.schedule.email.hint'),
    },
  ],
  confirmation: {
    title: key('calendly.schedule.confirm.title'),
    fields: (slots, context) => {
      const type = chosenType(slots, context);
      const start = String(slots.time);
      const end = new Date(Date.parse(start) + (type?.duration ?? 30) * minute).toISOString();
      return [
        {
          label: words(context, 'calendly.schedule.confirm.meeting'),
          value: type
            ? words(context, 'calendly.schedule.confirm.type', {
                name: type.name,
                duration: formatDuration(type.duration, context),
              })
            : words(context, 'calendly.schedule.appointment'),
        },
        {
          label: words(context, 'calendly.schedule.confirm.when'),
          value: formatTimeRange(start, end, context),
          start,
          end,
        },
        { label: words(context, 'calendly.schedule.name.label'), value: String(slots.name) },
        { label: words(context, 'calendly.schedule.email.label'), value: String(slots.email) },
      ];
    },
  },
  operation: {
    needs: ['eventTypes'],
    build: (slots, context) => ({
      operation: 'calendly:invitees.create',
      params: {
        eventType: String(slots.eventType),
        startTime: String(slots.time),
        invitee: {
          name: String(slots.name),
          email: String(slots.email),
          timezone: context.timeZone,
        },
      },
    }),
  },
  render(result, slots, context) {
    const parsed = parseOr(calendlyBookingSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const type = chosenType(slots, context);
    const eventName = type?.name ?? words(context, 'calendly.schedule.appointment');
    const start = String(slots.time);
    const end = new Date(Date.parse(start) + (type?.duration ?? 30) * minute).toISOString();
    const invitee = normalizeInvitee(parsed.value.resource);
    const booking: MessageBlock = {
      type: 'booking',
      eventName,
      start,
      end,
      timeZone: context.timeZone,
      ics: buildIcs({
        uid: `${uuidOf(parsed.value.resource.uri ?? parsed.value.resource.event ?? start)}@slotchat`,
        title: eventName,
        start,
        end,
        createdAt: context.now,
        ...(invitee.rescheduleUrl ? { url: invitee.rescheduleUrl } : {}),
      }),
    };
    if (invitee.cancelUrl) booking.cancelUrl = invitee.cancelUrl;
    if (invitee.rescheduleUrl) booking.rescheduleUrl = invitee.rescheduleUrl;
    return [
      {
        type: 'text',
        text: words(context, 'calendly.schedule.booked', {
          name: eventName,
          when: formatTimeRange(start, end, context),
          email: String(slots.email),
        }),
      },
      booking,
    ];
  },
  verify: bookingCheck,
  fallback: bookingFallback,
  recover: bookingRecovery,
});
