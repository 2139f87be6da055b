import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';
import { renderInvitee } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { paginate } from './pagination';
import { countParam, noQuery, parseCalendlyQuery } from './query';

const listQuery = z.object({
  status: z.enum(['active', 'canceled']).optional(),
  sort: z.enum(['created_at:asc', 'created_at:desc']).optional(),
  email: z.string().email('must be a valid email').optional(),
  count: countParam.optional(),
  page_token: z.string().optional(),
});

/** `GET /scheduled_events/{uuid}/invitees`. */
export function listInvitees({ request, response, store, urls }: CalendlyApiContext): void {
  const event = store.events.get(String(request.params.uuid));
  if (!event) throw calendlyErrors.notFound();
  const query = parseCalendlyQuery(listQuery, request.query);
  const email = query.email?.toLowerCase();
  const invitees = store
    .inviteesOf(event.uuid)
    .filter((invitee) => !query.status || invitee.status === query.status)
    .filter((invitee) => !email || invitee.email.toLowerCase() === email)
    .sort((left, right) =>
      query.sort === 'created_at:desc'
        ? right.createdAt - left.createdAt
        : left.createdAt - right.createdAt,
    )
    .map((invitee) => renderInvitee(invitee, urls));
  response.json(paginate(request, urls.api, invitees, query.count ?? 20, query.page_token));
}

/** `GET /scheduled_events/{event_uuid}/invitees/{invitee_uuid}`. */
export function getInvitee({ request, response, store, urls }: CalendlyApiContext): void {
  parseCalendlyQuery(noQuery, request.query);
  const invitee = store.invitees.get(String(request.params.inviteeUuid));
  if (!invitee || invitee.eventUuid !== String(request.params.uuid))
    throw calendlyErrors.notFound();
  response.json({ resource: renderInvitee(invitee, urls) });
}
