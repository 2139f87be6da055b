import { z } from 'zod';
import { isValidTimeZone } from '../../time/zoned';

/** Google event ids: base32hex (a–v, 0–9), 5–1024 characters. */
export const clientEventId = z.string().regex(/^[a-v0-9]{5,1024}$/);

const dateTimeWithOptionalOffset =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

export const eventDateTimeInput = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  dateTime: z.string().regex(dateTimeWithOptionalOffset).optional(),
  timeZone: z.string().refine(isValidTimeZone, 'Invalid time zone definition').optional(),
});
export type EventDateTimeInput = z.infer<typeof eventDateTimeInput>;

/**
 * The body of events.insert: the writable fields of the Event resource the sandbox keeps, with
 * their types. Other fields of the discovery document's `Event` are accepted and not kept (their
 * names are checked against `eventFields` before this parses).
 */
export const eventInput = z.object({
  id: z.string().optional(),
  summary: z.string().max(8192).optional(),
  description: z.string().max(8192).optional(),
  location: z.string().max(8192).optional(),
  colorId: z.string().optional(),
  start: eventDateTimeInput.optional(),
  end: eventDateTimeInput.optional(),
  recurrence: z.array(z.string()).optional(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
  visibility: z.enum(['default', 'public', 'private', 'confidential']).optional(),
  attendees: z
    .array(
      z.object({
        email: z.string().optional(),
        displayName: z.string().optional(),
        optional: z.boolean().optional(),
        responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
        comment: z.string().optional(),
        additionalGuests: z.number().int().min(0).optional(),
        resource: z.boolean().optional(),
      }),
    )
    .optional(),
  conferenceData: z
    .object({
      createRequest: z
        .object({
          requestId: z.string().optional(),
          conferenceSolutionKey: z.object({ type: z.string() }).optional(),
        })
        .optional(),
      entryPoints: z
        .array(
          z.object({ entryPointType: z.string(), uri: z.string(), label: z.string().optional() }),
        )
        .optional(),
      conferenceSolution: z
        .object({ key: z.object({ type: z.string() }), name: z.string(), iconUri: z.string() })
        .optional(),
      conferenceId: z.string().optional(),
    })
    .optional(),
  reminders: z
    .object({
      useDefault: z.boolean(),
      overrides: z
        .array(
          z.object({
            method: z.enum(['email', 'popup']),
            minutes: z.number().int().min(0).max(40320),
          }),
        )
        .optional(),
    })
    .optional(),
  extendedProperties: z
    .object({
      private: z.record(z.string(), z.string()).optional(),
      shared: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  guestsCanInviteOthers: z.boolean().optional(),
  guestsCanModify: z.boolean().optional(),
  guestsCanSeeOtherGuests: z.boolean().optional(),
  eventType: z.enum(['default', 'outOfOffice', 'focusTime', 'workingLocation']).optional(),
});
export type EventInput = z.infer<typeof eventInput>;
