/**
 * Time arithmetic in an IANA zone, with Intl alone, so that the visitor's zone (not the
 * machine's) is used and DST is respected. Wall clocks are read with `formatToParts`; calendar
 * days are counted on plain dates (`CalendarDay`), then placed in the zone. How times are said
 * is `intl.ts`.
 */

/** A day of the calendar, of no zone: what "today", "next Monday" and "in March" count in. */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export interface WallClock extends CalendarDay {
  hour: number;
  minute: number;
  second: number;
  /** 1 (Monday) to 7 (Sunday), as in ISO 8601. */
  weekday: number;
}

const minute = 60_000;
const hour = 3600_000;
const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// A formatter per zone, made once: building one is far slower than using it.
const clocks = new Map<string, Intl.DateTimeFormat>();
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (clocks.size > 100) clocks.clear();
    clocks.set(timeZone, clock);
  }
  return clock;
}

const toMs = (instant: number | string) =>
  typeof instant === 'string' ? Date.parse(instant) : instant;

/** The wall clock as Intl says it: exact, and the costliest step of every function here. */
function readWallClock(instant: number, timeZone: string): WallClock {
  const values: Record<string, string> = {};
  for (const part of clockIn(timeZone).formatToParts(new Date(instant)))
    values[part.type] = part.value;
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    // Some runtimes say midnight as "24" even with h23.
    hour: Number(values.hour) % 24,
    minute: Number(values.minute),
    second: Number(values.second),
    weekday: weekdays[values.weekday ?? ''] ?? 1,
  };
}

/** How far the zone's wall clock is ahead of UTC at the instant, in ms, as Intl says it. */
function readOffsetMs(instant: number, timeZone: string): number {
  const wall = readWallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The offset at every quarter hour (UTC) asked about so far, per zone. A zone's offset changes a
 * few times a year at most, never twice within 15 minutes: when it is the same at both ends of a
 * quarter hour, it is that all through it, and one turn (which reads dozens of times of the same
 * few days) asks Intl a handful of times instead of hundreds.
 */
const quarter = 15 * minute;
const offsetsAtQuarters = new Map<string, Map<number, number>>();

function offsetAtQuarter(index: number, timeZone: string): number {
  let offsets = offsetsAtQuarters.get(timeZone);
  if (!offsets) {
    if (offsetsAtQuarters.size > 100) offsetsAtQuarters.clear();
    offsets = new Map();
    offsetsAtQuarters.set(timeZone, offsets);
  }
  let offset = offsets.get(index);
  if (offset === undefined) {
    offset = readOffsetMs(index * quarter, timeZone);
    if (offsets.size > 5000) offsets.clear();
    offsets.set(index, offset);
  }
  return offset;
}

function offsetMs(instant: number, timeZone: string): number {
  const index = Math.floor(instant / quarter);
  const start = offsetAtQuarter(index, timeZone);
  if (start === offsetAtQuarter(index + 1, timeZone)) return start;
  // The quarter hour the clocks change in: ask about this instant itself.
  return readOffsetMs(instant, timeZone);
}

/** The wall clock in `timeZone` at the instant: date, time and ISO weekday. */
export function wallClockOf(instant: number | string, timeZone: string): WallClock {
  const ms = toMs(instant);
  const shifted = new Date(ms + offsetMs(ms, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: ((shifted.getUTCDay() + 6) % 7) + 1,
  };
}

/** The zone's offset from UTC at the instant, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  return Math.round(offsetMs(instant, timeZone) / minute);
}

/**
 * A wall-clock moment in `timeZone`, as an instant (epoch ms). A time that does not exist (the
 * hour the clocks skip) moves forward by the gap; a time that happens twice (the hour the clocks
 * repeat) is the first of the two — the same choice as Temporal's "compatible" disambiguation.
 * Days and times out of range roll over as `Date.UTC` rolls them ("day 32" is the next month's 1st).
 */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // The offsets in force around that wall time; zones never change twice within a day.
  const before = zoneOffsetMinutes(wall - 12 * hour, timeZone);
  const after = zoneOffsetMinutes(wall + 12 * hour, timeZone);
  const fits = [before, after]
    .map((offset) => wall - offset * minute)
    .filter((instant) => zoneOffsetMinutes(instant, timeZone) * minute === wall - instant);
  // Both fit: the repeated hour, take the first. None fits: the skipped hour, the offset before
  // the change puts it that far later.
  return fits.length > 0 ? Math.min(...fits) : wall - before * minute;
}

/** What a wall-clock time in `timeZone` became: as asked, skipped by DST, or one of two. */
export type WallClockFate = 'exact' | 'skipped' | 'repeated';

/** Whether year-month-day hour:minute exists once in `timeZone` (DST gaps and overlaps). */
export function wallClockFate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
): WallClockFate {
  const instant = zonedInstant(timeZone, year, month, day, hours, minutes);
  const shown = wallClockOf(instant, timeZone);
  if (shown.hour !== hours || shown.minute !== minutes) return 'skipped';
  const later = wallClockOf(instant + hour, timeZone);
  return later.hour === hours && later.minute === minutes ? 'repeated' : 'exact';
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

/** The calendar day of the instant in `timeZone`. */
export function calendarDayOf(instant: number | string, timeZone: string): CalendarDay {
  const { year, month, day } = wallClockOf(instant, timeZone);
  return { year, month, day };
}

/** The day `days` calendar days later (or earlier), across months and years. */
export function addCalendarDays(date: CalendarDay, days: number): CalendarDay {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/**
 * The same day `months` months later, on the month's last day when it is shorter (31 January
 * plus one month is 28 or 29 February), as calendars count months.
 */
export function addCalendarMonths(date: CalendarDay, months: number): CalendarDay {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, length) };
}

/** ISO weekday of a calendar day: 1 (Monday) to 7 (Sunday). */
export function weekdayOf(date: CalendarDay): number {
  return ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
}

/** A wall-clock time on the day `instant` falls on in `timeZone`, as an instant. */
export function atClockOn(instant: number, timeZone: string, hour: number, minute: number): number {
  const { year, month, day } = calendarDayOf(instant, timeZone);
  return zonedInstant(timeZone, year, month, day, hour, minute);
}

/** Midnight of a calendar day in `timeZone`, as an instant. */
export function midnightOf(date: CalendarDay, timeZone: string): number {
  return zonedInstant(timeZone, date.year, date.month, date.day);
}

/** Midnight of the instant's day in `timeZone`, plus `days` calendar days (DST-safe). */
export function startOfZonedDay(instant: number, timeZone: string, days = 0): number {
  return midnightOf(addCalendarDays(calendarDayOf(instant, timeZone), days), timeZone);
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** `2026-11-20` for the instant's day in `timeZone`. */
export function zonedDateKey(instant: number | string, timeZone: string): string {
  const { year, month, day } = wallClockOf(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An ISO-8601 instant with the zone's offset, as Google wants for `timeMin`/`timeMax`. */
export function isoWithOffset(instant: number, timeZone: string): string {
  const wall = wallClockOf(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const zone =
    offset === 0
      ? 'Z'
      : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${zonedDateKey(instant, timeZone)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${zone}`;
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
