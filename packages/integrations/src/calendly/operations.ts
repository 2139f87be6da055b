import { z } from 'zod';
import { availableTimesMaxDays } from '../limits';
import { defineOperation, segment } from '../operation';

/** Calendly identifies resources by full URIs (`https://api.calendly.com/users/AAAA…`). */
const resourceUri = z.url({ protocol: /^https?$/ }).max(512);
/** The last segment of a resource URI. */
const uuid = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a Calendly UUID');
const utcTime = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
    'a UTC time such as 2026-11-20T14:00:00.000000Z',
  );

export const getCurrentUser = defineOperation({
  id: 'calendly:users.me',
  integration: 'calendly',
  description: 'The connected Calendly user: URI, organization, time zone',
  params: z.strictObject({}),
  request: () => ({ method: 'GET', path: '/users/me' }),
  idempotent: true,
  scopes: ['users:read'],
});

export const listScheduledEvents = defineOperation({
  id: 'calendly:scheduled_events.list',
  integration: 'calendly',
  description: 'Scheduled events of a user, optionally by status and start-time range',
  params: z
    .strictObject({
      user: resourceUri,
      status: z.enum(['active', 'canceled']).optional(),
      minStartTime: utcTime.optional(),
      maxStartTime: utcTime.optional(),
      inviteeEmail: z.email().max(254).optional(),
      sort: z.enum(['start_time:asc', 'start_time:desc']).default('start_time:asc'),
      count: z.number().int().min(1).max(100).default(100),
    })
    .refine(
      (params) =>
        !params.minStartTime || !params.maxStartTime || params.minStartTime < params.maxStartTime,
      { message: 'minStartTime must be before maxStartTime', path: ['maxStartTime'] },
    ),
  request: (params) => ({
    method: 'GET',
    path: '/scheduled_events',
    query: {
      user: params.user,
      status: params.status,
      min_start_time: params.minStartTime,
      max_start_time: params.maxStartTime,
      invitee_email: params.inviteeEmail,
      sort: params.sort,
      count: params.count,
    },
  }),
  idempotent: true,
  scopes: ['scheduled_events:read', 'scheduled_events:write'],
  pagination: { style: 'calendly', maxPages: 5 },
});

export const getScheduledEvent = defineOperation({
  id: 'calendly:scheduled_events.get',
  integration: 'calendly',
  description: 'One scheduled event by its UUID',
  params: z.strictObject({ uuid }),
  request: ({ uuid }) => ({ method: 'GET', path: `/scheduled_events/${segment(uuid)}` }),
  idempotent: true,
  scopes: ['scheduled_events:read', 'scheduled_events:write'],
});

export const listInvitees = defineOperation({
  id: 'calendly:scheduled_events.invitees.list',
  integration: 'calendly',
  description: 'Invitees of one scheduled event',
  params: z.strictObject({
    uuid,
    status: z.enum(['active', 'canceled']).optional(),
    count: z.number().int().min(1).max(100).default(100),
  }),
  request: ({ uuid, status, count }) => ({
    method: 'GET',
    path: `/scheduled_events/${segment(uuid)}/invitees`,
    query: { status, count },
  }),
  idempotent: true,
  scopes: ['scheduled_events:read', 'scheduled_events:write'],
  pagination: { style: 'calendly', maxPages: 5 },
});

export const listEventTypes = defineOperation({
  id: 'calendly:event_types.list',
  integration: 'calendly',
  description: 'The active event types a user can be booked for',
  params: z.strictObject({
    user: resourceUri,
    count: z.number().int().min(1).max(100).default(100),
  }),
  request: ({ user, count }) => ({
    method: 'GET',
    path: '/event_types',
    query: { user, active: true, count },
  }),
  idempotent: true,
  scopes: ['event_types:read'],
  pagination: { style: 'calendly', maxPages: 3 },
});

export { availableTimesMaxDays };

export const listAvailableTimes = defineOperation({
  id: 'calendly:event_type_available_times.list',
  integration: 'calendly',
  description: 'Open times of an event type in a range (start in the future, at most 31 days)',
  params: z
    .strictObject({ eventType: resourceUri, startTime: utcTime, endTime: utcTime })
    .refine((params) => params.startTime < params.endTime, {
      message: 'startTime must be before endTime',
      path: ['endTime'],
    })
    .refine(
      (params) =>
        Date.parse(params.endTime) - Date.parse(params.startTime) <=
        availableTimesMaxDays * 86_400_000,
      { message: `the range may be at most ${availableTimesMaxDays} days`, path: ['endTime'] },
    ),
  request: ({ eventType, startTime, endTime }) => ({
    method: 'GET',
    path: '/event_type_available_times',
    query: { event_type: eventType, start_time: startTime, end_time: endTime },
  }),
  idempotent: true,
  scopes: ['availability:read', 'event_types:read'],
});

export const createInvitee = defineOperation({
  id: 'calendly:invitees.create',
  integration: 'calendly',
  description: 'Book an open time of an event type for an invitee (Scheduling API)',
  params: z.strictObject({
    eventType: resourceUri,
    startTime: utcTime,
    invitee: z.strictObject({
      name: z.string().min(1).max(200),
      email: z.email().max(254),
      timezone: z.string().min(1).max(64),
    }),
  }),
  request: ({ eventType, startTime, invitee }) => ({
    method: 'POST',
    path: '/invitees',
    body: { event_type: eventType, start_time: startTime, invitee },
  }),
  // Booking twice would double-book: the proxy must not retry it on its own.
  idempotent: false,
  scopes: ['scheduled_events:write'],
});

export const createSchedulingLink = defineOperation({
  id: 'calendly:scheduling_links.create',
  integration: 'calendly',
  description: 'A single-use booking link for an event type (when direct booking is not allowed)',
  params: z.strictObject({ eventType: resourceUri }),
  request: ({ eventType }) => ({
    method: 'POST',
    path: '/scheduling_links',
    body: { max_event_count: 1, owner: eventType, owner_type: 'EventType' },
  }),
  idempotent: false,
  scopes: ['scheduling_links:write'],
});
