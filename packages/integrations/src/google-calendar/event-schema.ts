/**
 * Google's Event resource (Calendar v3), as much of it as the templates show. Parsed with zod so a
 * surprising answer becomes a clear error instead of a broken card; unknown fields are ignored.
 */
import { z } from 'zod';

const eventDateTime = z.object({
  dateTime: z.string().optional(),
  date: z.string().optional(),
  timeZone: z.string().optional(),
});

export const googleAttendeeSchema = z.object({
  email: z.string().optional(),
  displayName: z.string().optional(),
  responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
  optional: z.boolean().optional(),
  organizer: z.boolean().optional(),
  self: z.boolean().optional(),
  resource: z.boolean().optional(),
});

export const googleEventSchema = z.object({
  id: z.string(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  htmlLink: z.string().optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
  start: eventDateTime.optional(),
  end: eventDateTime.optional(),
  organizer: z
    .object({ email: z.string().optional(), displayName: z.string().optional() })
    .optional(),
  attendees: z.array(googleAttendeeSchema).optional(),
  hangoutLink: z.string().optional(),
  conferenceData: z
    .object({
      entryPoints: z
        .array(z.object({ entryPointType: z.string().optional(), uri: z.string().optional() }))
        .optional(),
    })
    .optional(),
});
export type GoogleEvent = z.infer<typeof googleEventSchema>;

export const googleEventListSchema = z.object({
  items: z.array(googleEventSchema).default([]),
  nextPageToken: z.string().optional(),
  timeZone: z.string().optional(),
});
export type GoogleEventList = z.infer<typeof googleEventListSchema>;

/** `freebusy.query`'s answer: busy intervals per calendar, failures inside the 200. */
export const freeBusyResponseSchema = z.object({
  calendars: z.record(
    z.string(),
    z.object({
      busy: z.array(z.object({ start: z.string(), end: z.string() })).default([]),
      errors: z
        .array(z.object({ domain: z.string().optional(), reason: z.string().optional() }))
        .optional(),
    }),
  ),
});
