import type { CalendlyAccount } from '../seed/accounts';
import type {
  CalendlyEventType,
  CalendlyInvitee,
  CalendlyScheduledEvent,
  Cancellation,
} from './calendly-model';

/** Calendly writes UTC times with microseconds: `2026-11-23T10:00:00.000000Z`. */
export function calendlyTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Where resources live on this sandbox, as seen by the caller. */
export function calendlyUrls(origin: string, account: CalendlyAccount) {
  const api = `${origin}/calendly/api`;
  return {
    api,
    user: `${api}/users/${account.userUuid}`,
    organization: `${api}/organizations/${account.organizationUuid}`,
    userPage: `${origin}/calendly/${account.slug}`,
    eventType: (uuid: string) => `${api}/event_types/${uuid}`,
    event: (uuid: string) => `${api}/scheduled_events/${uuid}`,
    invitee: (eventUuid: string, uuid: string) =>
      `${api}/scheduled_events/${eventUuid}/invitees/${uuid}`,
    cancel: (uuid: string) => `${origin}/calendly/cancellations/${uuid}`,
    reschedule: (uuid: string) => `${origin}/calendly/reschedulings/${uuid}`,
    bookingPage: (typeSlug: string) => `${origin}/calendly/${account.slug}/${typeSlug}`,
  };
}
export type CalendlyUrls = ReturnType<typeof calendlyUrls>;

export function renderUser(account: CalendlyAccount, urls: CalendlyUrls, createdAt: number) {
  return {
    uri: urls.user,
    name: account.name,
    slug: account.slug,
    email: account.email,
    scheduling_url: urls.userPage,
    timezone: account.timezone,
    avatar_url: null,
    created_at: calendlyTime(createdAt),
    updated_at: calendlyTime(createdAt),
    current_organization: urls.organization,
    resource_type: 'User',
    locale: 'en',
  };
}

export function renderEventType(
  type: CalendlyEventType,
  account: CalendlyAccount,
  urls: CalendlyUrls,
) {
  return {
    uri: urls.eventType(type.uuid),
    name: type.name,
    active: type.active,
    booking_method: 'instant',
    slug: type.slug,
    scheduling_url: urls.bookingPage(type.slug),
    duration: type.durationMinutes,
    duration_options: null,
    kind: type.kind,
    pooling_type: null,
    type: 'StandardEventType',
    color: type.color,
    created_at: calendlyTime(type.createdAt),
    updated_at: calendlyTime(type.updatedAt),
    internal_note: null,
    description_plain: type.descriptionPlain,
    description_html: `<p>${type.descriptionPlain}</p>`,
    profile: { type: 'User', name: account.name, owner: urls.user },
    secret: false,
    deleted_at: null,
    admin_managed: false,
    kind_description: type.kind === 'group' ? 'Group' : 'One-on-One',
    locations: type.locations,
    position: type.position,
    custom_questions: type.customQuestions.map((question) => ({
      name: question.name,
      type: question.type,
      position: question.position,
      enabled: question.enabled,
      required: question.required,
      answer_choices: question.answerChoices,
      include_other: question.includeOther,
    })),
  };
}

function renderCancellation(cancellation: Cancellation) {
  return {
    canceled_by: cancellation.canceledBy,
    reason: cancellation.reason,
    canceler_type: cancellation.cancelerType,
    created_at: calendlyTime(cancellation.createdAt),
  };
}

export function renderScheduledEvent(
  event: CalendlyScheduledEvent,
  invitees: CalendlyInvitee[],
  urls: CalendlyUrls,
) {
  const active = invitees.filter((invitee) => invitee.status === 'active').length;
  return {
    uri: urls.event(event.uuid),
    name: event.name,
    meeting_notes_plain: null,
    meeting_notes_html: null,
    status: event.status,
    start_time: calendlyTime(event.start),
    end_time: calendlyTime(event.end),
    event_type: urls.eventType(event.eventTypeUuid),
    location:
      event.location.type === 'google_conference'
        ? { type: 'google_conference', status: 'pushed', join_url: event.location.joinUrl ?? null }
        : { type: 'physical', location: event.location.location ?? '' },
    invitees_counter: { total: invitees.length, active, limit: event.inviteesLimit },
    created_at: calendlyTime(event.createdAt),
    updated_at: calendlyTime(event.updatedAt),
    event_memberships: [{ user: urls.user }],
    event_guests: event.guests.map((guest) => ({
      email: guest.email,
      created_at: calendlyTime(guest.createdAt),
      updated_at: calendlyTime(guest.createdAt),
    })),
    calendar_event: null,
    ...(event.cancellation ? { cancellation: renderCancellation(event.cancellation) } : {}),
  };
}

export function renderInvitee(invitee: CalendlyInvitee, urls: CalendlyUrls) {
  return {
    uri: urls.invitee(invitee.eventUuid, invitee.uuid),
    email: invitee.email,
    first_name: invitee.firstName,
    last_name: invitee.lastName,
    name: invitee.name,
    status: invitee.status,
    questions_and_answers: invitee.questionsAndAnswers,
    timezone: invitee.timezone,
    event: urls.event(invitee.eventUuid),
    created_at: calendlyTime(invitee.createdAt),
    updated_at: calendlyTime(invitee.updatedAt),
    tracking: invitee.tracking,
    text_reminder_number: invitee.textReminderNumber,
    rescheduled: false,
    old_invitee: null,
    new_invitee: null,
    cancel_url: urls.cancel(invitee.uuid),
    reschedule_url: urls.reschedule(invitee.uuid),
    routing_form_submission: null,
    payment: null,
    no_show: null,
    reconfirmation: null,
    scheduling_method: null,
    invitee_scheduled_by: null,
    ...(invitee.cancellation ? { cancellation: renderCancellation(invitee.cancellation) } : {}),
  };
}
