/**
 * After a create whose outcome is unknown, the event is looked up by the id the dialog chose for
 * it: there means it was written; 404 means it was not, and writing again is safe (the same id
 * would get a 409, never a second event).
 */
import { operationErrorMessage, type VerifyDefinition } from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';

export const eventCheck: VerifyDefinition = {
  label: key('google.createEvent.check.label'),
  unknown: (_error, slots, context) => [
    {
      type: 'text',
      text: words(context, 'google.createEvent.check.unknown', { title: String(slots.title) }),
    },
  ],
  build: (slots, context) => ({
    operation: 'google-calendar:events.get',
    params: { calendarId: 'primary', eventId: String(slots.eventId), timeZone: context.timeZone },
  }),
  outcome: (answer, slots, context) => {
    if (!answer.ok) {
      if (answer.error.code === 'not_found') {
        return {
          happened: false,
          blocks: [
            {
              type: 'text',
              text: words(context, 'google.createEvent.check.notThere', {
                title: String(slots.title),
              }),
            },
          ],
        };
      }
      return {
        happened: undefined,
        blocks: [
          {
            type: 'error',
            title: words(context, 'google.createEvent.check.failed.title'),
            message: operationErrorMessage(answer.error, 'Google Calendar', context),
            code: answer.error.code,
            retry: false,
          },
        ],
      };
    }
    const parsed = googleEventSchema.safeParse(answer.data);
    if (!parsed.success) {
      return {
        happened: undefined,
        blocks: [{ type: 'text', text: words(context, 'google.createEvent.check.unreadable') }],
      };
    }
    const event = normalizeGoogleEvent(parsed.data, context);
    return {
      happened: true,
      blocks: [
        {
          type: 'text',
          text: words(context, 'google.createEvent.check.there', { title: event.title }),
        },
        { type: 'event', event },
      ],
    };
  },
};
