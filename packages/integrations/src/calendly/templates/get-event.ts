/** Template 8: one Calendly scheduled event — name, time, location or join link, hosts, invitees, cancellation. */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, type MessageBlock } from '@slotchat/dialog';
import { words } from '../../strings/words';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventResourceSchema, type CalendlyEvent } from '../schemas';
import { errorBlock } from '../../google-calendar/templates/shared';
import {
  calendlyEventSlots,
  calendlyTemplateBase,
  currentUserLookup,
  eventUuid,
  nextOneOfMine,
  parseOr,
  upcomingEventsLookup,
} from './shared';

/** "This event was cancelled by Ana Lopez: “Travelling”", with what Calendly says of it. */
function cancellationText(event: CalendlyEvent, context: Parameters<typeof words>[0]): string {
  const by = event.cancellation?.canceled_by ?? undefined;
  const reason = event.cancellation?.reason ?? undefined;
  if (by && reason) return words(context, 'calendly.getEvent.cancelledByBecause', { by, reason });
  if (by) return words(context, 'calendly.getEvent.cancelledBy', { by });
  if (reason) return words(context, 'calendly.getEvent.cancelledBecause', { reason });
  return words(context, 'calendly.getEvent.cancelled');
}

export const getCalendlyEventTemplate = defineTemplate({
  ...calendlyTemplateBase,
  ...catalogued('calendly.get-event'),
  // Unless Calendly is named, "my events" means the calendar.
  prior: -0.12,
  examples: [
    'show calendly event https://api.calendly.com/scheduled_events/GBGBDCAADAEDCRZ2',
    'get calendly event details',
    'look up a calendly booking by uuid',
    'when and where is calendly event GBGBDCAADAEDCRZ2',
    'what is the join link of this calendly event',
    'which host runs calendly event GBGBDCAADAEDCRZ2 and how many places are taken',
    'was this calendly event cancelled',
  ],
  keywords: ['calendly event details', 'scheduled event uri'],
  signals: ['calendly-event-ref'],
  // "show my next consultation": one booking that exists, the soonest of its kind.
  cues: [{ pattern: nextOneOfMine, weight: 0.35 }],
  lookups: [currentUserLookup, upcomingEventsLookup],
  slots: calendlyEventSlots(),
  operation: {
    build: (slots) => ({
      operation: 'calendly:scheduled_events.get',
      params: { uuid: eventUuid(slots) },
    }),
  },
  render(result, _slots, context): MessageBlock[] {
    const parsed = parseOr(calendlyEventResourceSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const event = parsed.value.resource;
    const blocks: MessageBlock[] = [
      { type: 'event', event: normalizeCalendlyEvent(event, context) },
    ];
    const counter = event.invitees_counter;
    if (counter) {
      blocks.push({
        type: 'text',
        text: words(context, 'calendly.getEvent.places', {
          active: counter.active,
          count: counter.limit,
        }),
      });
    }
    if (event.status === 'canceled')
      blocks.unshift({ type: 'text', text: cancellationText(event, context) });
    return blocks;
  },
  renderError(error, slots, context) {
    if (error.code === 'not_found') {
      return [
        errorBlock(
          words(context, 'shared.event.notFound.title'),
          words(context, 'calendly.event.notFound', { id: eventUuid(slots) }),
          error,
          false,
        ),
      ];
    }
    if (error.code === 'provider_error') {
      return [
        errorBlock(
          words(context, 'calendly.event.notAllowed.title'),
          words(context, 'calendly.event.notAllowed.message'),
          error,
          false,
        ),
      ];
    }
    return undefined;
  },
});
