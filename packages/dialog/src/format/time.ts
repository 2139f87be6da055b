/**
 * Time arithmetic and wording in an IANA zone. Everything the engine and templates say about a time
 * goes through here, so that the visitor's zone (not the machine's) is used and DST is respected.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';

/** A wall-clock moment in `timeZone`, as an instant (epoch ms). Handles DST gaps and overlaps. */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  return new TZDate(year, month - 1, day, hour, minute, 0, 0, timeZone).getTime();
}

/** The instant as a date in `timeZone`, for date-fns arithmetic that respects that zone. */
export function inZone(instant: number | string, timeZone: string): TZDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  return new TZDate(ms, timeZone);
}

/** Midnight of the instant's day in `timeZone`, plus `days` calendar days (DST-safe). */
export function startOfZonedDay(instant: number, timeZone: string, days = 0): number {
  return addDays(startOfDay(inZone(instant, timeZone)), days).getTime();
}

/** `2026-11-20` for the instant's day in `timeZone`. */
export function zonedDateKey(instant: number | string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'yyyy-MM-dd');
}

/** "Fri 20 Nov, 15:00" — a date and time as the visitor reads it in their zone. */
export function formatDateTime(instant: number | string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'EEE d MMM, HH:mm');
}

/** "Fri 20 Nov". */
export function formatDate(instant: number | string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'EEE d MMM');
}

/** "15:00". */
export function formatTime(instant: number | string, timeZone: string): string {
  return format(inZone(instant, timeZone), 'HH:mm');
}

/** "Fri 20 Nov, 15:00–16:00" or across days "Fri 20 Nov, 15:00 – Sat 21 Nov, 09:00". */
export function formatTimeRange(
  start: number | string,
  end: number | string,
  timeZone: string,
): string {
  if (zonedDateKey(start, timeZone) === zonedDateKey(end, timeZone)) {
    return `${formatDateTime(start, timeZone)}–${formatTime(end, timeZone)}`;
  }
  return `${formatDateTime(start, timeZone)} – ${formatDateTime(end, timeZone)}`;
}

/** "Fri 20 Nov – Thu 26 Nov" for a [start, end) range of whole days. */
export function formatDayRange(
  start: number | string,
  end: number | string,
  timeZone: string,
): string {
  const lastMoment = (typeof end === 'string' ? Date.parse(end) : end) - 1;
  // Across a new year the year is part of the answer: "Fri 1 Jan 2027 – Wed 1 Mar 2028".
  const crossesYear =
    format(inZone(start, timeZone), 'yyyy') !== format(inZone(lastMoment, timeZone), 'yyyy');
  const pattern = crossesYear ? 'EEE d MMM yyyy' : 'EEE d MMM';
  const first = format(inZone(start, timeZone), pattern);
  const last = format(inZone(lastMoment, timeZone), pattern);
  return first === last ? first : `${first} – ${last}`;
}

/** "1 h 30 min", "45 min", "2 h". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The zone's offset from UTC at the instant, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  return -new TZDate(instant, timeZone).getTimezoneOffset();
}

/** An ISO-8601 instant with the zone's offset, as Google wants for `timeMin`/`timeMax`. */
export function isoWithOffset(instant: number, timeZone: string): string {
  return format(inZone(instant, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
