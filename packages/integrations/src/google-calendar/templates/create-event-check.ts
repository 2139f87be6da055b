/**
 * After a create whose outcome is unknown, the event is looked up by the id the dialog chose for
 * it: there means it was written; 404 means it was not, and writing again is safe (the same id
 * would get a 409, never a second event).
 */
import { operationErrorMessage, type VerifyDefinition } from '@slotchat/dialog';
import { googleEventSchema } from '../event-schema';
import { normalizeGoogleEvent } from '../normalize-event';

export const eventCheck: VerifyDefinition = {
  label: 'Check my calendar',
  unknown: (_error, slots) => [
    {
      type: 'text',
      text: `Google Calendar did not confirm that “${String(slots.title)}” was created, so it may be there already. Shall I check your calendar before trying again?`,
    },
  ],
  build: (slots, context) => ({
    operation: 'google-calendar:events.get',
    params: { calendarId: 'primary', eventId: String(slots.eventId), timeZone: context.timeZone },
  }),
  outcome: (answer, slots) => {
    if (!answer.ok) {
      if (answer.error.code === 'not_found') {
        return {
          happened: false,
          blocks: [
            {
              type: 'text',
              text: `“${String(slots.title)}” is not in your calendar, so it was not created. Shall I try again?`,
            },
          ],
        };
      }
      return {
        happened: undefined,
        blocks: [
          {
            type: 'error',
            title: 'Could not check the calendar',
            message: operationErrorMessage(answer.error, 'Google Calendar'),
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
        blocks: [{ type: 'text', text: 'Google Calendar answered in a way I did not understand.' }],
      };
    }
    const event = normalizeGoogleEvent(parsed.data);
    return {
      happened: true,
      blocks: [
        { type: 'text', text: `It went through: “${event.title}” is in your Google Calendar.` },
        { type: 'event', event },
      ],
    };
  },
};
