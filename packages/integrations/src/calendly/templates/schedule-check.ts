/**
 * After a booking whose outcome is unknown (Calendly timed out or failed after perhaps booking),
 * the dialog never books again blindly: it offers to look for the booking among the scheduled
 * events of that invitee at that time, and only if there is none offers to book again.
 */
import {
  formatDateTime,
  operationErrorMessage,
  type MessageBlock,
  type VerifyDefinition,
} from '@slotchat/dialog';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventListSchema } from '../schemas';
import { userUri, utc } from './shared';

const minute = 60_000;

export const bookingCheck: VerifyDefinition = {
  label: 'Check if it was booked',
  unknown: (_error, slots, context) => [
    {
      type: 'text',
      text: `Calendly did not confirm the booking for ${formatDateTime(String(slots.time), context.timeZone)}, so it may have gone through. I won’t book again blindly: shall I check your bookings first?`,
    },
  ],
  build: (slots, context) => ({
    operation: 'calendly:scheduled_events.list',
    params: {
      user: userUri(context.lookups),
      inviteeEmail: String(slots.email),
      status: 'active',
      minStartTime: utc(String(slots.time)),
      maxStartTime: utc(Date.parse(String(slots.time)) + minute),
    },
  }),
  outcome: (answer, slots, context) => {
    if (!answer.ok) {
      return {
        happened: undefined,
        blocks: [
          {
            type: 'error',
            title: 'Could not check the booking',
            message: operationErrorMessage(answer.error, 'Calendly'),
            code: answer.error.code,
            retry: false,
          },
        ],
      };
    }
    const parsed = calendlyEventListSchema.safeParse(answer.data);
    const found = parsed.success
      ? parsed.data.collection.find(
          (event) => Date.parse(event.start_time) === Date.parse(String(slots.time)),
        )
      : undefined;
    if (!parsed.success) {
      return {
        happened: undefined,
        blocks: [{ type: 'text', text: 'Calendly answered in a way I did not understand.' }],
      };
    }
    if (!found) {
      return {
        happened: false,
        blocks: [
          {
            type: 'text',
            text: `There is no booking for ${String(slots.email)} at ${formatDateTime(String(slots.time), context.timeZone)}, so it did not go through. Shall I try booking it again?`,
          },
        ],
      };
    }
    const blocks: MessageBlock[] = [
      {
        type: 'text',
        text: `Good news: it went through. You’re booked for ${formatDateTime(found.start_time, context.timeZone)}, and a confirmation goes to ${String(slots.email)} with the links to reschedule or cancel.`,
      },
      { type: 'event', event: normalizeCalendlyEvent(found) },
    ];
    return { happened: true, blocks };
  },
};
