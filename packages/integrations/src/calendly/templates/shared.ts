import {
  extractDateRange,
  formatDateTime,
  internalSlot,
  type ChoiceOption,
  type DateRangeValue,
  type LookupDefinition,
  type MessageBlock,
  type SlotDefinition,
  type SlotValues,
  type TemplateContext,
  type Translate,
} from '@slotchat/dialog';
import type { z } from 'zod/mini';
import { templateMessages } from '../../strings/en';
import { key, words } from '../../strings/words';
import { uuidOf } from '../normalize';
import { calendlyEventListSchema, calendlyUserSchema } from '../schemas';

export const calendlyTemplateBase = {
  integration: 'calendly',
  integrationName: 'Calendly',
  authorizationReason: key('calendly.authorizationReason'),
  mentions: [/calendly/i],
  messages: templateMessages,
};

/** Every Calendly list needs the user's URI first (`GET /users/me`). */
export const currentUserLookup: LookupDefinition = {
  name: 'me',
  dependsOn: [],
  build: () => ({ operation: 'calendly:users.me', params: {} }),
  isValid: (data) => calendlyUserSchema.safeParse(data).success,
};

/** How many upcoming events are offered when the visitor names none. */
const offeredEvents = 5;

/**
 * The visitor's next scheduled events, read-only: what is offered when they ask about "my
 * Calendly event" without naming one. A page of ten is one call; five of them are offered.
 */
export const upcomingEventsLookup: LookupDefinition = {
  name: 'upcoming',
  dependsOn: [],
  needs: ['me'],
  isValid: (data) => calendlyEventListSchema.safeParse(data).success,
  build: (_slots, context) => ({
    operation: 'calendly:scheduled_events.list',
    params: {
      user: userUri(context.lookups),
      status: 'active',
      sort: 'start_time:asc',
      minStartTime: utc(context.now),
      count: 10,
    },
  }),
};

/**
 * "Who booked …?", "who is coming to …?", "the invitees of …": asks about the people of an event
 * that exists, however much the rest of the sentence sounds like booking one. "Who booked me
 * tomorrow?" asks for my bookings, a list, not this.
 */
export const asksWhoBooked =
  /\bwho(?:['’]s|\s+is|\s+are|\s+has)?\s+(?:booked|coming|invited|signed up|registered)\b(?!\s+(?:me|with me)\b)|\binvitees?\b/i;

/**
 * "When is my consultation?", "what time is my dentist appointment": the time of a booking that
 * exists, which the visitor's list of bookings shows; not a request to book another. Meetings
 * and calls stay the calendar's ("what time is my meeting tomorrow").
 */
export const asksWhenMineIs =
  /^\s*(?:so\s+|and\s+)?(?:what\s+time|when)(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:appointments?|consultations?|bookings?|sessions?|visits?|check-?ups?|cleanings?)\b/i;

/** A pasted event URI or UUID: a request about one event, not a list or a new booking. */
export const oneEventCue = {
  pattern:
    /scheduled_events\/|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[A-Z0-9]*\d)[A-Z0-9]{16}\b/i,
  weight: -0.3,
};

export function userUri(lookups: Readonly<Record<string, unknown>>): string {
  const parsed = calendlyUserSchema.safeParse(lookups.me);
  return parsed.success ? parsed.data.resource.uri : '';
}

function upcomingEvents(data: unknown) {
  const parsed = calendlyEventListSchema.safeParse(data);
  return parsed.success ? parsed.data.collection.slice(0, offeredEvents) : [];
}

/** "15 Minute Intro Call" → "intro call": the words that name an event type, not its length. */
function coreName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b\d+\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|h|m)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The one upcoming event the request names by its type's name, its day, or both ("who booked
 * the intro call on Friday?"), or the soonest of them when it asks for the next one ("my next
 * intro call"); undefined when none or several fit, and the visitor picks.
 */
function namedUpcomingEvent(slots: SlotValues, context: TemplateContext): string | undefined {
  const request = typeof slots.request === 'string' ? slots.request.toLowerCase() : '';
  if (!request) return undefined;
  const events = upcomingEvents(context.lookups.upcoming);
  const byName = events.filter((event) => {
    const name = coreName(event.name ?? '');
    return name.length >= 3 && request.includes(name);
  });
  const range = extractDateRange(request, context)?.value as DateRangeValue | undefined;
  const inRange = (event: { start_time: string }) =>
    !range ||
    (Date.parse(event.start_time) >= Date.parse(range.start) &&
      Date.parse(event.start_time) < Date.parse(range.end));
  const soonest = asksForTheNextOne.test(request);
  if (byName.length === 0 && !range && !soonest) return undefined;
  const fitting = (byName.length > 0 ? byName : events).filter(inRange);
  if (soonest) {
    const [first] = [...fitting].sort(
      (a, b) => Date.parse(a.start_time) - Date.parse(b.start_time),
    );
    return first ? uuidOf(first.uri) : undefined;
  }
  return fitting.length === 1 && fitting[0] ? uuidOf(fitting[0].uri) : undefined;
}

/**
 * "Show my next consultation", "details of my upcoming intro call", without a word of booking:
 * a booking that exists, not one to make. "When is my next …" is left to the list, whose
 * upcoming events answer it.
 */
export const nextOneOfMine =
  /^(?!.*\b(?:book|reserve|schedule|when)\b).*\bmy\s+(?:very\s+)?(?:next|upcoming)\b(?!\s+(?:week|month|year|weekend|few|couple|\d))/i;

/** "my next event", "the next intro call": the soonest that fits; not "next week" or "the next 3 days". */
const asksForTheNextOne =
  /\b(?:my|the)\s+(?:very\s+)?next\b(?!\s+(?:week|month|year|weekend|few|couple|\d|\w+\s+(?:days|weeks|months|hours))\b)/i;

/** What the opening request said, to find the event it names among the upcoming ones. */
const requestSlot = internalSlot({
  name: 'request',
  entity: 'text',
  extract: (text, _context, mode) =>
    mode === 'request' ? { value: text.slice(0, 300) } : undefined,
});

/**
 * The event as slots, by its URI or UUID. Asked for, it offers the next few scheduled events
 * as buttons ("30 Minute Consultation, Friday 20 November at 16:00"), which answer with the
 * event's UUID; a pasted URI or UUID, or "the second one", answers too. A request that names one
 * of them ("the intro call on Friday") takes it without asking.
 */
export function calendlyEventSlots(): SlotDefinition[] {
  return [requestSlot, calendlyEventSlot()];
}

function calendlyEventSlot(): SlotDefinition {
  return {
    name: 'event',
    label: key('shared.event.label'),
    entity: 'calendly-event-ref',
    prompt: (_slots, context) =>
      words(
        context,
        upcomingEvents(context.lookups.upcoming).length > 0
          ? 'calendly.event.pick'
          : 'calendly.event.noneUpcoming',
      ),
    hint: key('calendly.event.hint'),
    choices: {
      lookup: 'upcoming',
      preselect: (_options, slots, context) => namedUpcomingEvent(slots, context),
      options: (data, _slots, context) => {
        const options: ChoiceOption[] = upcomingEvents(data).map((event) => {
          const name = event.name?.trim() || words(context, 'calendly.eventName');
          return {
            label: words(context, 'calendly.event.choice', {
              name,
              when: formatDateTime(event.start_time, context),
            }),
            value: uuidOf(event.uri),
            aliases: [name],
          };
        });
        const blocks: MessageBlock[] =
          options.length > 0
            ? [
                {
                  type: 'quick-replies',
                  options: options.map(({ label, value }) => ({ label, value })),
                },
              ]
            : [];
        return { options, blocks };
      },
    },
  };
}

export function eventUuid(slots: SlotValues): string {
  return String(slots.event);
}

/** Calendly wants UTC with a `Z`. */
export function utc(instant: number | string): string {
  return new Date(typeof instant === 'string' ? Date.parse(instant) : instant).toISOString();
}

export function parseOr<T>(
  schema: z.ZodMiniType<T>,
  data: unknown,
  context: { t: Translate },
): { ok: true; value: T } | { ok: false; blocks: MessageBlock[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    blocks: [
      {
        type: 'error',
        title: words(context, 'shared.unexpectedAnswer.title'),
        message: words(context, 'calendly.unexpectedAnswer'),
        retry: false,
      },
    ],
  };
}
