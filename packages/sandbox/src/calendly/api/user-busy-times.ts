import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';
import { calendlyTime } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { parseCalendlyQuery, timestampParam, uuidFromUri } from './query';

const query = z.object({ user: z.string(), start_time: timestampParam, end_time: timestampParam });

/** `GET /user_busy_times`: Calendly's free/busy — the host's bookings in a window of up to 7 days. */
export function listUserBusyTimes({ request, response, store, urls }: CalendlyApiContext): void {
  const params = parseCalendlyQuery(query, request.query);
  if (uuidFromUri(params.user, 'users') !== store.account.userUuid) {
    throw calendlyErrors.permissionDenied('You do not have permission to view this user');
  }
  const start = Date.parse(params.start_time);
  const end = Date.parse(params.end_time);
  if (end <= start)
    throw calendlyErrors.invalidArgument([
      { parameter: 'end_time', message: 'must be after start_time' },
    ]);
  if (end - start > 7 * 86_400_000) {
    throw calendlyErrors.invalidArgument([
      { parameter: 'end_time', message: 'date range can be no greater than 1 week (7 days)' },
    ]);
  }
  const collection = [...store.events.values()]
    .filter((event) => event.status === 'active' && event.start < end && event.end > start)
    .sort((left, right) => left.start - right.start)
    .map((event) => ({
      type: 'calendly',
      start_time: calendlyTime(event.start),
      end_time: calendlyTime(event.end),
      buffered_start_time: calendlyTime(event.start),
      buffered_end_time: calendlyTime(event.end),
      event: { uri: urls.event(event.uuid) },
    }));
  response.json({ collection });
}
