import { z } from 'zod';
import { defineOperation, segment } from '../operation';

const calendarId = z.string().min(1).max(256).default('primary');

/** Google event ids are base32hex (a–v, 0–9), 5–1024 characters; recurring instances add `_…`. */
export const googleEventId = z
  .string()
  .min(5)
  .max(1024)
  .regex(/^[a-v0-9]+(_[0-9A-Za-z]+)?$/, 'Google event ids use the letters a–v and digits');

export const getEvent = defineOperation({
  id: 'google-calendar:events.get',
  integration: 'google-calendar',
  description: 'Get one event of a calendar by its id',
  params: z.object({
    calendarId,
    eventId: googleEventId,
    timeZone: z.string().min(1).max(64).optional(),
  }),
  request: ({ calendarId, eventId, timeZone }) => ({
    method: 'GET',
    path: `/calendars/${segment(calendarId)}/events/${segment(eventId)}`,
    query: { timeZone },
  }),
  idempotent: true,
  scopes: [
    'https://www.googleapis.com/auth/calendar',
    'https://www.googleapis.com/auth/calendar.events',
    'https://www.googleapis.com/auth/calendar.readonly',
    'https://www.googleapis.com/auth/calendar.events.readonly',
  ],
});
