import type { StoredCalendar } from './calendar-store';
import type { GoogleEvent } from './event-resource';
import { eventSpan } from './event-times';
import { expandInstances } from './recurrence';

/** Open-ended series are expanded this far past "now" when a query gives no timeMax. */
export const expansionHorizonMs = 366 * 86_400_000;

export interface Window {
  start: number;
  end: number;
  /** Recurring series are expanded up to here at most (finite even when `end` is not). */
  seriesEnd?: number;
}

/**
 * The events of a calendar that overlap the window (end > start of window, start < end of window,
 * Google's timeMin/timeMax rule). `singleEvents`: recurring series are replaced by their instances,
 * with stored exceptions (moved or cancelled instances) taking the place of generated ones.
 */
export function eventsOverlapping(
  calendar: StoredCalendar,
  window: Window,
  singleEvents: boolean,
): GoogleEvent[] {
  const zone = calendar.timeZone;
  const overlaps = (event: GoogleEvent) => {
    const span = eventSpan(event, zone);
    return span.end > window.start && span.start < window.end;
  };
  const result: GoogleEvent[] = [];
  for (const event of calendar.events.values()) {
    if (!event.recurrence) {
      if (overlaps(event)) result.push(event);
      continue;
    }
    const instances = expandInstances(
      event,
      zone,
      window.start,
      Math.min(window.end, window.seriesEnd ?? window.end),
    );
    if (!singleEvents) {
      // The series itself is listed when any of its instances falls in the window.
      if (instances.length > 0) result.push(event);
      continue;
    }
    for (const instance of instances) {
      if (!calendar.events.has(instance.id)) result.push(instance);
    }
  }
  return result;
}
