import {
  saysAllDay,
  type MessageBlock,
  type OperationError,
  type Translate,
} from '@slotchat/dialog';
import type { z } from 'zod/mini';
import { templateMessages } from '../../strings/en';
import { key, words } from '../../strings/words';

/** What every Google Calendar template shares. */
export const googleCalendarTemplateBase = {
  integration: 'google-calendar',
  integrationName: 'Google Calendar',
  authorizationReason: key('google.authorizationReason'),
  // "my calendar" is the Google one here: Calendly has event types and bookings, not a calendar.
  mentions: [/\bgoogle\b/i, /\bgcal\b/i, /\bcalendar\b/i],
  messages: templateMessages,
};

/**
 * A request that opens with a writing verb ("schedule …", "put … on my calendar", "block Friday
 * 2-4pm") asks to create, whatever dates it names: create-event leans towards it and the busy
 * templates away. Not "make sure I'm free", not "book an appointment with you" (Calendly).
 */
export const opensWithWritingVerb =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:schedule|create|add|put|set up|set|make(?!\s+sure)|plan|organi[sz]e|block|pencil in|new)\b(?!\s+(?:a booking|an appointment with you|a reservation))/i;

/**
 * "Do you have anything on Thursday?", "are you open Friday?": the visitor asks the business for
 * a time (a booking), not about their own calendar.
 */
export const asksTheBusiness =
  /\b(?:do|does)\s+you\s+have\b|\bare\s+you\s+(?:free|open|available|around)\b/i;

/** Writing said later in the request ("… put it in my calendar"): an event to create. */
export const asksToWriteIt =
  /\b(?:put|add|pop|stick)\s+(?:it|that|this|them)\s+(?:in|on|to|into)\s+my\s+(?:google\s+)?calendar\b/i;
/**
 * "Team offsite on 14/12 all day": an all-day event stated, not asked about — no question or
 * availability word ("am I free all day Friday?" asks about busy times).
 */
export const statesAllDayEvent = new RegExp(
  String.raw`^(?!.*(?:\?|\b(?:free|busy|available|availability|booked|what|whats|when|which|how|any|anything|am i|do i|does|did|is|are|was|will|show|see|give|display|list|check|tell|look|my|meetings?|events?|schedule|calendar|agenda)\b)).*` +
    saysAllDay.source,
  'i',
);

/** "Events with Maria", "anything with ana this week": about a person, not every busy time. */
export const withSomeone =
  /\b(?:anything|something|events?|meetings?|calls?|plans)\s+with\s+(?!(?:the|a|an|my|our|your|you|us|me|them|google|zoom|calendly)\b)\p{L}/iu;

/** The same, in a request that does not ask about free or busy time ("am I free for a call with Ana?" does). */
const aboutSomeoneOnly = new RegExp(
  String.raw`^(?!.*\b(?:free|busy|available|availability)\b).*` + withSomeone.source,
  'iu',
);

/**
 * The visitor asks about their own free time and names no dates: "am I free?", "when am I
 * available", "what is my availability". With dates ("am I busy on Saturday") the dates decide.
 */
export const asksOwnFreeTime =
  /^\s*(?:(?:so|and|ok|okay|hey),?\s+)?(?:(?:when|what times?)\s+)?(?:am i|i am|i'm)\s+(?:free|busy|available)\s*[?.!]*\s*$|^\s*(?:what(?:'s| is)\s+)?my\s+(?:own\s+)?(?:availability|free time)\s*[?.!]*\s*$/i;

/**
 * Evidence against the two busy-time templates: a request to write ("create …", "… put it in my
 * calendar", an all-day event stated) or a question to the business ("do you have anything…").
 */
export const notAboutBusyTimes = [
  { pattern: opensWithWritingVerb, weight: -0.15 },
  { pattern: asksToWriteIt, weight: -0.15 },
  { pattern: statesAllDayEvent, weight: -0.2 },
  { pattern: asksTheBusiness, weight: -0.4 },
  { pattern: aboutSomeoneOnly, weight: -0.2 },
];

/** Parses a provider answer; a surprising shape becomes an error card, not a crash. */
export function parseResult<T>(
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
        message: words(context, 'google.unexpectedAnswer'),
        retry: false,
      },
    ],
  };
}

export function errorBlock(
  title: string,
  message: string,
  error: OperationError,
  retry = error.retryable,
): MessageBlock {
  return { type: 'error', title, message, code: error.code, retry };
}
