import type { GoogleAccount } from '../../seed/accounts';
import type { GoogleEvent } from './event-resource';

export interface StoredCalendar {
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  /** Insertion order is kept; listing sorts as the request asks. */
  events: Map<string, GoogleEvent>;
}

/** An email Google would have sent because of `sendUpdates` (visible through the admin API). */
export interface SentNotification {
  eventId: string;
  to: string;
  kind: 'invitation';
  at: string;
}

export type CalendarStore = ReturnType<typeof createCalendarStore>;

/** The Google account's calendars of one sandbox instance. */
export function createCalendarStore(account: GoogleAccount) {
  const calendars = new Map<string, StoredCalendar>();
  calendars.set(account.email, {
    id: account.email,
    summary: account.email,
    timeZone: account.timeZone,
    events: new Map(),
  });
  const notifications: SentNotification[] = [];
  /** Meet create requests seen: Google ignores a reused requestId. */
  const conferenceRequestIds = new Set<string>();
  return {
    account,
    notifications,
    conferenceRequestIds,
    /** `primary` is the signed-in user's own calendar, whose id is their email. */
    resolve(calendarId: string): StoredCalendar | undefined {
      return calendars.get(calendarId === 'primary' ? account.email : calendarId);
    },
    primary(): StoredCalendar {
      const calendar = calendars.get(account.email);
      if (!calendar) throw new Error('primary calendar missing');
      return calendar;
    },
  };
}
