/**
 * Template 1: one Google Calendar event by its id or by a pasted event link.
 * "show me event abc123" and a link go straight to the lookup; "get event details" asks for the id.
 */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, type GoogleEventRefValue, type MessageBlock } from '@slotchat/dialog';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';
import { key, words } from '../../strings/words';
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
      label: key('shared.event.label'),
      entity: 'google-event-ref',
      prompt: key('google.getEvent.prompt'),
      hint: key('google.getEvent.hint'),
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
  render(result, _slots, context): MessageBlock[] {
    const parsed = parseResult(googleEventSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const event = normalizeGoogleEvent(parsed.value, context);
    const blocks: MessageBlock[] = [{ type: 'event', event }];
    if (event.status === 'cancelled')
      blocks.unshift({ type: 'text', text: words(context, 'google.getEvent.cancelled') });
    return blocks;
  },
  renderError(error, slots, context) {
    if (error.code !== 'not_found') return undefined;
    const ref = eventRef(slots.event);
    return [
      errorBlock(
        words(context, 'shared.event.notFound.title'),
        words(context, 'google.getEvent.notFound', { id: ref.eventId }),
        error,
        false,
      ),
    ];
  },
});
