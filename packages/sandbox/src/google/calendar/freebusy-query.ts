import { z } from 'zod';
import { isValidTimeZone, rfc3339InZone } from '../../time/zoned';
import { googleErrors } from '../google-error';
import type { CalendarApiContext } from './api-context';
import type { StoredCalendar } from './calendar-store';
import type { GoogleEvent } from './event-resource';
import { eventSpan } from './event-times';
import { eventsOverlapping } from './occurrences';
import { parseGoogleQuery, rfc3339Param } from './query-params';
import { findUnknownField, freeBusyRequestFields } from './resource-fields';

const body = z.object({
  timeMin: rfc3339Param.optional(),
  timeMax: rfc3339Param.optional(),
  timeZone: z.string().optional(),
  calendarExpansionMax: z.number().int().min(1).max(50).optional(),
  groupExpansionMax: z.number().int().min(1).max(100).optional(),
  items: z.array(z.object({ id: z.string() })).optional(),
});

/** An event blocks time unless it is cancelled, transparent, or declined by the calendar's owner. */
function isBusy(event: GoogleEvent): boolean {
  if (event.status === 'cancelled' || event.transparency === 'transparent') return false;
  const self = event.attendees?.find((attendee) => attendee.self);
  return self?.responseStatus !== 'declined';
}

/** Busy intervals clipped to the window, overlapping ones merged. */
function busyIntervals(
  calendar: StoredCalendar,
  start: number,
  end: number,
): Array<[number, number]> {
  const spans = eventsOverlapping(calendar, { start, end }, true)
    .filter(isBusy)
    .map((event) => eventSpan(event, calendar.timeZone))
    .map(({ start: from, end: to }): [number, number] => [Math.max(from, start), Math.min(to, end)])
    .filter(([from, to]) => to > from)
    .sort((left, right) => left[0] - right[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** `POST freeBusy`: busy intervals per calendar; per-calendar failures inside the 200. */
export function freebusyQuery({ request, response, calendars }: CalendarApiContext): void {
  parseGoogleQuery(z.object({}), request.query);
  const unknownField = findUnknownField(request.body, freeBusyRequestFields);
  // The freeBusy body is the whole request message, so Google's message names no field path.
  if (unknownField)
    throw googleErrors.unknownField(unknownField.name, unknownField.path || undefined);
  const parsed = body.safeParse(request.body ?? {});
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    throw googleErrors.invalidParameter(field);
  }
  const input = parsed.data;
  if (!input.timeMin) throw googleErrors.required('Missing timeMin parameter.');
  if (!input.timeMax) throw googleErrors.required('Missing timeMax parameter.');
  const start = Date.parse(input.timeMin);
  const end = Date.parse(input.timeMax);
  if (start >= end) throw googleErrors.timeRangeEmpty();
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw googleErrors.invalidParameter('timeZone', 'Invalid time zone definition');
  }
  const zone = input.timeZone ?? 'UTC';
  const items = input.items ?? [];
  const limit = input.calendarExpansionMax ?? 50;
  const result: Record<
    string,
    {
      busy: Array<{ start: string; end: string }>;
      errors?: Array<{ domain: string; reason: string }>;
    }
  > = {};
  items.forEach((item, index) => {
    if (index >= limit) {
      result[item.id] = {
        busy: [],
        errors: [{ domain: 'calendar', reason: 'tooManyCalendarsRequested' }],
      };
      return;
    }
    const calendar = calendars.resolve(item.id);
    if (!calendar) {
      result[item.id] = { busy: [], errors: [{ domain: 'global', reason: 'notFound' }] };
      return;
    }
    result[item.id] = {
      busy: busyIntervals(calendar, start, end).map(([from, to]) => ({
        start: rfc3339InZone(from, zone),
        end: rfc3339InZone(to, zone),
      })),
    };
  });
  response.json({
    kind: 'calendar#freeBusy',
    timeMin: new Date(start).toISOString(),
    timeMax: new Date(end).toISOString(),
    calendars: result,
  });
}
