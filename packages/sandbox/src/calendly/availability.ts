import { addLocalDays, isoWeekday, localDate, zonedInstant } from '../time/zoned';
import type { CalendlyEventType } from './calendly-model';
import type { CalendlyStore } from './calendly-store';

/** Intervals the host is already booked (active scheduled events), for slots and busy times. */
export function hostBusy(store: CalendlyStore): Array<{ start: number; end: number }> {
  return [...store.events.values()]
    .filter((event) => event.status === 'active')
    .map((event) => ({ start: event.start, end: event.end }));
}

/**
 * The open start times of an event type in [from, to): inside the host's working hours (in the
 * host's zone, so DST is respected), after the minimum notice, and not overlapping a booking.
 */
export function availableStartTimes(
  store: CalendlyStore,
  eventType: CalendlyEventType,
  from: number,
  to: number,
  now: number,
): number[] {
  const zone = store.account.timezone;
  const hours = store.workingHours;
  const durationMs = eventType.durationMinutes * 60_000;
  const earliest = now + eventType.minimumNoticeMinutes * 60_000;
  const busy = hostBusy(store);
  const result: number[] = [];
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
      if (busy.some((interval) => interval.start < end && interval.end > start)) continue;
      result.push(start);
    }
  }
  return result;
}
