/**
 * Every string the widget itself shows, in one catalogue, so a translation is one more object of
 * the same shape. `{name}` placeholders are filled by the translator; a message that depends on a
 * number is a set of plural forms, chosen by `Intl.PluralRules` for the visitor's locale (so a
 * language with "few" and "many" forms gets them). Dates and times never appear here: they are
 * formatted by Intl (`datetime.ts`). The format, and the translator over it, are the engine's.
 *
 * The bot's own words (prompts, card titles, confirmation labels) come from the dialog engine and
 * its templates, not from this catalogue.
 */

import { createTranslator, type Message } from '@slotchat/dialog';
import { openChatLabel } from './open-chat-label';

export const en = {
  title: 'Calendar assistant',
  openChat: openChatLabel,
  openChatUnread: {
    one: 'Open chat, {count} unread message',
    other: 'Open chat, {count} unread messages',
  },
  closeChat: 'Close chat',
  message: 'Message',
  messagePlaceholder: 'Ask about your calendar…',
  send: 'Send',
  conversation: 'Conversation',
  typing: 'The assistant is working…',
  you: 'You',
  assistant: 'Assistant',
  sentAt: 'at {time}',
  menu: 'Chat options',
  startOver: 'Start over',
  changeTimeZone: 'Change time zone',
  timeZone: 'Time zone',
  timeZoneSearch: 'Search for a city or time zone',
  timeZoneSuggested: 'Suggested',
  timeZoneAll: 'All time zones',
  timeZoneNoMatch: 'No time zone matches “{query}”.',
  timeZoneMatches: {
    one: '{count} time zone matches',
    other: '{count} time zones match',
  },
  cancel: 'Cancel',
  disconnect: 'Disconnect {integration}',
  connections: 'Connections',
  timesIn: 'Times in {zone}',
  connectionOnline: 'Online',
  connectionOffline: 'Offline — the chat service cannot be reached',
  connectionConnecting: 'Connecting…',
  integrationConnected: '{integration}: connected',
  integrationConnectedByOwner: '{integration}: connected by the site owner',
  integrationNotConnected: '{integration}: not connected',
  connect: 'Connect {integration}',
  authWaiting: 'Waiting for you to finish in the {integration} window…',
  authBlocked: 'Your browser blocked the sign-in window.',
  authBlockedLink: 'Continue in a new tab',
  authConnected: 'You connected {integration}.',
  authConnectedByOwner: 'The site owner has connected {integration}.',
  authDenied: 'Access to {integration} was not granted.',
  authClosed: 'The sign-in window was closed before you finished.',
  authExpired: 'The sign-in took too long and timed out.',
  authMissingScopes: 'Some permissions were not granted, so this cannot work yet.',
  authFailed: 'Connecting {integration} did not work.',
  tryAgain: 'Try again',
  reconnect: 'Reconnect {integration}',
  retry: 'Retry',
  allDay: 'All day',
  allDayDates: '{dates}, all day',
  location: 'Location',
  attendees: 'Attendees',
  organizer: 'organizer',
  optional: 'optional',
  joinMeet: 'Join video call',
  openInCalendar: 'Open in calendar',
  responseAccepted: 'accepted',
  responseDeclined: 'declined',
  responseTentative: 'maybe',
  responseNeedsAction: 'no answer yet',
  statusCancelled: 'Cancelled',
  statusTentative: 'Tentative',
  busyTimelineText: 'Busy times',
  inviteeCancelled: 'Cancelled',
  cancelBooking: 'Cancel',
  reschedule: 'Reschedule',
  addToCalendar: 'Add to calendar (.ics)',
  schedulingLink: 'Open the scheduling page',
  bookingConfirmed: 'Booked: {name}',
  bookingToFinish: 'Not booked yet: {name}',
  finishBooking: 'Finish the booking',
  openTimes: 'Open times',
  showMoreTimes: {
    one: 'Show {count} more time',
    other: 'Show {count} more times',
  },
  showMoreDays: {
    one: 'Show {count} more day',
    other: 'Show {count} more days',
  },
} as const satisfies Record<string, Message>;

export type StringKey = keyof typeof en;
/** A full translation: any message may be given plural forms, whatever English does. */
export type Catalogue = Record<StringKey, Message>;

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/**
 * A translate function over a catalogue, for one locale; a message the catalogue lacks is said
 * in English.
 *
 * @example
 * const t = translator(en, 'en-GB');
 * t('openChatUnread', { count: 2 }); // "Open chat, 2 unread messages"
 */
export function translator(catalogue: Partial<Catalogue> = en, locale = 'en'): Translate {
  return createTranslator({ ...en, ...catalogue }, locale);
}
