/**
 * What a booking does when Calendly does not simply book it:
 * - the outcome is unknown (a timeout or a 5xx after perhaps booking): it never books again
 *   blindly, but looks for the booking among that invitee's events at that time first;
 * - direct booking is not allowed (403), or the type asks questions this chat cannot ask (a 400
 *   naming `questions_and_answers`): a single-use scheduling link gets the visitor booked;
 * - the time was just taken (409, or a 400 naming the start time): the open times again.
 */
import {
  formatDateTime,
  operationErrorMessage,
  type ErrorRecovery,
  type FallbackDefinition,
  type MessageBlock,
  type OperationError,
  type SlotValues,
  type TemplateContext,
  type VerifyDefinition,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventListSchema, calendlySchedulingLinkSchema } from '../schemas';
import { eventTypes } from './schedule-choices';
import { parseOr, userUri, utc } from './shared';

const minute = 60_000;

export const bookingCheck: VerifyDefinition = {
  label: key('calendly.schedule.check.label'),
  unknown: (_error, slots, context) => [
    {
      type: 'text',
      text: words(context, 'calendly.schedule.check.unknown', {
        when: formatDateTime(String(slots.time), context),
      }),
    },
  ],
  build: (slots, context) => ({
    operation: 'calendly:scheduled_events.list',
    params: {
      user: userUri(context.lookups),
      inviteeEmail: String(slots.email),
      status: 'active',
      minStartTime: utc(String(slots.time)),
      maxStartTime: utc(Date.parse(String(slots.time)) + minute),
    },
  }),
  outcome: (answer, slots, context) => {
    if (!answer.ok) {
      return {
        happened: undefined,
        blocks: [
          {
            type: 'error',
            title: words(context, 'calendly.schedule.check.failed.title'),
            message: operationErrorMessage(answer.error, 'Calendly', context),
            code: answer.error.code,
            retry: false,
          },
        ],
      };
    }
    const parsed = calendlyEventListSchema.safeParse(answer.data);
    const found = parsed.success
      ? parsed.data.collection.find(
          (event) => Date.parse(event.start_time) === Date.parse(String(slots.time)),
        )
      : undefined;
    if (!parsed.success) {
      return {
        happened: undefined,
        blocks: [{ type: 'text', text: words(context, 'calendly.unreadable') }],
      };
    }
    if (!found) {
      return {
        happened: false,
        blocks: [
          {
            type: 'text',
            text: words(context, 'calendly.schedule.check.notThere', {
              email: String(slots.email),
              when: formatDateTime(String(slots.time), context),
            }),
          },
        ],
      };
    }
    const blocks: MessageBlock[] = [
      {
        type: 'text',
        text: words(context, 'calendly.schedule.check.there', {
          when: formatDateTime(found.start_time, context),
          email: String(slots.email),
        }),
      },
      { type: 'event', event: normalizeCalendlyEvent(found, context) },
    ];
    return { happened: true, blocks };
  },
};

function providerStatus(error: OperationError): number | undefined {
  const details = error.details as { status?: unknown } | undefined;
  return typeof details?.status === 'number' ? details.status : undefined;
}

/** The parameters a Calendly 400 names (`{details: [{parameter, message}]}` in its body). */
function refusedParameters(error: OperationError): { parameter: string; message: string }[] {
  const body = (error.details as { body?: { details?: unknown } } | undefined)?.body;
  const list = Array.isArray(body?.details) ? (body.details as unknown[]) : [];
  return list.flatMap((item) => {
    const entry = item as { parameter?: unknown; message?: unknown };
    return typeof entry.parameter === 'string'
      ? [
          {
            parameter: entry.parameter,
            message: typeof entry.message === 'string' ? entry.message : '',
          },
        ]
      : [];
  });
}

function chosenType(slots: SlotValues, context: TemplateContext) {
  return eventTypes(context).find((type) => type.uri === slots.eventType);
}

/** Questions the event type requires, which this chat does not ask. */
function needsAnswers(error: OperationError): boolean {
  return (
    providerStatus(error) === 400 &&
    refusedParameters(error).some((entry) => entry.parameter.startsWith('questions_and_answers'))
  );
}

export const bookingFallback: FallbackDefinition = {
  when: (error) =>
    error.code === 'provider_error' && (providerStatus(error) === 403 || needsAnswers(error)),
  build: (slots) => ({
    operation: 'calendly:scheduling_links.create',
    params: { eventType: String(slots.eventType) },
  }),
  render(result, slots, context) {
    const parsed = parseOr(calendlySchedulingLinkSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const type = chosenType(slots, context);
    const eventName = type?.name ?? words(context, 'calendly.schedule.appointment');
    const start = String(slots.time);
    const end = new Date(Date.parse(start) + (type?.duration ?? 30) * minute).toISOString();
    return [
      {
        type: 'text',
        text: words(context, 'calendly.schedule.link', {
          name: eventName,
          when: formatDateTime(start, context),
        }),
      },
      {
        type: 'booking',
        eventName,
        start,
        end,
        timeZone: context.timeZone,
        schedulingUrl: parsed.value.resource.booking_url,
        toFinish: true,
      },
    ];
  },
};

export function bookingRecovery(
  error: OperationError,
  _slots: SlotValues,
  context: TemplateContext,
): ErrorRecovery | undefined {
  // Gotcha 14: a slot can go between listing and booking; Calendly answers 409, or a 400 about
  // the start time. Other 400s (a bad email, a missing answer) are not "taken".
  const status = providerStatus(error);
  const aboutTime =
    status === 400 &&
    (refusedParameters(error).some((entry) => /start_time|time/.test(entry.parameter)) ||
      refusedParameters(error).length === 0);
  if (error.code === 'conflict' || (error.code === 'provider_error' && aboutTime)) {
    return {
      blocks: [{ type: 'text', text: words(context, 'calendly.schedule.taken') }],
      clearSlots: ['time', 'preferredTime'],
      refetch: ['times'],
    };
  }
  return undefined;
}
