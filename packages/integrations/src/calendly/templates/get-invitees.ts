/** Template 7: invitees of one Calendly event — name, email, status, answers, cancel/reschedule links. */
import { catalogued } from '../../template-catalogue';
import { defineTemplate, type MessageBlock } from '@slotchat/dialog';
import { words } from '../../strings/words';
import { normalizeInvitee } from '../normalize';
import { calendlyEventResourceSchema, calendlyInviteeListSchema } from '../schemas';
import { errorBlock } from '../../google-calendar/templates/shared';
import {
  asksWhoBooked,
  calendlyEventSlots,
  calendlyTemplateBase,
  currentUserLookup,
  eventUuid,
  parseOr,
  upcomingEventsLookup,
} from './shared';

export const getInviteesTemplate = defineTemplate({
  ...calendlyTemplateBase,
  ...catalogued('calendly.get-invitees'),
  // Unless Calendly is named, "my events" means the calendar; and a bare event reference is a
  // lookup of the event, unless the request asks about the people.
  prior: -0.2,
  cues: [
    {
      pattern:
        /\b(?:who|whom|invitees?|guests?|attendees?|registered|signed up|people|answers?|answered)\b/i,
      weight: 0.12,
    },
    { pattern: asksWhoBooked, weight: 0.5 },
  ],
  examples: [
    'who is invited to calendly event GBGBDCAADAEDCRZ2',
    'list the invitees of a calendly event',
    'who booked this calendly event',
    'show guests and their answers for my calendly meeting',
    'who signed up for calendly event GBGBDCAADAEDCRZ2',
    'list the people registered for this calendly event',
  ],
  keywords: ['invitees', 'who is coming', 'guests', 'who booked calendly'],
  signals: ['calendly-event-ref'],
  lookups: [
    currentUserLookup,
    upcomingEventsLookup,
    {
      name: 'event',
      dependsOn: ['event'],
      isValid: (data) => calendlyEventResourceSchema.safeParse(data).success,
      build: (slots) => ({
        operation: 'calendly:scheduled_events.get',
        params: { uuid: eventUuid(slots) },
      }),
    },
  ],
  slots: calendlyEventSlots(),
  operation: {
    needs: ['event'],
    build: (slots) => ({
      operation: 'calendly:scheduled_events.invitees.list',
      params: { uuid: eventUuid(slots) },
    }),
  },
  render(result, _slots, context): MessageBlock[] {
    const parsed = parseOr(calendlyInviteeListSchema, result, context);
    if (!parsed.ok) return parsed.blocks;
    const event = calendlyEventResourceSchema.safeParse(context.lookups.event);
    const eventName =
      (event.success ? event.data.resource.name?.trim() : undefined) ||
      words(context, 'calendly.eventName');
    return [
      {
        type: 'invitees',
        eventName,
        invitees: parsed.value.collection.map(normalizeInvitee),
        emptyText: words(context, 'calendly.invitees.empty', { name: eventName }),
      },
    ];
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
    return undefined;
  },
});
