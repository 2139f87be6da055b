/**
 * Zod schemas of the engine's message blocks (`messages.ts` in @slotchat/dialog), used to check a
 * conversation read back from storage before any card renders it: storage is shared with every
 * script on the site, so what comes back is untrusted.
 */
import { z } from 'zod/mini';

const quickReply = z.object({ label: z.string(), value: z.string() });

const attendee = z.object({
  email: z.string(),
  name: z.optional(z.string()),
  response: z.enum(['accepted', 'declined', 'tentative', 'needsAction']),
  organizer: z.optional(z.boolean()),
  optional: z.optional(z.boolean()),
});

const eventView = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']),
  start: z.string(),
  end: z.string(),
  allDay: z.boolean(),
  timeZone: z.optional(z.string()),
  location: z.optional(z.string()),
  description: z.optional(z.string()),
  organizer: z.optional(z.object({ email: z.string(), name: z.optional(z.string()) })),
  attendees: z.array(attendee),
  meetUrl: z.optional(z.string()),
  link: z.optional(z.string()),
});

const busySlot = z.object({ start: z.string(), end: z.string(), title: z.optional(z.string()) });

const invitee = z.object({
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'canceled']),
  timeZone: z.optional(z.string()),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  cancelUrl: z.optional(z.string()),
  rescheduleUrl: z.optional(z.string()),
});

const eventType = z.object({
  uri: z.string(),
  name: z.string(),
  durationMinutes: z.number(),
  description: z.optional(z.string()),
  schedulingUrl: z.optional(z.string()),
});

export const messageBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('quick-replies'), options: z.array(quickReply) }),
  z.object({ type: z.literal('event'), event: eventView }),
  z.object({
    type: z.literal('event-list'),
    title: z.string(),
    timeZone: z.string(),
    events: z.array(eventView),
    emptyText: z.string(),
  }),
  z.object({
    type: z.literal('busy-timeline'),
    title: z.string(),
    timeZone: z.string(),
    range: z.object({ start: z.string(), end: z.string() }),
    busy: z.array(busySlot),
    emptyText: z.string(),
  }),
  z.object({
    type: z.literal('invitees'),
    eventName: z.string(),
    invitees: z.array(invitee),
    emptyText: z.string(),
  }),
  z.object({ type: z.literal('event-types'), eventTypes: z.array(eventType) }),
  z.object({
    type: z.literal('time-slots'),
    timeZone: z.string(),
    slots: z.array(z.object({ start: z.string(), value: z.string() })),
    emptyText: z.string(),
  }),
  z.object({
    type: z.literal('confirmation'),
    title: z.string(),
    fields: z.array(
      z.object({
        label: z.string(),
        value: z.string(),
        start: z.optional(z.string()),
        end: z.optional(z.string()),
        timeZone: z.optional(z.string()),
      }),
    ),
    options: z.array(quickReply),
  }),
  z.object({
    type: z.literal('booking'),
    eventName: z.string(),
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    cancelUrl: z.optional(z.string()),
    rescheduleUrl: z.optional(z.string()),
    ics: z.optional(z.string()),
    schedulingUrl: z.optional(z.string()),
    toFinish: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('auth'),
    integration: z.string(),
    integrationName: z.string(),
    reason: z.string(),
  }),
  z.object({
    type: z.literal('error'),
    title: z.string(),
    message: z.string(),
    code: z.optional(z.string()),
    retry: z.boolean(),
  }),
]);

export const botMessageSchema = z.object({
  id: z.string(),
  blocks: z.array(messageBlockSchema),
});
