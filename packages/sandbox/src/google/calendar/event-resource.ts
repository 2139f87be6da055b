/** Google's `EventDateTime`: `date` for all-day events, else `dateTime` (+ optional IANA `timeZone`). */
export interface EventDateTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

export interface EventAttendee {
  email: string;
  displayName?: string;
  organizer?: boolean;
  self?: boolean;
  resource?: boolean;
  optional?: boolean;
  responseStatus: 'needsAction' | 'declined' | 'tentative' | 'accepted';
  comment?: string;
  additionalGuests?: number;
}

export interface EventPerson {
  email: string;
  displayName?: string;
  self?: boolean;
}

export interface ConferenceData {
  createRequest?: {
    requestId: string;
    conferenceSolutionKey: { type: string };
    status: { statusCode: 'pending' | 'success' | 'failure' };
  };
  entryPoints?: Array<{
    entryPointType: string;
    uri: string;
    label?: string;
    pin?: string;
    regionCode?: string;
  }>;
  conferenceSolution?: { key: { type: string }; name: string; iconUri: string };
  conferenceId?: string;
}

/** Key/value pairs an app stores on an event; `events.list` filters on them. */
export interface ExtendedProperties {
  private?: Record<string, string>;
  shared?: Record<string, string>;
}

/**
 * An event as the Calendar API returns it (the `Event` schema of the discovery document, the
 * fields the sandbox fills). The store keeps events in this shape; responses re-render times in
 * the zone asked for.
 */
export interface GoogleEvent {
  kind: 'calendar#event';
  etag: string;
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  htmlLink: string;
  created: string;
  updated: string;
  summary?: string;
  description?: string;
  location?: string;
  colorId?: string;
  creator: EventPerson;
  organizer: EventPerson;
  start: EventDateTime;
  end: EventDateTime;
  endTimeUnspecified?: boolean;
  recurrence?: string[];
  recurringEventId?: string;
  originalStartTime?: EventDateTime;
  transparency?: 'opaque' | 'transparent';
  visibility?: 'default' | 'public' | 'private' | 'confidential';
  iCalUID: string;
  sequence: number;
  attendees?: EventAttendee[];
  guestsCanInviteOthers?: boolean;
  guestsCanModify?: boolean;
  guestsCanSeeOtherGuests?: boolean;
  extendedProperties?: ExtendedProperties;
  hangoutLink?: string;
  conferenceData?: ConferenceData;
  reminders: {
    useDefault: boolean;
    overrides?: Array<{ method: 'email' | 'popup'; minutes: number }>;
  };
  eventType: 'default' | 'outOfOffice' | 'focusTime' | 'workingLocation' | 'birthday' | 'fromGmail';
}

/** Google's event link: `eid` is base64 of "<eventId> <calendarId>". */
export function eventHtmlLink(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64url');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

/** A strong etag that changes with every update, in Google's quoted-digits form. */
export function eventEtag(updatedMs: number, sequence: number): string {
  return `"${updatedMs * 1000 + sequence}"`;
}
