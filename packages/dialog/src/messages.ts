/**
 * Message blocks: what the engine asks the widget to show. Plain JSON (they are persisted with the
 * conversation), no markup: text is text, and the widget renders each block type as a card.
 * Times are ISO-8601 instants; the widget formats them with Intl in the visitor's locale and zone.
 */

export interface QuickReply {
  /** What the button says. */
  label: string;
  /** What is sent back as a `quick-reply` event when it is chosen. */
  value: string;
}

export interface AttendeeView {
  email: string;
  name?: string;
  response: 'accepted' | 'declined' | 'tentative' | 'needsAction';
  organizer?: boolean;
  optional?: boolean;
}

/**
 * One line of a confirmation's summary. `value` is always the words to show; a line about a time
 * also carries it as instants (`start`, and `end` for a span), and the zone line its IANA id, so
 * a client can format them itself, as its cards format every other time.
 */
export interface ConfirmationField {
  label: string;
  value: string;
  start?: string;
  end?: string;
  timeZone?: string;
}

export interface EventView {
  id: string;
  title: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** Timed events: instants. All-day events: `allDay` and dates (`YYYY-MM-DD`, end exclusive). */
  start: string;
  end: string;
  allDay: boolean;
  /** The zone the event was written in, when the provider says. */
  timeZone?: string;
  location?: string;
  description?: string;
  organizer?: { email: string; name?: string };
  attendees: AttendeeView[];
  meetUrl?: string;
  /** The provider's page for the event (Google `htmlLink`). */
  link?: string;
}

export interface BusySlotView {
  start: string;
  end: string;
  /** Only when the template lists events rather than free/busy. */
  title?: string;
}

export interface InviteeView {
  name: string;
  email: string;
  status: 'active' | 'canceled';
  timeZone?: string;
  answers: { question: string; answer: string }[];
  cancelUrl?: string;
  rescheduleUrl?: string;
}

export interface EventTypeView {
  uri: string;
  name: string;
  durationMinutes: number;
  description?: string;
  schedulingUrl?: string;
}

export interface TimeSlotView {
  start: string;
  /** Sent back as a quick-reply value when chosen. */
  value: string;
}

export type MessageBlock =
  | { type: 'text'; text: string }
  | { type: 'quick-replies'; options: QuickReply[] }
  | { type: 'event'; event: EventView }
  | { type: 'event-list'; title: string; timeZone: string; events: EventView[]; emptyText: string }
  | {
      type: 'busy-timeline';
      title: string;
      timeZone: string;
      /** The range asked about, [start, end). */
      range: { start: string; end: string };
      busy: BusySlotView[];
      emptyText: string;
    }
  | { type: 'invitees'; eventName: string; invitees: InviteeView[]; emptyText: string }
  | { type: 'event-types'; eventTypes: EventTypeView[] }
  | { type: 'time-slots'; timeZone: string; slots: TimeSlotView[]; emptyText: string }
  | {
      type: 'confirmation';
      title: string;
      /** Label/value lines of the summary, in order. */
      fields: ConfirmationField[];
      options: QuickReply[];
    }
  | {
      type: 'booking';
      eventName: string;
      start: string;
      end: string;
      timeZone: string;
      cancelUrl?: string;
      rescheduleUrl?: string;
      /** An .ics file's text, for "add to calendar". */
      ics?: string;
      schedulingUrl?: string;
      /** Not booked yet: the visitor finishes on the provider's page at `schedulingUrl`. */
      toFinish?: boolean;
    }
  | {
      type: 'auth';
      integration: string;
      integrationName: string;
      /** Why the visitor is asked, in one sentence. */
      reason: string;
    }
  | {
      type: 'error';
      title: string;
      message: string;
      /** The proxy's stable error code, when it came from a call. */
      code?: string;
      /** Offer a Retry button that sends the `retry` quick-reply value. */
      retry: boolean;
    };

export type MessageBlockType = MessageBlock['type'];

/** One bot turn as the widget shows it. */
export interface BotMessage {
  id: string;
  blocks: MessageBlock[];
}
