/**
 * Template 2: create an event — title, start, duration (or "3-4pm"), attendees, optional Meet link,
 * location and description — always confirmed before it is written.
 */
import { catalogued } from '../../template-catalogue';
import {
  clockChangeNote,
  defineTemplate,
  extractDuration,
  formatDuration,
  formatTimeRange,
  isoWithOffset,
  parseDates,
  type Extraction,
  type MessageBlock,
  type SlotValues,
} from '@slotchat/dialog';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import { eventCheck } from './create-event-check';
import { guestEmailsSlot, guestSummary, guests, peopleSlot } from './create-event-guests';
import { errorBlock, googleCalendarTemplateBase, parseResult } from './shared';

const minute = 60_000;

function startOf(slots: SlotValues): number {
  return Date.parse(String(slots.start));
}

function endOf(slots: SlotValues): number {
  return startOf(slots) + Number(slots.duration) * minute;
}

/** "for 45 minutes", or the length of "3-4pm". */
function readDuration(
  text: string,
  context: Parameters<typeof parseDates>[1],
): Extraction | undefined {
  const duration = extractDuration(text);
  if (duration) return duration;
  const withEnd = parseDates(text, context).find((date) => date.end?.hasTime && date.start.hasTime);
  if (withEnd?.end) {
    const minutes = Math.round((withEnd.end.instant - withEnd.start.instant) / minute);
    if (minutes > 0) return { value: minutes };
    return { problem: 'That ends before it starts.' };
  }
  return undefined;
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
  // A request that opens with a writing verb ("schedule …", "put … on my calendar") creates.
  cues: [
    {
      pattern:
        /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:schedule|create|add|put|set up|set|make|plan|organi[sz]e|block|pencil in|new)\b(?!\s+(?:a booking|an appointment with you|a reservation))/i,
      weight: 0.15,
    },
  ],
  signals: ['date-time', 'duration', 'with-person'],
  slots: [
    {
      name: 'title',
      label: 'Title',
      entity: 'title',
      prompt: 'What should the event be called?',
      hint: 'Any short title, for example “Design review”.',
      validate: (value) =>
        String(value).length > 200 ? 'That title is too long (200 characters at most).' : undefined,
    },
    {
      name: 'start',
      label: 'Start',
      entity: 'date-time',
      prompt: 'When does it start?',
      hint: 'For example “tomorrow at 3pm” or “Friday 10:30”.',
      validate: (value, _slots, context) =>
        Date.parse(String(value)) < context.now - minute
          ? 'That time has already passed.'
          : undefined,
      format: (value, context) => formatTimeRange(String(value), String(value), context.timeZone),
    },
    {
      name: 'duration',
      label: 'Duration',
      entity: 'duration',
      prompt: 'How long will it be?',
      hint: 'For example “30 minutes”, “1 hour” or “3-4pm”.',
      extract: (text, context) => readDuration(text, context),
      suggestions: [
        { label: '30 minutes', value: '30 minutes' },
        { label: '1 hour', value: '1 hour' },
      ],
      format: (value) => formatDuration(Number(value)),
    },
    {
      name: 'attendees',
      label: 'Attendees',
      entity: 'emails',
      prompt: 'Who should be invited? Give email addresses, or say “nobody”.',
      hint: 'For example ana@example.com, bo@example.com.',
      required: false,
      askWhenGuided: true,
      defaultValue: () => [],
      format: (value) => ((value as string[]).length ? (value as string[]).join(', ') : 'Only you'),
    },
    peopleSlot,
    guestEmailsSlot,
    {
      name: 'meet',
      label: 'Google Meet',
      entity: 'yes-no',
      prompt: 'Add a Google Meet link?',
      hint: 'Say yes or no.',
      required: false,
      askWhenGuided: true,
      defaultValue: () => false,
      extract: (text, _context, mode) => readMeet(text, mode),
      suggestions: [
        { label: 'Yes', value: 'yes' },
        { label: 'No', value: 'no' },
      ],
    },
    {
      name: 'location',
      label: 'Location',
      entity: 'text',
      prompt: 'Where will it be?',
      hint: 'A room, an address or a place.',
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
      label: 'Description',
      entity: 'text',
      prompt: 'What should the description say?',
      hint: 'A sentence or two.',
      required: false,
      extract: (text, _context, mode) =>
        readLabelled(/\b(?:description|notes?|agenda)\s*(?:is|:|=|to)\s*(.{1,500})$/i, text, mode),
    },
    {
      name: 'eventId',
      label: 'Event id',
      entity: 'text',
      prompt: '',
      hint: '',
      internal: true,
      required: false,
      // Chosen once per dialog and kept in its state: a retry sends the same id, so Google
      // answers 409 instead of creating a second event.
      defaultValue: (slots, context) =>
        `slotchat${context.now.toString(32)}${hash32(JSON.stringify(slots))}`,
    },
  ],
  confirmation: {
    title: 'Create this event?',
    fields: (slots, context) => {
      const fields = [
        { label: 'Title', value: String(slots.title) },
        { label: 'When', value: formatTimeRange(startOf(slots), endOf(slots), context.timeZone) },
        { label: 'Duration', value: formatDuration(Number(slots.duration)) },
        { label: 'Attendees', value: guestSummary(slots) },
        { label: 'Google Meet', value: slots.meet ? 'Yes' : 'No' },
      ];
      if (slots.location) fields.push({ label: 'Location', value: String(slots.location) });
      if (slots.description)
        fields.push({ label: 'Description', value: String(slots.description) });
      const clocks = clockChangeNote(startOf(slots), endOf(slots), context.timeZone);
      if (clocks) fields.push({ label: 'Note', value: clocks });
      return fields;
    },
  },
  operation: {
    build: (slots, context) => {
      const params: Record<string, unknown> = {
        calendarId: 'primary',
        eventId: String(slots.eventId),
        summary: String(slots.title),
        start: {
          dateTime: isoWithOffset(startOf(slots), context.timeZone),
          timeZone: context.timeZone,
        },
        end: {
          dateTime: isoWithOffset(endOf(slots), context.timeZone),
          timeZone: context.timeZone,
        },
        attendees: guests(slots).map((email) => ({ email })),
        addMeet: slots.meet === true,
      };
      if (slots.location) params.location = String(slots.location);
      if (slots.description) params.description = String(slots.description);
      return { operation: 'google-calendar:events.insert', params };
    },
  },
  render(result, slots): MessageBlock[] {
    const parsed = parseResult(googleEventSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const event = normalizeGoogleEvent(parsed.value);
    const blocks: MessageBlock[] = [
      { type: 'text', text: `Done: “${event.title}” is in your Google Calendar.` },
      { type: 'event', event },
    ];
    if (slots.meet === true && !event.meetUrl) {
      blocks.push({
        type: 'text',
        text: 'Google is still setting up the Meet link; it will appear in the event shortly.',
      });
    }
    return blocks;
  },
  verify: eventCheck,
  renderError(error) {
    if (error.code === 'conflict') {
      return [
        {
          type: 'text',
          text: 'This event is already in your calendar: an earlier attempt went through, so I did not create it twice.',
        },
      ];
    }
    if (error.code === 'invalid_params' || error.code === 'provider_error') {
      return [
        errorBlock(
          'Event not created',
          `Google Calendar did not accept the event: ${error.message}`,
          error,
        ),
      ];
    }
    return undefined;
  },
});
