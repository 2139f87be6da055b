import { z } from 'zod';
import { googleErrors } from '../google-error';
import { parseGoogleQuery } from './query-params';
import type { CalendarApiContext } from './api-context';

/** `GET calendars/{calendarId}`: the `Calendar` resource (id, summary, timeZone). */
export function calendarsGet({ request, response, calendars }: CalendarApiContext): void {
  parseGoogleQuery(z.object({}), request.query);
  const calendar = calendars.resolve(String(request.params.calendarId));
  if (!calendar) throw googleErrors.notFound();
  response.json({
    kind: 'calendar#calendar',
    etag: `"${Buffer.from(calendar.id).toString('hex').slice(0, 16)}"`,
    id: calendar.id,
    summary: calendar.summary,
    ...(calendar.description ? { description: calendar.description } : {}),
    timeZone: calendar.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  });
}
