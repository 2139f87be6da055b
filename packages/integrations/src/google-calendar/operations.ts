import { z } from 'zod';
import { freeBusyMaxDays } from '../limits';
import { defineOperation, segment } from '../operation';

const calendarId = z.string().min(1).max(256).default('primary');
const timeZone = z.string().min(1).max(64);
/** RFC 3339 with an offset: Google refuses `timeMin`/`timeMax` without one. */
const rfc3339 = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    'an RFC 3339 time with an offset',
  );

/** Google event ids are base32hex (a–v, 0–9), 5–1024 characters; recurring instances add `_…`. */
export const googleEventId = z
  .string()
  .min(5)
  .max(1024)
  .regex(/^[a-v0-9]+(_[0-9A-Za-z]+)?$/, 'Google event ids use the letters a–v and digits');

const readScopes = [
  'https://www.googleapis.com/auth/calendar',
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.readonly',
  'https://www.googleapis.com/auth/calendar.events.readonly',
];

export const getEvent = defineOperation({
  id: 'google-calendar:events.get',
  integration: 'google-calendar',
  description: 'Get one event of a calendar by its id',
  params: z.object({
    calendarId,
    eventId: googleEventId,
    timeZone: timeZone.optional(),
  }),
  request: ({ calendarId, eventId, timeZone }) => ({
    method: 'GET',
    path: `/calendars/${segment(calendarId)}/events/${segment(eventId)}`,
    query: { timeZone },
  }),
  idempotent: true,
  scopes: readScopes,
});

/** A timed event's start or end, or an all-day event's date (its end date is exclusive). */
const eventTime = z.union([
  z.strictObject({ dateTime: rfc3339, timeZone }),
  z.strictObject({ date: z.iso.date() }),
]);

export const insertEvent = defineOperation({
  id: 'google-calendar:events.insert',
  integration: 'google-calendar',
  description:
    'Create an event (with a client-chosen id, so a retried request never creates it twice)',
  params: z
    .strictObject({
      calendarId,
      /**
       * Chosen by the client: a retry after a timeout gets 409 `duplicate` instead of a second event.
       * Google wants 5–1024 base32hex characters.
       */
      eventId: googleEventId,
      summary: z.string().min(1).max(1024),
      description: z.string().max(8192).optional(),
      location: z.string().max(1024).optional(),
      start: eventTime,
      end: eventTime,
      attendees: z
        .array(z.strictObject({ email: z.email().max(254) }))
        .max(100)
        .default([]),
      /** Adds a Google Meet link (conferenceDataVersion=1 and a createRequest). */
      addMeet: z.boolean().default(false),
      sendUpdates: z.enum(['all', 'externalOnly', 'none']).default('all'),
    })
    // Google refuses a date at one end and a time at the other, and an end before the start.
    .refine((params) => 'date' in params.start === 'date' in params.end, {
      message: 'start and end must both be dates (all day) or both times',
      path: ['end'],
    })
    .refine(
      (params) =>
        'date' in params.start && 'date' in params.end
          ? params.end.date > params.start.date
          : 'dateTime' in params.start &&
            'dateTime' in params.end &&
            Date.parse(params.end.dateTime) > Date.parse(params.start.dateTime),
      { message: 'the end must be after the start', path: ['end'] },
    ),
  request: (params) => ({
    method: 'POST',
    path: `/calendars/${segment(params.calendarId)}/events`,
    query: {
      sendUpdates: params.sendUpdates,
      conferenceDataVersion: params.addMeet ? 1 : undefined,
    },
    body: {
      id: params.eventId,
      summary: params.summary,
      description: params.description,
      location: params.location,
      start: params.start,
      end: params.end,
      attendees: params.attendees,
      // The request id is the event id: unique per event, and the same on a retry of the same event.
      conferenceData: params.addMeet
        ? {
            createRequest: {
              requestId: params.eventId,
              conferenceSolutionKey: { type: 'hangoutsMeet' },
            },
          }
        : undefined,
    },
  }),
  idempotent: true,
  // A retry that meets 409 means the first try created it: read that event back instead.
  readBack: (params) => ({
    method: 'GET',
    path: `/calendars/${segment(params.calendarId)}/events/${segment(params.eventId)}`,
  }),
  scopes: [
    'https://www.googleapis.com/auth/calendar',
    'https://www.googleapis.com/auth/calendar.events',
  ],
});

export const listEvents = defineOperation({
  id: 'google-calendar:events.list',
  integration: 'google-calendar',
  description: 'List the events of a calendar overlapping a time range, recurring events expanded',
  params: z
    .strictObject({
      calendarId,
      timeMin: rfc3339,
      timeMax: rfc3339,
      q: z.string().min(1).max(200).optional(),
      timeZone: timeZone.optional(),
      maxResults: z.number().int().min(1).max(2500).default(250),
      pageToken: z.string().max(2048).optional(),
    })
    .refine((params) => Date.parse(params.timeMin) < Date.parse(params.timeMax), {
      message: 'timeMin must be before timeMax',
      path: ['timeMax'],
    }),
  request: (params) => ({
    method: 'GET',
    path: `/calendars/${segment(params.calendarId)}/events`,
    query: {
      timeMin: params.timeMin,
      timeMax: params.timeMax,
      q: params.q,
      timeZone: params.timeZone,
      maxResults: params.maxResults,
      pageToken: params.pageToken,
      singleEvents: true,
      orderBy: 'startTime',
    },
  }),
  idempotent: true,
  scopes: readScopes,
  pagination: { style: 'google', maxPages: 10 },
});

export { freeBusyMaxDays };

export const queryFreeBusy = defineOperation({
  id: 'google-calendar:freebusy.query',
  integration: 'google-calendar',
  description: 'Busy intervals of calendars in a time range',
  params: z
    .strictObject({
      timeMin: rfc3339,
      timeMax: rfc3339,
      timeZone: timeZone.optional(),
      calendarIds: z.array(z.string().min(1).max(256)).min(1).max(50).default(['primary']),
    })
    .refine((params) => Date.parse(params.timeMin) < Date.parse(params.timeMax), {
      message: 'timeMin must be before timeMax',
      path: ['timeMax'],
    })
    .refine(
      (params) =>
        Date.parse(params.timeMax) - Date.parse(params.timeMin) <=
        freeBusyMaxDays * 86_400_000 + 3_600_000,
      { message: `the range may be at most ${freeBusyMaxDays} days`, path: ['timeMax'] },
    ),
  request: (params) => ({
    method: 'POST',
    path: '/freeBusy',
    body: {
      timeMin: params.timeMin,
      timeMax: params.timeMax,
      timeZone: params.timeZone,
      items: params.calendarIds.map((id) => ({ id })),
    },
  }),
  idempotent: true,
  scopes: [
    'https://www.googleapis.com/auth/calendar',
    'https://www.googleapis.com/auth/calendar.readonly',
    'https://www.googleapis.com/auth/calendar.freebusy',
    'https://www.googleapis.com/auth/calendar.events.freebusy',
  ],
});

export const getCalendar = defineOperation({
  id: 'google-calendar:calendars.get',
  integration: 'google-calendar',
  description: 'The calendar itself: its id (the account email), name and time zone',
  params: z.strictObject({ calendarId }),
  request: ({ calendarId }) => ({ method: 'GET', path: `/calendars/${segment(calendarId)}` }),
  idempotent: true,
  scopes: readScopes,
});
