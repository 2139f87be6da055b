import type { EventView, InviteeView, Translate } from '@slotchat/dialog';
import { words } from '../strings/words';
import type { CalendlyEvent } from './schemas';
import type { z } from 'zod/mini';
import type { calendlyInviteeSchema } from './schemas';

/** The UUID at the end of a Calendly resource URI. */
export function uuidOf(uri: string): string {
  return uri.split('/').filter(Boolean).pop() ?? uri;
}

/** A Calendly scheduled event as the widget's event card shows it. */
export function normalizeCalendlyEvent(event: CalendlyEvent, context: { t: Translate }): EventView {
  const view: EventView = {
    id: uuidOf(event.uri),
    title: event.name?.trim() || words(context, 'calendly.eventName'),
    status: event.status === 'canceled' ? 'cancelled' : 'confirmed',
    start: new Date(event.start_time).toISOString(),
    end: new Date(event.end_time).toISOString(),
    allDay: false,
    attendees: (event.event_guests ?? []).map((guest) => ({
      email: guest.email,
      response: 'needsAction',
    })),
  };
  const host = event.event_memberships?.[0];
  if (host?.user_email) {
    view.organizer = { email: host.user_email };
    if (host.user_name) view.organizer.name = host.user_name;
  }
  if (event.location?.join_url) view.meetUrl = event.location.join_url;
  if (event.location?.location) view.location = event.location.location;
  return view;
}

export function normalizeInvitee(invitee: z.infer<typeof calendlyInviteeSchema>): InviteeView {
  const view: InviteeView = {
    name: invitee.name?.trim() || invitee.email,
    email: invitee.email,
    status: invitee.status,
    answers: invitee.questions_and_answers ?? [],
  };
  if (invitee.timezone) view.timeZone = invitee.timezone;
  if (invitee.cancel_url) view.cancelUrl = invitee.cancel_url;
  if (invitee.reschedule_url) view.rescheduleUrl = invitee.reschedule_url;
  return view;
}
