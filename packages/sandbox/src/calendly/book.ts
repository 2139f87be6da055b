import type { SeededRandom } from '../random';
import { calendlyUuid } from '../seed/accounts';
import { availableStartTimes, groupEventAt } from './availability';
import type {
  CalendlyEventType,
  CalendlyInvitee,
  CalendlyScheduledEvent,
  QuestionAndAnswer,
} from './calendly-model';
import type { CalendlyStore } from './calendly-store';

export interface BookingRequest {
  type: CalendlyEventType;
  start: number;
  name: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  timezone: string;
  textReminderNumber: string | null;
  location?: { kind: string; location?: string | undefined } | undefined;
  questionsAndAnswers: QuestionAndAnswer[];
  guests: string[];
  tracking?: Partial<CalendlyInvitee['tracking']> | undefined;
}

export type BookingResult =
  | { ok: true; event: CalendlyScheduledEvent; invitee: CalendlyInvitee }
  | { ok: false; parameter: string; message: string };

const meetLetters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Books an open slot: the start must be one `event_type_available_times` would offer right now
 * (so a taken, past or off-hours time is refused, and a full group event too), and required
 * questions must be answered.
 */
export function book(
  store: CalendlyStore,
  request: BookingRequest,
  now: number,
  random: SeededRandom,
): BookingResult {
  const { type } = request;
  if (!type.active)
    return { ok: false, parameter: 'event_type', message: 'The event type is not active.' };
  const open = availableStartTimes(store, type, request.start, request.start + 1, now);
  if (!open.includes(request.start)) {
    return { ok: false, parameter: 'start_time', message: 'The selected time is not available.' };
  }
  const answered = new Set(
    request.questionsAndAnswers.filter((qa) => qa.answer.trim()).map((qa) => qa.question),
  );
  const missing = type.customQuestions.find(
    (question) => question.enabled && question.required && !answered.has(question.name),
  );
  if (missing) {
    return {
      ok: false,
      parameter: 'questions_and_answers',
      message: `"${missing.name}" is required.`,
    };
  }
  const offered = type.locations;
  const chosen = request.location
    ? offered.find((location) => location.kind === request.location?.kind)
    : offered[0];
  if (!chosen)
    return {
      ok: false,
      parameter: 'location.kind',
      message: 'The event type does not offer this location.',
    };

  // A group type's invitees share one event: the second booking of a time joins the first.
  const joined = groupEventAt(store, type, request.start);
  const event: CalendlyScheduledEvent = joined ?? {
    uuid: calendlyUuid(random),
    eventTypeUuid: type.uuid,
    name: type.name,
    status: 'active',
    start: request.start,
    end: request.start + type.durationMinutes * 60_000,
    location:
      chosen.kind === 'physical'
        ? { type: 'physical', location: chosen.location }
        : {
            type: 'google_conference',
            joinUrl: `https://meet.google.com/${random.string(3, meetLetters)}-${random.string(4, meetLetters)}-${random.string(3, meetLetters)}`,
          },
    guests: [],
    inviteesLimit: type.inviteesLimit,
    createdAt: now,
    updatedAt: now,
  };
  event.guests.push(...request.guests.map((email) => ({ email, createdAt: now })));
  event.updatedAt = now;
  const invitee: CalendlyInvitee = {
    uuid: calendlyUuid(random),
    eventUuid: event.uuid,
    name: request.name,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email,
    status: 'active',
    timezone: request.timezone,
    textReminderNumber: request.textReminderNumber,
    questionsAndAnswers: request.questionsAndAnswers,
    tracking: {
      utm_campaign: null,
      utm_source: null,
      utm_medium: null,
      utm_content: null,
      utm_term: null,
      salesforce_uuid: null,
      ...request.tracking,
    },
    createdAt: now,
    updatedAt: now,
  };
  store.events.set(event.uuid, event);
  store.invitees.set(invitee.uuid, invitee);
  return { ok: true, event, invitee };
}
