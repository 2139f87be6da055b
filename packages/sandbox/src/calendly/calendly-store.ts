import type { CalendlyAccount } from '../seed/accounts';
import type {
  CalendlyEventType,
  CalendlyInvitee,
  CalendlyScheduledEvent,
  SchedulingLink,
  WorkingHours,
} from './calendly-model';

export type CalendlyStore = ReturnType<typeof createCalendlyStore>;

/** The Calendly host's data in one sandbox instance. */
export function createCalendlyStore(account: CalendlyAccount) {
  const workingHours: WorkingHours = { weekdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 };
  return {
    account,
    workingHours,
    eventTypes: new Map<string, CalendlyEventType>(),
    events: new Map<string, CalendlyScheduledEvent>(),
    invitees: new Map<string, CalendlyInvitee>(),
    schedulingLinks: new Map<string, SchedulingLink>(),
    /** Requests per user in the current rate-limit minute. */
    rateWindow: { startedAt: 0, count: 0 },
    inviteesOf(eventUuid: string): CalendlyInvitee[] {
      return [...this.invitees.values()].filter((invitee) => invitee.eventUuid === eventUuid);
    },
  };
}
