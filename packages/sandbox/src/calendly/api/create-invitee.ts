import { z } from 'zod';
import { isValidTimeZone } from '../../time/zoned';
import { book } from '../book';
import { calendlyErrors } from '../calendly-error';
import { renderInvitee } from '../calendly-render';
import type { CalendlyApiContext } from './api-context';
import { parseCalendly, timestampParam, uuidFromUri } from './query';

const tracking = z
  .object({
    utm_campaign: z.string().nullable().optional(),
    utm_source: z.string().nullable().optional(),
    utm_medium: z.string().nullable().optional(),
    utm_content: z.string().nullable().optional(),
    utm_term: z.string().nullable().optional(),
    salesforce_uuid: z.string().nullable().optional(),
  })
  .optional();

const body = z.object({
  event_type: z.string({ error: 'is required' }),
  start_time: timestampParam,
  invitee: z
    .object({
      name: z.string().min(1, 'must not be empty').optional(),
      first_name: z.string().min(1, 'must not be empty').optional(),
      last_name: z.string().optional(),
      email: z.string().email('must be a valid email'),
      timezone: z.string().refine(isValidTimeZone, 'must be a valid IANA time zone'),
      text_reminder_number: z.string().optional(),
    })
    .refine((invitee) => invitee.name !== undefined || invitee.first_name !== undefined, {
      message: 'name or first_name is required',
      path: ['name'],
    }),
  location: z.object({ kind: z.string(), location: z.string().optional() }).optional(),
  questions_and_answers: z
    .array(
      z.object({ question: z.string(), answer: z.string(), position: z.number().int().min(0) }),
    )
    .optional(),
  event_guests: z
    .array(z.string().email('must be a valid email'))
    .max(10, 'can have at most 10 guests')
    .optional(),
  tracking,
});

/**
 * `POST /invitees` (Scheduling API): books an open time for an invitee; 201 with the Invitee.
 * Body fields this schema does not list are ignored: the field list comes from third-party
 * renderings of Calendly's spec (provider-apis.md §2.8), so refusing others could refuse real
 * ones (README, "chosen on purpose").
 */
export function createInvitee({
  request,
  response,
  store,
  urls,
  clock,
  random,
}: CalendlyApiContext): void {
  const input = parseCalendly(body, request.body ?? {});
  const type = store.eventTypes.get(uuidFromUri(input.event_type, 'event_types') ?? '');
  if (!type) throw calendlyErrors.notFound();
  const name =
    input.invitee.name ??
    [input.invitee.first_name, input.invitee.last_name].filter(Boolean).join(' ');
  const result = book(
    store,
    {
      type,
      start: Date.parse(input.start_time),
      name,
      firstName: input.invitee.first_name ?? null,
      lastName: input.invitee.last_name ?? null,
      email: input.invitee.email,
      timezone: input.invitee.timezone,
      textReminderNumber: input.invitee.text_reminder_number ?? null,
      location: input.location,
      questionsAndAnswers: input.questions_and_answers ?? [],
      guests: input.event_guests ?? [],
      tracking: input.tracking
        ? Object.fromEntries(
            Object.entries(input.tracking).map(([key, value]) => [key, value ?? null]),
          )
        : undefined,
    },
    clock(),
    random,
  );
  if (!result.ok)
    throw calendlyErrors.invalidArgument([
      { parameter: result.parameter, message: result.message },
    ]);
  response.status(201).json({ resource: renderInvitee(result.invitee, urls) });
}
