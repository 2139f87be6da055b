import { z } from 'zod';
import { googleErrors } from '../google-error';
import type { CalendarApiContext } from './api-context';
import { renderEvent } from './event-times';
import { findInstance } from './recurrence';
import { parseGoogleQuery, timeZoneParam } from './query-params';

const query = z.object({
  timeZone: timeZoneParam.optional(),
  maxAttendees: z.coerce.number().int().min(1).optional(),
  alwaysIncludeEmail: z.string().optional(),
});

/** `GET calendars/{calendarId}/events/{eventId}`: also cancelled events and recurring instances. */
export function eventsGet({ request, response, calendars }: CalendarApiContext): void {
  const params = parseGoogleQuery(query, request.query);
  const calendar = calendars.resolve(String(request.params.calendarId));
  if (!calendar) throw googleErrors.notFound();
  const eventId = String(request.params.eventId);
  let event = calendar.events.get(eventId);
  if (!event) {
    // An instance id is `<seriesId>_<start>`; it exists if the series has an occurrence there.
    const separator = eventId.lastIndexOf('_');
    const master = separator > 0 ? calendar.events.get(eventId.slice(0, separator)) : undefined;
    event = master?.recurrence ? findInstance(master, calendar.timeZone, eventId) : undefined;
  }
  if (!event) throw googleErrors.notFound();
  const rendered = renderEvent(event, params.timeZone ?? calendar.timeZone);
  if (
    params.maxAttendees !== undefined &&
    rendered.attendees &&
    rendered.attendees.length > params.maxAttendees
  ) {
    rendered.attendees = rendered.attendees.slice(0, params.maxAttendees);
    Object.assign(rendered, { attendeesOmitted: true });
  }
  response.json(rendered);
}
