/**
 * Calendly v2 resources, as much as the templates show; parsed with zod, unknown fields ignored.
 * zod/mini: these schemas ship in the chat chunk, and its functional API tree-shakes.
 */
import { z } from 'zod/mini';

const nullish = <T extends z.ZodMiniType>(schema: T) => z.nullish(schema);
const nullishString = () => nullish(z.string());
const optionalString = () => z.optional(z.string());

export const calendlyUserSchema = z.object({
  resource: z.object({
    uri: z.string(),
    name: optionalString(),
    email: optionalString(),
    timezone: optionalString(),
    current_organization: optionalString(),
    scheduling_url: optionalString(),
  }),
});

export const calendlyEventSchema = z.object({
  uri: z.string(),
  name: nullishString(),
  status: z.enum(['active', 'canceled']),
  start_time: z.string(),
  end_time: z.string(),
  event_type: nullishString(),
  location: nullish(
    z.object({
      type: optionalString(),
      location: nullishString(),
      join_url: nullishString(),
    }),
  ),
  invitees_counter: nullish(z.object({ total: z.number(), active: z.number(), limit: z.number() })),
  event_memberships: nullish(
    z.array(
      z.object({
        user: optionalString(),
        user_email: nullishString(),
        user_name: nullishString(),
      }),
    ),
  ),
  event_guests: nullish(z.array(z.object({ email: z.string() }))),
  cancellation: nullish(
    z.object({
      canceled_by: nullishString(),
      reason: nullishString(),
      canceler_type: nullishString(),
    }),
  ),
});
export type CalendlyEvent = z.infer<typeof calendlyEventSchema>;

export const calendlyEventResourceSchema = z.object({ resource: calendlyEventSchema });

const pagination = z.optional(z.object({ next_page_token: nullishString() }));

export const calendlyEventListSchema = z.object({
  collection: z.array(calendlyEventSchema),
  pagination,
});

export const calendlyInviteeSchema = z.object({
  uri: optionalString(),
  name: nullishString(),
  email: z.string(),
  status: z.enum(['active', 'canceled']),
  timezone: nullishString(),
  questions_and_answers: nullish(z.array(z.object({ question: z.string(), answer: z.string() }))),
  cancel_url: nullishString(),
  reschedule_url: nullishString(),
  event: nullishString(),
});

export const calendlyInviteeListSchema = z.object({
  collection: z.array(calendlyInviteeSchema),
  pagination,
});

export const calendlyEventTypeListSchema = z.object({
  collection: z.array(
    z.object({
      uri: z.string(),
      name: z.string(),
      slug: nullishString(),
      duration: z.number(),
      active: z.optional(z.boolean()),
      scheduling_url: nullishString(),
      description_plain: nullishString(),
    }),
  ),
});

export const calendlyAvailableTimesSchema = z.object({
  collection: z.array(
    z.object({
      status: z.string(),
      start_time: z.string(),
      invitees_remaining: z.optional(z.number()),
      scheduling_url: nullishString(),
    }),
  ),
});

export const calendlyBookingSchema = z.object({ resource: calendlyInviteeSchema });

export const calendlySchedulingLinkSchema = z.object({
  resource: z.object({ booking_url: z.string(), owner: optionalString() }),
});
