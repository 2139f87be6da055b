import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { base32hexAlphabet } from '../../random';
import { rfc3339InZone, rfc3339Utc } from '../../time/zoned';
import { GoogleApiError, googleErrors } from '../google-error';
import type { CalendarApiContext } from './api-context';
import type { StoredCalendar } from './calendar-store';
import {
  eventEtag,
  eventHtmlLink,
  type EventAttendee,
  type EventDateTime,
  type GoogleEvent,
} from './event-resource';
import { clientEventId, eventInput, type EventDateTimeInput, type EventInput } from './event-input';
import { instantOf } from './event-times';
import { meetConference } from './meet';
import { booleanParam, parseGoogleQuery } from './query-params';
import { parseRule } from './recurrence';
import { eventFields, findUnknownField } from './resource-fields';

const query = z.object({
  conferenceDataVersion: z.coerce.number().int().min(0).max(1).optional(),
  sendUpdates: z.enum(['all', 'externalOnly', 'none']).optional(),
  sendNotifications: booleanParam.optional(),
  maxAttendees: z.coerce.number().int().min(1).optional(),
  supportsAttachments: booleanParam.optional(),
  eventLabelVersion: z.coerce.number().int().min(0).max(1).optional(),
});

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A time of the request body as stored: an explicit offset, in the event's (or calendar's) zone. */
function normalizeTime(
  input: EventDateTimeInput | undefined,
  which: 'start' | 'end',
  calendarZone: string,
): EventDateTime {
  if (!input || (!input.date && !input.dateTime))
    throw googleErrors.required(`Missing ${which} time.`);
  if (input.date && input.dateTime) throw googleErrors.invalidField(`Invalid ${which} time.`);
  if (input.date)
    return { date: input.date, ...(input.timeZone ? { timeZone: input.timeZone } : {}) };
  const text = input.dateTime ?? '';
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/i.test(text);
  let instant: number;
  if (hasOffset) {
    instant = Date.parse(text);
  } else {
    if (!input.timeZone)
      throw googleErrors.required(`Missing time zone definition for ${which} time.`);
    const [date = '', time = ''] = text.split('T');
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
    instant = new TZDate(
      year,
      month - 1,
      day,
      hour,
      minute,
      Math.floor(second),
      input.timeZone,
    ).getTime();
  }
  if (Number.isNaN(instant)) throw googleErrors.invalidField(`Invalid ${which} time.`);
  return {
    dateTime: rfc3339InZone(instant, input.timeZone ?? calendarZone),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  };
}

function attendeesOf(
  input: EventInput,
  account: { email: string; name: string },
): EventAttendee[] | undefined {
  if (!input.attendees) return undefined;
  return input.attendees.map((attendee) => {
    if (!attendee.email) throw googleErrors.required('Missing attendee email.');
    if (!emailPattern.test(attendee.email))
      throw googleErrors.invalidField('Invalid attendee email.');
    const self = attendee.email.toLowerCase() === account.email;
    return {
      email: attendee.email,
      ...(attendee.displayName ? { displayName: attendee.displayName } : {}),
      ...(self ? { organizer: true, self: true } : {}),
      ...(attendee.optional ? { optional: true } : {}),
      ...(attendee.resource ? { resource: true } : {}),
      ...(attendee.comment ? { comment: attendee.comment } : {}),
      ...(attendee.additionalGuests ? { additionalGuests: attendee.additionalGuests } : {}),
      responseStatus: attendee.responseStatus ?? (self ? 'accepted' : 'needsAction'),
    };
  });
}

/** `POST calendars/{calendarId}/events`. */
export function eventsInsert(context: CalendarApiContext): void {
  const { request, response, calendars, clock, random } = context;
  const params = parseGoogleQuery(query, request.query);
  const calendar = calendars.resolve(String(request.params.calendarId));
  if (!calendar) throw googleErrors.notFound();
  const unknownField = findUnknownField(request.body, eventFields);
  if (unknownField) {
    throw googleErrors.unknownField(
      unknownField.name,
      unknownField.path ? `resource.${unknownField.path}` : 'resource',
    );
  }
  const parsed = eventInput.safeParse(request.body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw googleErrors.invalidField(`Invalid value for: ${issue?.path.join('.') || 'body'}`);
  }
  const input = parsed.data;
  const id = chooseId(input.id, calendar, random.string.bind(random));
  const start = normalizeTime(input.start, 'start', calendar.timeZone);
  const end = normalizeTime(input.end, 'end', calendar.timeZone);
  if ((start.date === undefined) !== (end.date === undefined)) {
    throw googleErrors.invalidField(
      'Start and end times must either both be date or both be dateTime.',
    );
  }
  const startMs = instantOf(start, calendar.timeZone);
  const endMs = instantOf(end, calendar.timeZone);
  // A timed event may last no time at all; an all-day end date is exclusive, so it must be later.
  if (endMs < startMs || (start.date !== undefined && endMs <= startMs)) {
    throw new GoogleApiError(400, {
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
    });
  }
  if (input.recurrence) {
    if (start.dateTime && !start.timeZone) {
      throw googleErrors.required('Missing time zone definition for start time.');
    }
    try {
      parseRule(input.recurrence, new Date(startMs));
    } catch {
      throw googleErrors.invalidField('Invalid recurrence rule.');
    }
  }
  if ((input.reminders?.overrides?.length ?? 0) > 5) {
    throw googleErrors.invalidField('Cannot specify more than 5 override reminders.');
  }

  const account = calendars.account;
  const nowMs = clock();
  const attendees = attendeesOf(input, account);
  const event: GoogleEvent = {
    kind: 'calendar#event',
    etag: eventEtag(nowMs, 0),
    id,
    status: input.status ?? 'confirmed',
    htmlLink: eventHtmlLink(id, calendar.id),
    created: rfc3339Utc(nowMs),
    updated: rfc3339Utc(nowMs),
    ...(input.summary !== undefined ? { summary: input.summary } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.location !== undefined ? { location: input.location } : {}),
    ...(input.colorId !== undefined ? { colorId: input.colorId } : {}),
    creator: { email: account.email, self: true },
    organizer: { email: calendar.id, self: true },
    start,
    end,
    ...(input.recurrence ? { recurrence: input.recurrence } : {}),
    ...(input.transparency ? { transparency: input.transparency } : {}),
    ...(input.visibility ? { visibility: input.visibility } : {}),
    iCalUID: `${id}@google.com`,
    sequence: 0,
    ...(attendees ? { attendees } : {}),
    ...extendedProperties(input),
    ...(input.guestsCanInviteOthers !== undefined
      ? { guestsCanInviteOthers: input.guestsCanInviteOthers }
      : {}),
    ...(input.guestsCanModify !== undefined ? { guestsCanModify: input.guestsCanModify } : {}),
    ...(input.guestsCanSeeOtherGuests !== undefined
      ? { guestsCanSeeOtherGuests: input.guestsCanSeeOtherGuests }
      : {}),
    ...conference(input, params.conferenceDataVersion ?? 0, context),
    reminders: input.reminders
      ? {
          useDefault: input.reminders.useDefault,
          ...(input.reminders.overrides ? { overrides: input.reminders.overrides } : {}),
        }
      : { useDefault: true },
    eventType: input.eventType ?? 'default',
  };
  calendar.events.set(id, event);
  notify(event, params.sendUpdates ?? (params.sendNotifications ? 'all' : 'none'), context);
  response.json(
    params.maxAttendees !== undefined && attendees && attendees.length > params.maxAttendees
      ? { ...event, attendees: attendees.slice(0, params.maxAttendees), attendeesOmitted: true }
      : event,
  );
}

/** Kept as given; an empty group is not stored (Google answers without it). */
function extendedProperties(input: EventInput): Pick<GoogleEvent, 'extendedProperties'> {
  const given = input.extendedProperties;
  if (!given) return {};
  const kept = {
    ...(given.private && Object.keys(given.private).length > 0 ? { private: given.private } : {}),
    ...(given.shared && Object.keys(given.shared).length > 0 ? { shared: given.shared } : {}),
  };
  return Object.keys(kept).length > 0 ? { extendedProperties: kept } : {};
}

function chooseId(
  requested: string | undefined,
  calendar: StoredCalendar,
  randomString: (length: number, alphabet: string) => string,
): string {
  if (requested !== undefined) {
    if (!clientEventId.safeParse(requested).success)
      throw googleErrors.invalidField('Invalid resource id value.');
    if (calendar.events.has(requested)) throw googleErrors.duplicate();
    return requested;
  }
  let id = randomString(26, base32hexAlphabet);
  while (calendar.events.has(id)) id = randomString(26, base32hexAlphabet);
  return id;
}

/**
 * Conference data is ignored unless conferenceDataVersion=1 (as Google does). A Meet create
 * request succeeds at once; a reused requestId is ignored, like Google.
 */
function conference(
  input: EventInput,
  version: number,
  { calendars, random }: CalendarApiContext,
): Partial<Pick<GoogleEvent, 'hangoutLink' | 'conferenceData'>> {
  const data = input.conferenceData;
  if (version < 1 || !data) return {};
  const create = data.createRequest;
  if (!create) {
    if (!data.entryPoints) return {};
    // Existing conference data (from another client's create) is kept as given.
    const entryPoints = data.entryPoints.map((entry) => ({
      entryPointType: entry.entryPointType,
      uri: entry.uri,
      ...(entry.label !== undefined ? { label: entry.label } : {}),
    }));
    const video = entryPoints.find((entry) => entry.entryPointType === 'video');
    return {
      conferenceData: {
        entryPoints,
        ...(data.conferenceSolution ? { conferenceSolution: data.conferenceSolution } : {}),
        ...(data.conferenceId !== undefined ? { conferenceId: data.conferenceId } : {}),
      },
      ...(video ? { hangoutLink: video.uri } : {}),
    };
  }
  const type = create.conferenceSolutionKey?.type;
  if (type !== 'hangoutsMeet') throw googleErrors.invalidField('Invalid conference type value.');
  if (!create.requestId) throw googleErrors.invalidField('Invalid conference create request.');
  if (calendars.conferenceRequestIds.has(create.requestId)) return {};
  calendars.conferenceRequestIds.add(create.requestId);
  return meetConference(random, {
    requestId: create.requestId,
    conferenceSolutionKey: { type },
    status: { statusCode: 'success' },
  });
}

/** Records the invitations Google would send for `sendUpdates`. */
function notify(
  event: GoogleEvent,
  sendUpdates: 'all' | 'externalOnly' | 'none',
  { calendars, clock }: CalendarApiContext,
) {
  if (sendUpdates === 'none') return;
  const ownDomain = calendars.account.email.split('@')[1];
  for (const attendee of event.attendees ?? []) {
    if (attendee.self) continue;
    if (sendUpdates === 'externalOnly' && attendee.email.split('@')[1] === ownDomain) continue;
    calendars.notifications.push({
      eventId: event.id,
      to: attendee.email,
      kind: 'invitation',
      at: rfc3339Utc(clock()),
    });
  }
}
