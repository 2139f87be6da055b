import type { AttendeeView, EventView, Translate } from '@slotchat/dialog';
import { words } from '../strings/words';
import type { GoogleEvent } from './event-schema';

/** Google descriptions may be HTML; cards show text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function when(value: GoogleEvent['start']): { instant: string; allDay: boolean } {
  if (value?.dateTime) return { instant: new Date(value.dateTime).toISOString(), allDay: false };
  if (value?.date) return { instant: value.date, allDay: true };
  return { instant: '', allDay: false };
}

/** A Google event as the widget's event card shows it (an untitled one in the visitor's words). */
export function normalizeGoogleEvent(event: GoogleEvent, context: { t: Translate }): EventView {
  const start = when(event.start);
  const end = when(event.end);
  const attendees: AttendeeView[] = (event.attendees ?? [])
    .filter((attendee) => attendee.email && !attendee.resource)
    .map((attendee) => {
      const view: AttendeeView = {
        email: attendee.email ?? '',
        response: attendee.responseStatus ?? 'needsAction',
      };
      if (attendee.displayName) view.name = attendee.displayName;
      if (attendee.organizer) view.organizer = true;
      if (attendee.optional) view.optional = true;
      return view;
    });
  const view: EventView = {
    id: event.id,
    title: event.summary?.trim() || words(context, 'google.noTitle'),
    status: event.status ?? 'confirmed',
    start: start.instant,
    end: end.instant,
    allDay: start.allDay,
    attendees,
  };
  const timeZone = event.start?.timeZone;
  if (timeZone) view.timeZone = timeZone;
  if (event.location) view.location = event.location;
  if (event.description) view.description = htmlToText(event.description);
  if (event.organizer?.email) {
    view.organizer = { email: event.organizer.email };
    if (event.organizer.displayName) view.organizer.name = event.organizer.displayName;
  }
  const meet =
    event.hangoutLink ??
    event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video')?.uri ??
    undefined;
  if (meet) view.meetUrl = meet;
  if (event.htmlLink) view.link = event.htmlLink;
  return view;
}
