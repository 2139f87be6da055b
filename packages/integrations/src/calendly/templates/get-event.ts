/** Template 8: one Calendly scheduled event — name, time, location or join link, hosts, invitees, cancellation. */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, type MessageBlock } from '@slotchat/dialog';
import { normalizeCalendlyEvent } from '../normalize';
import { calendlyEventResourceSchema } from '../schemas';
import { errorBlock } from '../../google-calendar/templates/shared';
import { calendlyEventSlot, calendlyTemplateBase, eventUuid, parseOr } from './shared';

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
  slots: [calendlyEventSlot('Which Calendly event? Paste its URI or UUID.')],
  operation: {
    build: (slots) => ({
      operation: 'calendly:scheduled_events.get',
      params: { uuid: eventUuid(slots) },
    }),
  },
  render(result): MessageBlock[] {
    const parsed = parseOr(calendlyEventResourceSchema, result);
    if (!parsed.ok) return parsed.blocks;
    const event = parsed.value.resource;
    const blocks: MessageBlock[] = [{ type: 'event', event: normalizeCalendlyEvent(event) }];
    const counter = event.invitees_counter;
    if (counter) {
      blocks.push({
        type: 'text',
        text: `${counter.active} of ${counter.limit} ${counter.limit === 1 ? 'place is' : 'places are'} booked.`,
      });
    }
    if (event.status === 'canceled') {
      const by = event.cancellation?.canceled_by ? ` by ${event.cancellation.canceled_by}` : '';
      const reason = event.cancellation?.reason ? `: “${event.cancellation.reason}”` : '.';
      blocks.unshift({ type: 'text', text: `This event was cancelled${by}${reason}` });
    }
    return blocks;
  },
  renderError(error, slots) {
    if (error.code === 'not_found') {
      return [
        errorBlock(
          'Event not found',
          `Calendly has no event “${eventUuid(slots)}” that you can see.`,
          error,
          false,
        ),
      ];
    }
    if (error.code === 'provider_error') {
      return [
        errorBlock(
          'Not allowed',
          'Calendly does not let this account see that event.',
          error,
          false,
        ),
      ];
    }
    return undefined;
  },
});
