/**
 * Time arithmetic and wording in an IANA zone. Everything the engine and templates say about a time
 * goes through here, so that the visitor's zone (not the machine's) is used and DST is respected.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';

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

function sameWallClock(a: number, b: number, timeZone: string): boolean {
  return (
    format(inZone(a, timeZone), 'yyyy-MM-dd HH:mm') ===
    format(inZone(b, timeZone), 'yyyy-MM-dd HH:mm')
  );
}

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

/** The zone's short name at the instant ("CEST", "EDT", else "GMT+2"), as Intl says it. */
export function zoneAbbreviation(instant: number, timeZone: string): string {
  // Intl knows American abbreviations in en-US and European ones in en-GB; else it says GMT±h.
  const names = ['en-US', 'en-GB'].map(
    (locale) =>
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
  );
  return names.find((name) => !/^(?:GMT|UTC)[+-]/.test(name)) ?? names[0] ?? timeZone;
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
  const [from, to] = [start, end].map((time) =>
    typeof time === 'string' ? Date.parse(time) : time,
  );
  // Across a clock change "02:30–02:00" would look wrong: name each side's offset.
  const shifted =
    from !== undefined &&
    to !== undefined &&
    zoneOffsetMinutes(from, timeZone) !== zoneOffsetMinutes(to, timeZone);
  const mark = (time: number | string) =>
    shifted
      ? ` ${zoneAbbreviation(typeof time === 'string' ? Date.parse(time) : time, timeZone)}`
      : '';
  if (zonedDateKey(start, timeZone) === zonedDateKey(end, timeZone)) {
    return `${formatDateTime(start, timeZone)}${mark(start)}–${formatTime(end, timeZone)}${mark(end)}`;
  }
  return `${formatDateTime(start, timeZone)}${mark(start)} – ${formatDateTime(end, timeZone)}${mark(end)}`;
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

/**
 * "The clocks go back from 03:00 to 02:00 during this event." for a DST change inside
 * [start, end) in `timeZone`, so a summary like "01:30–02:30, 2 h" does not look wrong.
 */
export function clockChangeNote(start: number, end: number, timeZone: string): string | undefined {
  const [change] = offsetChanges(start, end, timeZone);
  if (!change) return undefined;
  const after = formatTime(change.at, timeZone);
  const [hours = 0, minutes = 0] = after.split(':').map(Number);
  // The wall clock just before the change reads the new time minus the jump.
  const wall = (((hours * 60 + minutes - change.minutes) % 1440) + 1440) % 1440;
  const before = `${String(Math.floor(wall / 60)).padStart(2, '0')}:${String(wall % 60).padStart(2, '0')}`;
  const direction = change.minutes > 0 ? 'forward' : 'back';
  return `The clocks go ${direction} from ${before} to ${after} during this event (${timeZone}).`;
}
