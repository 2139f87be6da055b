/** A location an event type offers: a Google Meet, or an address. */
export type EventTypeLocation =
  { kind: 'google_conference' } | { kind: 'physical'; location: string };

export interface CustomQuestion {
  uuid: string;
  name: string;
  type: 'string' | 'text' | 'single_select' | 'phone_number';
  position: number;
  enabled: boolean;
  required: boolean;
  answerChoices: string[];
  includeOther: boolean;
}

/** The host's bookable hours: weekdays (1 = Monday) and a daily window in the host's zone. */
export interface WorkingHours {
  weekdays: number[];
  startHour: number;
  endHour: number;
}

export interface CalendlyEventType {
  uuid: string;
  name: string;
  slug: string;
  durationMinutes: number;
  color: string;
  descriptionPlain: string;
  active: boolean;
  /** `solo`: one invitee per event; `group`: up to `inviteesLimit` invitees join one event. */
  kind: 'solo' | 'group';
  inviteesLimit: number;
  /** The order on the host's booking page (`sort=position:asc`). */
  position: number;
  locations: EventTypeLocation[];
  customQuestions: CustomQuestion[];
  /** Slots start every this many minutes inside the working hours. */
  slotStepMinutes: number;
  minimumNoticeMinutes: number;
  createdAt: number;
  updatedAt: number;
}

export interface ScheduledEventLocation {
  type: 'google_conference' | 'physical';
  location?: string;
  joinUrl?: string;
}

export interface Cancellation {
  canceledBy: string;
  reason: string | null;
  cancelerType: 'host' | 'invitee';
  createdAt: number;
}

export interface CalendlyScheduledEvent {
  uuid: string;
  eventTypeUuid: string;
  name: string;
  status: 'active' | 'canceled';
  start: number;
  end: number;
  location: ScheduledEventLocation;
  guests: Array<{ email: string; createdAt: number }>;
  /** How many invitees the event takes: 1, or the group type's limit when it was booked. */
  inviteesLimit: number;
  cancellation?: Cancellation;
  createdAt: number;
  updatedAt: number;
}

export interface QuestionAndAnswer {
  question: string;
  answer: string;
  position: number;
}

export interface CalendlyInvitee {
  uuid: string;
  eventUuid: string;
  name: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  status: 'active' | 'canceled';
  timezone: string;
  textReminderNumber: string | null;
  questionsAndAnswers: QuestionAndAnswer[];
  tracking: Record<
    'utm_campaign' | 'utm_source' | 'utm_medium' | 'utm_content' | 'utm_term' | 'salesforce_uuid',
    string | null
  >;
  cancellation?: Cancellation;
  createdAt: number;
  updatedAt: number;
}

export interface SchedulingLink {
  code: string;
  eventTypeUuid: string;
  maxEventCount: number;
  bookings: number;
}
