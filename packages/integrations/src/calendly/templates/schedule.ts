/**
 * Template 10: book an appointment on Calendly — pick an event type, see open times in the
 * visitor's zone, pick one, give name and email, confirm, and get the booking with reschedule and
 * cancel links and an .ics file. Where Calendly does not allow direct booking, a single-use
 * scheduling link instead.
 */
import { catalogued } from '../../template-catalogue';
import {
  defineTemplate,
  extractDateTime,
  formatDateTime,
  formatDuration,
  formatTimeRange,
  type DateRangeValue,
  type MessageBlock,
  type SlotValues,
  type TemplateContext,
} from '@slotchat/dialog';
import { availableTimesMaxDays } from '../operations';
import { buildIcs } from '../ics';
import { normalizeInvitee, uuidOf } from '../normalize';
import {
  calendlyAvailableTimesSchema,
  calendlyBookingSchema,
  calendlyEventTypeListSchema,
} from '../schemas';
import { rangePhrase, rangeWithin } from '../../google-calendar/templates/range-slots';
import { bookingCheck, bookingFallback, bookingRecovery } from './schedule-failures';
import { eventTypeChoices, eventTypes, timeChoices } from './schedule-choices';
import {
  calendlyTemplateBase,
  currentUserLookup,
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
    {
      pattern: /\b(?:book|reserve)\b|\bmake an? (?:booking|reservation)\b|\bsign me up\b/i,
      weight: 0.3,
    },
    {
      pattern:
        /\b(?:with|meet|see)\s+you\b|\byou(?:'re|’re| are)?\s+(?:free|available)\b|\b(?:your|do you have|you have)\b.{0,30}\b(?:free|open|available|slots?|times?|openings?|availability)\b/i,
      weight: 0.45,
    },
    {
      pattern: /\b(?:intro(?:duction)? call|consultation|strategy session|demo|discovery call)\b/i,
      weight: 0.15,
    },
    { pattern: /\b(?:need|want|like|get|make)\b.{0,15}\bappointment\b/i, weight: 0.2 },
    {
      pattern:
        /\b(?:my|the|any|upcoming|existing)\s+(?:\w+\s+){0,2}bookings?\b|\bbookings\b|\bbooked\b/i,
      weight: -0.35,
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
    {
      name: 'request',
      label: 'Request',
      entity: 'text',
      prompt: '',
      hint: '',
      internal: true,
      required: false,
      // What the opening request said, to pick the event type it names ("a 30 minute intro call").
      extract: (text, _context, mode) =>
        mode === 'request' ? { value: text.slice(0, 300) } : undefined,
    },
    {
      name: 'eventType',
      label: 'Event type',
      entity: 'choice',
      prompt: (_slots, context) =>
        eventTypes(context).length
          ? 'What kind of meeting would you like to book?'
          : 'There is nothing to book right now.',
      hint: 'Pick one of the meeting types above, by name or number.',
      choices: eventTypeChoices,
      format: (value, context) => chosenType({ eventType: value }, context)?.name ?? String(value),
    },
    {
      name: 'range',
      label: 'Dates',
      entity: 'date-range',
      prompt: 'Which dates should I look at?',
      hint: 'For example “Thursday”, “next week” or “from the 3rd to the 10th”.',
      required: false,
      defaultValue: (_slots, context) => {
        const start = context.now;
        const end = context.now + 7 * day;
        return {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          label: 'the next 7 days',
          during: 'in the next 7 days',
        };
      },
      validate: (value, slots, context) => {
        const tooLong = rangeWithin(
          availableTimesMaxDays,
          `Calendly shows open times for at most ${availableTimesMaxDays} days at a time`,
        )(value, slots, context);
        if (tooLong) return tooLong;
        return Date.parse((value as DateRangeValue).end) <= context.now
          ? 'Those dates have passed; pick future dates.'
          : undefined;
      },
      format: (value) => (value as DateRangeValue).label,
    },
    {
      name: 'preferredTime',
      label: 'Preferred time',
      entity: 'date-time',
      prompt: '',
      hint: '',
      internal: true,
      required: false,
      extract: (text, context) => {
        const found = extractDateTime(text, context);
        return found?.value !== undefined ? found : undefined;
      },
    },
    {
      name: 'time',
      label: 'Time',
      entity: 'choice',
      prompt: (slots, context) => {
        const times = calendlyAvailableTimesSchema.safeParse(context.lookups.times);
        const range = searchRange(slots, context);
        if (times.success && times.data.collection.length === 0) {
          return `There are no open times ${rangePhrase(range)}. Which other dates should I look at?`;
        }
        return `Which time suits you? Times are in ${context.timeZone}.`;
      },
      hint: 'Pick a time above, or name other dates (“next week”).',
      // "make it 3pm" at the confirmation keeps the day of the time already chosen.
      extract: (text, context, _mode, previous) => {
        const moment = extractDateTime(
          text,
          context,
          typeof previous === 'string' ? previous : undefined,
        );
        return typeof moment?.value === 'string' ? { value: utc(moment.value) } : undefined;
      },
      choices: timeChoices,
      format: (value, context) => formatDateTime(String(value), context.timeZone),
    },
    {
      name: 'name',
      label: 'Name',
      entity: 'text',
      prompt: 'What name should the booking be under?',
      hint: 'Your first and last name, for example “Ana Lopez”.',
      extract: (text, _context, mode) => {
        const stated = /\bmy name is ([\p{L}][\p{L}' -]{1,60}?)(?:[,.;!?]|\s+and\b|$)/iu.exec(
          text,
        )?.[1];
        if (stated) return { value: stated.trim() };
        if (mode !== 'answer') return undefined;
        const answer = text.trim().replace(/[.!]+$/, '');
        return nameAnswer.test(answer)
          ? { value: answer }
          : { problem: 'That doesn’t look like a name.' };
      },
    },
    {
      name: 'email',
      label: 'Email',
      entity: 'email',
      prompt: 'And your email address, for the confirmation?',
      hint: 'For example ana@example.com.',
    },
  ],
  confirmation: {
    title: 'Book this appointment?',
    fields: (slots, context) => {
      const type = chosenType(slots, context);
      const start = String(slots.time);
      const end = Date.parse(start) + (type?.duration ?? 30) * minute;
      return [
        {
          label: 'Meeting',
          value: type ? `${type.name} (${formatDuration(type.duration)})` : 'Meeting',
        },
        { label: 'When', value: formatTimeRange(start, end, context.timeZone) },
        { label: 'Name', value: String(slots.name) },
        { label: 'Email', value: String(slots.email) },
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
    const parsed = parseOr(calendlyBookingSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const type = chosenType(slots, context);
    const eventName = type?.name ?? 'Appointment';
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
        text: `You’re booked: ${eventName}, ${formatTimeRange(start, end, context.timeZone)} (${context.timeZone}). A confirmation goes to ${String(slots.email)}.`,
      },
      booking,
    ];
  },
  verify: bookingCheck,
  fallback: bookingFallback,
  recover: bookingRecovery,
});
