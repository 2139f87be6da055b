/** Calendly v2 resources, as much as the templates show; parsed with zod, unknown fields ignored. */
import { z } from 'zod';

const nullish = <T extends z.ZodType>(schema: T) => schema.nullish();

export const calendlyUserSchema = z.object({
  resource: z.object({
    uri: z.string(),
    name: z.string().optional(),
    email: z.string().optional(),
    timezone: z.string().optional(),
    current_organization: z.string().optional(),
    scheduling_url: z.string().optional(),
  }),
});

export const calendlyEventSchema = z.object({
  uri: z.string(),
  name: nullish(z.string()),
  status: z.enum(['active', 'canceled']),
  start_time: z.string(),
  end_time: z.string(),
  event_type: nullish(z.string()),
  location: nullish(
    z.object({
      type: z.string().optional(),
      location: nullish(z.string()),
      join_url: nullish(z.string()),
    }),
  ),
  invitees_counter: nullish(z.object({ total: z.number(), active: z.number(), limit: z.number() })),
  event_memberships: nullish(
    z.array(
      z.object({
        user: z.string().optional(),
        user_email: nullish(z.string()),
        user_name: nullish(z.string()),
      }),
    ),
  ),
  event_guests: nullish(z.array(z.object({ email: z.string() }))),
  cancellation: nullish(
    z.object({
      canceled_by: nullish(z.string()),
      reason: nullish(z.string()),
      canceler_type: nullish(z.string()),
    }),
  ),
});
export type CalendlyEvent = z.infer<typeof calendlyEventSchema>;

export const calendlyEventResourceSchema = z.object({ resource: calendlyEventSchema });

const pagination = z
  .object({ next_page_token: nullish(z.string()) })
  .partial()
  .optional();

export const calendlyEventListSchema = z.object({
  collection: z.array(calendlyEventSchema),
  pagination,
});

export const calendlyInviteeSchema = z.object({
  uri: z.string().optional(),
  name: nullish(z.string()),
  email: z.string(),
  status: z.enum(['active', 'canceled']),
  timezone: nullish(z.string()),
  questions_and_answers: nullish(z.array(z.object({ question: z.string(), answer: z.string() }))),
  cancel_url: nullish(z.string()),
  reschedule_url: nullish(z.string()),
  event: nullish(z.string()),
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
      slug: nullish(z.string()),
      duration: z.number(),
      active: z.boolean().optional(),
      scheduling_url: nullish(z.string()),
      description_plain: nullish(z.string()),
    }),
  ),
});

export const calendlyAvailableTimesSchema = z.object({
  collection: z.array(
    z.object({
      status: z.string(),
      start_time: z.string(),
      invitees_remaining: z.number().optional(),
      scheduling_url: nullish(z.string()),
    }),
  ),
});

export const calendlyBookingSchema = z.object({ resource: calendlyInviteeSchema });

export const calendlySchedulingLinkSchema = z.object({
  resource: z.object({ booking_url: z.string(), owner: z.string().optional() }),
});
