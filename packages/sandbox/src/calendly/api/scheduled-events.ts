import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';
import { renderScheduledEvent } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { checkOwner } from './owner-filter';
import { paginate } from './pagination';
import { countParam, noQuery, parseCalendlyQuery, timestampParam } from './query';

const listQuery = z.object({
  user: z.string().optional(),
  organization: z.string().optional(),
  group: z.string().optional(),
  invitee_email: z.string().email('must be a valid email').optional(),
  status: z.enum(['active', 'canceled']).optional(),
  sort: z.enum(['start_time:asc', 'start_time:desc']).optional(),
  min_start_time: timestampParam.optional(),
  max_start_time: timestampParam.optional(),
  count: countParam.optional(),
  page_token: z.string().optional(),
});

/** `GET /scheduled_events`. */
export function listScheduledEvents({ request, response, store, urls }: CalendlyApiContext): void {
  const query = parseCalendlyQuery(listQuery, request.query);
  checkOwner(store, query.user, query.organization);
  const min = query.min_start_time ? Date.parse(query.min_start_time) : undefined;
  const max = query.max_start_time ? Date.parse(query.max_start_time) : undefined;
  const email = query.invitee_email?.toLowerCase();
  const events = [...store.events.values()]
    .filter((event) => !query.status || event.status === query.status)
    .filter((event) => min === undefined || event.start >= min)
    .filter((event) => max === undefined || event.start < max)
    .filter(
      (event) =>
        !email ||
        store.inviteesOf(event.uuid).some((invitee) => invitee.email.toLowerCase() === email),
    )
    .sort((left, right) =>
      query.sort === 'start_time:desc' ? right.start - left.start : left.start - right.start,
    )
    .map((event) => renderScheduledEvent(event, store.inviteesOf(event.uuid), urls));
  response.json(paginate(request, urls.api, events, query.count ?? 20, query.page_token));
}

/** `GET /scheduled_events/{uuid}`. */
export function getScheduledEvent({ request, response, store, urls }: CalendlyApiContext): void {
  parseCalendlyQuery(noQuery, request.query);
  const event = store.events.get(String(request.params.uuid));
  if (!event) throw calendlyErrors.notFound();
  response.json({ resource: renderScheduledEvent(event, store.inviteesOf(event.uuid), urls) });
}
