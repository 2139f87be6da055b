import type { MessageBlock, OperationError } from '@slotchat/dialog';
import type { z } from 'zod';

/** What every Google Calendar template shares. */
export const googleCalendarTemplateBase = {
  integration: 'google-calendar',
  integrationName: 'Google Calendar',
  authorizationReason: 'To read and manage your calendar, I need you to connect Google Calendar.',
  // "my calendar" is the Google one here: Calendly has event types and bookings, not a calendar.
  mentions: [/\bgoogle\b/i, /\bgcal\b/i, /\bcalendar\b/i],
};

/** Parses a provider answer; a surprising shape becomes an error card, not a crash. */
export function parseResult<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; blocks: MessageBlock[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    blocks: [
      {
        type: 'error',
        title: 'Unexpected answer',
        message:
          'The calendar answered in a way I did not understand, so I can’t show it. Try again in a moment.',
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
