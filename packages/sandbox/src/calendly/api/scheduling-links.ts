import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';
import type { CalendlyApiContext } from './api-context';
import { parseCalendly, uuidFromUri } from './query';

const body = z.object({
  max_event_count: z.literal(1, { error: 'must be 1' }),
  owner: z.string({ error: 'is required' }),
  owner_type: z.literal('EventType', { error: 'must be EventType' }),
});

/** `POST /scheduling_links`: a single-use booking link for an event type. */
export function createSchedulingLink({
  request,
  response,
  store,
  urls,
  random,
}: CalendlyApiContext): void {
  const input = parseCalendly(body, request.body ?? {});
  const type = store.eventTypes.get(uuidFromUri(input.owner, 'event_types') ?? '');
  if (!type) throw calendlyErrors.notFound();
  const code = `${random.string(4, 'abcdefghijklmnopqrstuvwxyz0123456789')}-${random.string(4, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
  store.schedulingLinks.set(code, {
    code,
    eventTypeUuid: type.uuid,
    maxEventCount: 1,
    bookings: 0,
  });
  const origin = urls.api.replace(/\/calendly\/api$/, '');
  response.status(201).json({
    resource: {
      booking_url: `${origin}/calendly/d/${code}/${type.slug}`,
      owner: urls.eventType(type.uuid),
      owner_type: 'EventType',
    },
  });
}
