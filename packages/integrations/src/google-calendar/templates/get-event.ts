/**
 * Template 1: one Google Calendar event by its id or by a pasted event link.
 * "show me event abc123" and a link go straight to the lookup; "get event details" asks for the id.
 */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, type GoogleEventRefValue, type MessageBlock } from '@slotchat/dialog';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import { errorBlock, googleCalendarTemplateBase, parseResult } from './shared';

function eventRef(value: unknown): GoogleEventRefValue {
  return value as GoogleEventRefValue;
}

export const getEventTemplate = defineTemplate({
  ...googleCalendarTemplateBase,
  ...catalogued('google-calendar.get-event'),
  examples: [
    'show me event abc123',
    'what is event abc123?',
    'get event details',
    'look up an event by id',
    'open this calendar event link',
    'details of google calendar event',
    'which attendees accepted event abc123',
    'where and when is event abc123def',
  ],
  keywords: ['event id', 'event link', 'which event is this', 'who organised the event'],
  signals: ['google-event-ref', 'google-event-link'],
  slots: [
    {
      name: 'event',
      label: 'Event',
      entity: 'google-event-ref',
      prompt: 'Which event? Send its id or paste its Google Calendar link.',
      hint: 'An event id looks like “abc123def456”; a link starts with https://calendar.google.com/.',
      format: (value) => eventRef(value).eventId,
    },
  ],
  operation: {
    build: (slots, context) => {
      const ref = eventRef(slots.event);
      return {
        operation: 'google-calendar:events.get',
        params: { calendarId: ref.calendarId, eventId: ref.eventId, timeZone: context.timeZone },
      };
    },
  },
  render(result): MessageBlock[] {
    const parsed = parseResult(googleEventSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const event = normalizeGoogleEvent(parsed.value);
    const blocks: MessageBlock[] = [{ type: 'event', event }];
    if (event.status === 'cancelled')
      blocks.unshift({ type: 'text', text: 'Note: this event was cancelled.' });
    return blocks;
  },
  renderError(error, slots) {
    if (error.code !== 'not_found') return undefined;
    const ref = eventRef(slots.event);
    return [
      errorBlock(
        'Event not found',
        `There is no event with the id “${ref.eventId}” in your calendar. Check the id, or paste the event’s link.`,
        error,
        false,
      ),
    ];
  },
});
