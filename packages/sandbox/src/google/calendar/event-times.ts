import { rfc3339InZone, startOfLocalDate } from '../../time/zoned';
import type { EventDateTime, GoogleEvent } from './event-resource';

/** The instant an `EventDateTime` denotes; all-day dates start at midnight in the calendar's zone. */
export function instantOf(time: EventDateTime, calendarZone: string): number {
  if (time.dateTime) return Date.parse(time.dateTime);
  if (time.date) return startOfLocalDate(time.date, time.timeZone ?? calendarZone);
  throw new Error('EventDateTime without date or dateTime');
}

export function eventSpan(
  event: GoogleEvent,
  calendarZone: string,
): { start: number; end: number } {
  return { start: instantOf(event.start, calendarZone), end: instantOf(event.end, calendarZone) };
}

/** The same time written in `zone` (the `timeZone` request parameter); all-day dates stay as they are. */
export function renderTime(time: EventDateTime, zone: string): EventDateTime {
  if (!time.dateTime) return time;
  return { ...time, dateTime: rfc3339InZone(Date.parse(time.dateTime), zone) };
}

/** A response copy of the event with its times written in `zone`. */
export function renderEvent(event: GoogleEvent, zone: string): GoogleEvent {
  return {
    ...event,
    start: renderTime(event.start, zone),
    end: renderTime(event.end, zone),
    ...(event.originalStartTime
      ? { originalStartTime: renderTime(event.originalStartTime, zone) }
      : {}),
  };
}
