import { z } from 'zod';
import { googleErrors } from '../google-error';
import type { CalendarApiContext } from './api-context';
import type { GoogleEvent } from './event-resource';
import { eventSpan, renderEvent } from './event-times';
import { eventsOverlapping, expansionHorizonMs } from './occurrences';
import { decodePageToken, encodePageToken, fingerprint } from './page-token';
import { booleanParam, parseGoogleQuery, rfc3339Param, timeZoneParam } from './query-params';

const eventTypes = [
  'birthday',
  'default',
  'focusTime',
  'fromGmail',
  'outOfOffice',
  'workingLocation',
] as const;

const repeatable = z.union([z.string(), z.array(z.string())]);

const query = z.object({
  timeMin: rfc3339Param.optional(),
  timeMax: rfc3339Param.optional(),
  updatedMin: rfc3339Param.optional(),
  q: z.string().optional(),
  singleEvents: booleanParam.optional(),
  showDeleted: booleanParam.optional(),
  orderBy: z.enum(['startTime', 'updated']).optional(),
  maxResults: z.coerce.number().int().min(1).optional(),
  maxAttendees: z.coerce.number().int().min(1).optional(),
  pageToken: z.string().optional(),
  timeZone: timeZoneParam.optional(),
  iCalUID: z.string().optional(),
  eventTypes: z.union([z.enum(eventTypes), z.array(z.enum(eventTypes))]).optional(),
  syncToken: z.string().optional(),
  privateExtendedProperty: repeatable.optional(),
  sharedExtendedProperty: repeatable.optional(),
  alwaysIncludeEmail: booleanParam.optional(),
  showHiddenInvitations: booleanParam.optional(),
});

/** Google matches `q` against these fields (discovery rev. 20260708). */
function searchableText(event: GoogleEvent): string {
  return [
    event.summary,
    event.description,
    event.location,
    event.organizer.displayName,
    event.organizer.email,
    ...(event.attendees ?? []).flatMap((attendee) => [attendee.displayName, attendee.email]),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

type PropertyConstraint = [name: string, value: string];

/** `name=value` constraints of a repeatable *ExtendedProperty parameter; every one must match. */
function propertyConstraints(
  parameter: 'privateExtendedProperty' | 'sharedExtendedProperty',
  given: string | string[] | undefined,
): PropertyConstraint[] {
  return [given ?? []].flat().map((constraint) => {
    const separator = constraint.indexOf('=');
    if (separator <= 0) {
      throw googleErrors.invalidParameter(parameter, `Invalid value '${constraint}'.`);
    }
    return [constraint.slice(0, separator), constraint.slice(separator + 1)];
  });
}

function hasProperties(
  properties: Record<string, string> | undefined,
  constraints: readonly PropertyConstraint[],
): boolean {
  return constraints.every(([name, value]) => properties?.[name] === value);
}

export function matchesQuery(event: GoogleEvent, q: string): boolean {
  const text = searchableText(event);
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => text.includes(term));
}

/** `GET calendars/{calendarId}/events`: filtering, recurrence expansion, ordering and paging. */
export function eventsList({ request, response, calendars, clock }: CalendarApiContext): void {
  const params = parseGoogleQuery(query, request.query);
  const calendar = calendars.resolve(String(request.params.calendarId));
  if (!calendar) throw googleErrors.notFound();
  if (params.syncToken !== undefined) {
    throw googleErrors.invalidParameter(
      'syncToken',
      'Sync tokens are not emulated by the sandbox.',
    );
  }
  const timeMin = params.timeMin ? Date.parse(params.timeMin) : Number.NEGATIVE_INFINITY;
  const timeMax = params.timeMax ? Date.parse(params.timeMax) : Number.POSITIVE_INFINITY;
  // Open-ended series need an end to be expanded at all; one-off events need none.
  const seriesEnd = params.timeMax ? timeMax : clock() + expansionHorizonMs;
  if (params.timeMin && params.timeMax && timeMin >= timeMax) throw googleErrors.timeRangeEmpty();
  if (params.orderBy === 'startTime' && params.singleEvents !== true) {
    throw googleErrors.badRequest(
      'The requested ordering is not available for the particular query.',
    );
  }

  const types = params.eventTypes === undefined ? undefined : [params.eventTypes].flat();
  const privateProperties = propertyConstraints(
    'privateExtendedProperty',
    params.privateExtendedProperty,
  );
  const sharedProperties = propertyConstraints(
    'sharedExtendedProperty',
    params.sharedExtendedProperty,
  );
  const updatedMin = params.updatedMin ? Date.parse(params.updatedMin) : undefined;
  let items = eventsOverlapping(
    calendar,
    { start: timeMin, end: timeMax, seriesEnd },
    params.singleEvents === true,
  )
    .filter((event) => params.showDeleted === true || event.status !== 'cancelled')
    .filter((event) => !params.q || matchesQuery(event, params.q))
    .filter((event) => !types || types.includes(event.eventType))
    .filter((event) => !params.iCalUID || event.iCalUID === params.iCalUID)
    .filter((event) => hasProperties(event.extendedProperties?.private, privateProperties))
    .filter((event) => hasProperties(event.extendedProperties?.shared, sharedProperties))
    .filter((event) => updatedMin === undefined || Date.parse(event.updated) >= updatedMin);

  if (params.orderBy === 'startTime') {
    const start = (event: GoogleEvent) => eventSpan(event, calendar.timeZone).start;
    items = items.sort(
      (left, right) => start(left) - start(right) || left.id.localeCompare(right.id),
    );
  } else if (params.orderBy === 'updated') {
    items = items.sort((left, right) => Date.parse(left.updated) - Date.parse(right.updated));
  }

  const pageSize = Math.min(params.maxResults ?? 250, 2500);
  const { pageToken: _pageToken, maxResults: _maxResults, ...filters } = params;
  const queryFingerprint = fingerprint([calendar.id, filters]);
  const offset =
    params.pageToken === undefined ? 0 : decodePageToken(params.pageToken, queryFingerprint);
  if (offset === undefined) throw googleErrors.invalidParameter('pageToken');
  const page = items.slice(offset, offset + pageSize);
  const zone = params.timeZone ?? calendar.timeZone;
  const rendered = page.map((event) => {
    const copy = renderEvent(event, zone);
    if (
      params.maxAttendees !== undefined &&
      copy.attendees &&
      copy.attendees.length > params.maxAttendees
    ) {
      return {
        ...copy,
        attendees: copy.attendees.slice(0, params.maxAttendees),
        attendeesOmitted: true,
      };
    }
    return copy;
  });
  const lastUpdated = Math.max(
    0,
    ...[...calendar.events.values()].map((event) => Date.parse(event.updated)),
  );
  response.json({
    kind: 'calendar#events',
    etag: `"${lastUpdated * 1000}"`,
    summary: calendar.summary,
    description: calendar.description ?? '',
    updated: new Date(lastUpdated).toISOString(),
    timeZone: calendar.timeZone,
    accessRole: 'owner',
    defaultReminders: [{ method: 'popup', minutes: 10 }],
    ...(offset + pageSize < items.length
      ? { nextPageToken: encodePageToken(offset + pageSize, queryFingerprint) }
      : {}),
    items: rendered,
  });
}
