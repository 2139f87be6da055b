import { addLocalDays, isoWeekday, localDate, zonedInstant } from '../time/zoned';
import type { CalendlyEventType, CalendlyScheduledEvent } from './calendly-model';
import type { CalendlyStore } from './calendly-store';

/** An open start time and how many more invitees it takes (more than one for group types). */
export interface OpenSlot {
  start: number;
  inviteesRemaining: number;
}

/** Intervals the host is already booked (active scheduled events), for slots and busy times. */
export function hostBusy(store: CalendlyStore): Array<{ start: number; end: number }> {
  return [...store.events.values()]
    .filter((event) => event.status === 'active')
    .map((event) => ({ start: event.start, end: event.end }));
}

/** The active event of a group type at this start that new invitees would join, if any. */
export function groupEventAt(
  store: CalendlyStore,
  eventType: CalendlyEventType,
  start: number,
): CalendlyScheduledEvent | undefined {
  if (eventType.kind !== 'group') return undefined;
  return [...store.events.values()].find(
    (event) =>
      event.status === 'active' && event.eventTypeUuid === eventType.uuid && event.start === start,
  );
}

/**
 * The open slots of an event type in [from, to): inside the host's working hours (in the host's
 * zone, so DST is respected), after the minimum notice, and not overlapping a booking — except
 * that a group type's own event stays open until it has as many invitees as the type allows.
 */
export function availableSlots(
  store: CalendlyStore,
  eventType: CalendlyEventType,
  from: number,
  to: number,
  now: number,
): OpenSlot[] {
  const zone = store.account.timezone;
  const hours = store.workingHours;
  const durationMs = eventType.durationMinutes * 60_000;
  const earliest = now + eventType.minimumNoticeMinutes * 60_000;
  const active = [...store.events.values()].filter((event) => event.status === 'active');
  const result: OpenSlot[] = [];
  const lastDate = localDate(to, zone);
  for (let date = localDate(from, zone); date <= lastDate; date = addLocalDays(date, 1)) {
    if (!hours.weekdays.includes(isoWeekday(date))) continue;
    for (
      let minute = hours.startHour * 60;
      minute + eventType.durationMinutes <= hours.endHour * 60;
      minute += eventType.slotStepMinutes
    ) {
      const start = zonedInstant(date, Math.floor(minute / 60), minute % 60, zone);
      const end = start + durationMs;
      if (start < from || start >= to || start < earliest) continue;
      const joinable = groupEventAt(store, eventType, start);
      const blocked = active.some(
        (event) => event !== joinable && event.start < end && event.end > start,
      );
      if (blocked) continue;
      const taken = joinable
        ? store.inviteesOf(joinable.uuid).filter((invitee) => invitee.status === 'active').length
        : 0;
      const remaining = eventType.inviteesLimit - taken;
      if (remaining > 0) result.push({ start, inviteesRemaining: remaining });
    }
  }
  return result;
}

/** The open start times of an event type in [from, to) (see `availableSlots`). */
export function availableStartTimes(
  store: CalendlyStore,
  eventType: CalendlyEventType,
  from: number,
  to: number,
  now: number,
): number[] {
  return availableSlots(store, eventType, from, to, now).map((slot) => slot.start);
}
