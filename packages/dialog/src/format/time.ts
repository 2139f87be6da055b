/**
 * Time arithmetic in an IANA zone, so that the visitor's zone (not the machine's) is used and DST
 * is respected. How times are said is `intl.ts`.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/**
 * A wall-clock moment in `timeZone`, as an instant (epoch ms). A time that does not exist (the
 * hour the clocks skip) moves forward by the gap; a time that happens twice (the hour the clocks
 * repeat) is the first of the two — the same choice as Temporal's "compatible" disambiguation.
 */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const instant = new TZDate(year, month - 1, day, hour, minute, 0, 0, timeZone).getTime();
  const earlier = instant - 3600_000;
  return sameWallClock(earlier, instant, timeZone) ? earlier : instant;
}

/** Year, month (1–12), day, hour and minute of the instant's wall clock in `timeZone`. */
export function wallClockOf(
  instant: number | string,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  const date = inZone(instant, timeZone);
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
}

function sameWallClock(a: number, b: number, timeZone: string): boolean {
  return JSON.stringify(wallClockOf(a, timeZone)) === JSON.stringify(wallClockOf(b, timeZone));
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** What a wall-clock time in `timeZone` became: as asked, skipped by DST, or one of two. */
export type WallClockFate = 'exact' | 'skipped' | 'repeated';

/** Whether year-month-day hour:minute exists once in `timeZone` (DST gaps and overlaps). */
export function wallClockFate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): WallClockFate {
  const instant = zonedInstant(timeZone, year, month, day, hour, minute);
  const shown = inZone(instant, timeZone);
  if (shown.getHours() !== hour || shown.getMinutes() !== minute) return 'skipped';
  return sameWallClock(instant, instant + 3600_000, timeZone) ? 'repeated' : 'exact';
}

/**
 * The clock changes in [start, end) in `timeZone`, each as the instant it happens and the offset
 * change in minutes (+60 when the clocks go forward).
 */
export function offsetChanges(
  start: number,
  end: number,
  timeZone: string,
): { at: number; minutes: number }[] {
  const changes: { at: number; minutes: number }[] = [];
  const step = 15 * 60_000;
  let previous = zoneOffsetMinutes(start, timeZone);
  // Offsets never change twice within 15 minutes, so sampling finds each change; a search to the
  // minute then finds when it happens.
  for (let at = start + step; at < end + step && changes.length < 10; at += step) {
    const sample = Math.min(at, end);
    const offset = zoneOffsetMinutes(sample, timeZone);
    if (offset === previous) continue;
    let low = sample - step;
    let high = sample;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zoneOffsetMinutes(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    changes.push({ at: high, minutes: offset - previous });
    previous = offset;
  }
  return changes;
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
  const { year, month, day } = wallClockOf(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The zone's offset from UTC at the instant, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  return -new TZDate(instant, timeZone).getTimezoneOffset();
}

/** An ISO-8601 instant with the zone's offset, as Google wants for `timeMin`/`timeMax`. */
export function isoWithOffset(instant: number, timeZone: string): string {
  const date = inZone(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const zone =
    offset === 0
      ? 'Z'
      : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${zonedDateKey(instant, timeZone)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
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
