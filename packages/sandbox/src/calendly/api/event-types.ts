import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';
import { availableSlots } from '../availability';
import { calendlyTime, renderEventType } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { checkOwner } from './owner-filter';
import { paginate } from './pagination';
import { countParam, noQuery, parseCalendlyQuery, timestampParam, uuidFromUri } from './query';

const listQuery = z.object({
  user: z.string().optional(),
  organization: z.string().optional(),
  active: z.enum(['true', 'false']).optional(),
  admin_managed: z.enum(['true', 'false']).optional(),
  sort: z
    .enum([
      'name:asc',
      'name:desc',
      'position:asc',
      'position:desc',
      'created_at:asc',
      'created_at:desc',
      'updated_at:asc',
      'updated_at:desc',
    ])
    .optional(),
  count: countParam.optional(),
  page_token: z.string().optional(),
});

/** `GET /event_types`. */
export function listEventTypes({ request, response, store, urls }: CalendlyApiContext): void {
  const query = parseCalendlyQuery(listQuery, request.query);
  checkOwner(store, query.user, query.organization);
  const [field = 'name', direction = 'asc'] = (query.sort ?? 'name:asc').split(':');
  const sign = direction === 'desc' ? -1 : 1;
  const types = [...store.eventTypes.values()]
    .filter((type) => query.active === undefined || type.active === (query.active === 'true'))
    .filter(() => query.admin_managed !== 'true')
    .sort((left, right) => {
      if (field === 'created_at') return sign * (left.createdAt - right.createdAt);
      if (field === 'updated_at') return sign * (left.updatedAt - right.updatedAt);
      if (field === 'position') return sign * (left.position - right.position);
      return sign * left.name.localeCompare(right.name);
    })
    .map((type) => renderEventType(type, store.account, urls));
  response.json(paginate(request, urls.api, types, query.count ?? 20, query.page_token));
}

/** `GET /event_types/{uuid}`. */
export function getEventType({ request, response, store, urls }: CalendlyApiContext): void {
  parseCalendlyQuery(noQuery, request.query);
  const type = store.eventTypes.get(String(request.params.uuid));
  if (!type) throw calendlyErrors.notFound();
  response.json({ resource: renderEventType(type, store.account, urls) });
}

const availableQuery = z.object({
  event_type: z.string(),
  start_time: timestampParam,
  end_time: timestampParam,
});

/** The longest window `event_type_available_times` accepts (7 days until 9 Jul 2026). */
const maxWindowMs = 31 * 86_400_000;

/** `GET /event_type_available_times`: open slots in a window of up to 31 days, not in the past. */
export function listAvailableTimes({
  request,
  response,
  store,
  urls,
  clock,
}: CalendlyApiContext): void {
  const query = parseCalendlyQuery(availableQuery, request.query);
  const start = Date.parse(query.start_time);
  const end = Date.parse(query.end_time);
  if (start < clock()) {
    throw calendlyErrors.invalidArgument([
      { parameter: 'start_time', message: 'must be in the future' },
    ]);
  }
  if (end <= start) {
    throw calendlyErrors.invalidArgument([
      { parameter: 'end_time', message: 'must be after start_time' },
    ]);
  }
  if (end - start > maxWindowMs) {
    throw calendlyErrors.invalidArgument([
      { parameter: 'end_time', message: 'date range can be no greater than 31 days' },
    ]);
  }
  const type = store.eventTypes.get(uuidFromUri(query.event_type, 'event_types') ?? '');
  if (!type) throw calendlyErrors.notFound();
  const collection = type.active
    ? availableSlots(store, type, start, end, clock()).map((slot) => {
        const iso = new Date(slot.start).toISOString().replace(/\.\d{3}Z$/, 'Z');
        return {
          status: 'available',
          invitees_remaining: slot.inviteesRemaining,
          start_time: calendlyTime(slot.start),
          scheduling_url: `${urls.bookingPage(type.slug)}/${iso}?month=${iso.slice(0, 7)}&date=${iso.slice(0, 10)}`,
        };
      })
    : [];
  response.json({ collection });
}
