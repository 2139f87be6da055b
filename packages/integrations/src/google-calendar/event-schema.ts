/**
 * Google's Event resource (Calendar v3), as much of it as the templates show. Parsed with zod so a
 * surprising answer becomes a clear error instead of a broken card; unknown fields are ignored.
 * zod/mini: these schemas ship in the chat chunk, and its functional API tree-shakes.
 */
import { z } from 'zod/mini';

const optionalString = () => z.optional(z.string());
const optionalBoolean = () => z.optional(z.boolean());

const eventDateTime = z.object({
  dateTime: optionalString(),
  date: optionalString(),
  timeZone: optionalString(),
});

export const googleAttendeeSchema = z.object({
  email: optionalString(),
  displayName: optionalString(),
  responseStatus: z.optional(z.enum(['needsAction', 'declined', 'tentative', 'accepted'])),
  optional: optionalBoolean(),
  organizer: optionalBoolean(),
  self: optionalBoolean(),
  resource: optionalBoolean(),
});

export const googleEventSchema = z.object({
  id: z.string(),
  status: z.optional(z.enum(['confirmed', 'tentative', 'cancelled'])),
  summary: optionalString(),
  description: optionalString(),
  location: optionalString(),
  htmlLink: optionalString(),
  transparency: z.optional(z.enum(['opaque', 'transparent'])),
  start: z.optional(eventDateTime),
  end: z.optional(eventDateTime),
  organizer: z.optional(z.object({ email: optionalString(), displayName: optionalString() })),
  attendees: z.optional(z.array(googleAttendeeSchema)),
  hangoutLink: optionalString(),
  conferenceData: z.optional(
    z.object({
      entryPoints: z.optional(
        z.array(z.object({ entryPointType: optionalString(), uri: optionalString() })),
      ),
    }),
  ),
});
export type GoogleEvent = z.infer<typeof googleEventSchema>;

export const googleEventListSchema = z.object({
  items: z._default(z.array(googleEventSchema), []),
  nextPageToken: optionalString(),
  timeZone: optionalString(),
});
export type GoogleEventList = z.infer<typeof googleEventListSchema>;

/** `freebusy.query`'s answer: busy intervals per calendar, failures inside the 200. */
export const freeBusyResponseSchema = z.object({
  calendars: z.record(
    z.string(),
    z.object({
      busy: z._default(z.array(z.object({ start: z.string(), end: z.string() })), []),
      errors: z.optional(z.array(z.object({ domain: optionalString(), reason: optionalString() }))),
    }),
  ),
});
