/**
 * Every string the widget shows, in one catalogue, so a translation is one more object of the
 * same shape. `{name}` placeholders are filled by `format`.
 */
export const en = {
  title: 'Calendar assistant',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unread: '{count} new messages',
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
  apply: 'Apply',
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
  authConnected: '{integration} is connected.',
  authConnectedByOwner: '{integration} is connected by the site owner.',
  authDenied: 'Access to {integration} was not granted.',
  authClosed: 'The sign-in window was closed before you finished.',
  authExpired: 'The sign-in took too long and timed out.',
  authMissingScopes: 'Some permissions were not granted, so this cannot work yet.',
  authFailed: 'Connecting {integration} did not work.',
  tryAgain: 'Try again',
  reconnect: 'Reconnect {integration}',
  retry: 'Retry',
  allDay: 'All day',
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
  busyFree: 'Free for the whole range.',
  inviteeCanceled: 'canceled',
  cancelBooking: 'Cancel',
  reschedule: 'Reschedule',
  addToCalendar: 'Add to calendar (.ics)',
  schedulingLink: 'Open the scheduling page',
  minutes: '{count} min',
  bookingConfirmed: 'Booked: {name}',
  errorFallback: 'Something went wrong.',
} as const;

export type StringKey = keyof typeof en;
export type Catalogue = Record<StringKey, string>;

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(catalogue: Catalogue = en): Translate {
  return (key, values) => format(catalogue[key], values);
}
