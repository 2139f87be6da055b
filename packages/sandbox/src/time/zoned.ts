import { TZDate, tzOffset } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/** True when `zone` is an IANA time zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** RFC 3339 with the zone's offset at that instant, seconds precision: `2026-11-23T09:30:00-05:00`. */
export function rfc3339InZone(epochMs: number, zone: string): string {
  return formatISO(new TZDate(epochMs, zone));
}

/** RFC 3339 in UTC with milliseconds, as Google writes `created`/`updated`: `…T14:30:00.000Z`. */
export function rfc3339Utc(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** `yyyy-mm-dd` of the instant in the zone. */
export function localDate(epochMs: number, zone: string): string {
  return formatISO(new TZDate(epochMs, zone), { representation: 'date' });
}

/** The instant of a wall-clock time in a zone (a skipped DST time resolves forward, as Google does). */
export function zonedInstant(date: string, hour: number, minute: number, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, hour, minute, zone).getTime();
}

/** Midnight starting `date` in the zone. */
export function startOfLocalDate(date: string, zone: string): number {
  return zonedInstant(date, 0, 0, zone);
}

/** `date` plus `days` calendar days (`yyyy-mm-dd`). */
export function addLocalDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Pure UTC arithmetic on a calendar date: no zone, so no DST, can shift it.
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a `yyyy-mm-dd` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Offset of the zone at an instant, in minutes east of UTC. */
export function offsetMinutes(epochMs: number, zone: string): number {
  return tzOffset(zone, new Date(epochMs));
}

/**
 * The first local date on or after `fromDate` (within `days`) whose UTC offset differs from the
 * day before: the day the clocks change. Undefined for zones without DST.
 */
export function nextOffsetChange(fromDate: string, zone: string, days = 400): string | undefined {
  let previous = offsetMinutes(zonedInstant(fromDate, 12, 0, zone), zone);
  for (let index = 1; index <= days; index += 1) {
    const date = addLocalDays(fromDate, index);
    const offset = offsetMinutes(zonedInstant(date, 12, 0, zone), zone);
    if (offset !== previous) return date;
    previous = offset;
  }
  return undefined;
}
