/**
 * Dates and times as the visitor reads them: Intl, in their locale and time zone. Ranges use
 * `formatRange`, so the locale decides the dash, the order and what is not repeated; nothing
 * here glues formatted pieces together. Hours and minutes take the engine's options
 * (`clockOptions`), so a card and the bot's words write a time alike.
 */

import {
  clockOptions,
  formatDate,
  formatDateTime,
  formatDuration,
  formatTime as formatClockTime,
  isValidTimeZone,
  wallClockOf,
  zonedDateKey,
} from '@slotchat/dialog';

/** The zone, or UTC when this runtime does not know it (a card must still render). */
export function safeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

// Building a DateTimeFormat is far slower than using one; cards format hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(locale, options);
    } catch {
      cached = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, cached);
  }
  return cached;
}

const day = { weekday: 'long', day: 'numeric', month: 'long' } as const;

/** "10:00" or "10:00 AM" (the engine's format, so a card and the bot write a time alike). */
export function formatTime(iso: string | number, locale: string, timeZone: string): string {
  return formatClockTime(iso, { locale, timeZone: safeZone(timeZone) });
}

/**
 * "10:00 – 11:30": the times of a range, for a list already grouped under its day. A range past
 * midnight names its days ("Fri 11 Dec, 22:00 – Sat 12 Dec, 02:00"): two bare times would read
 * as the same day.
 */
export function formatTimeRange(
  start: string,
  end: string,
  locale: string,
  timeZone: string,
): string {
  const zone = safeZone(timeZone);
  const sameDay = dayKey(start, zone) === dayKey(end, zone);
  const options = sameDay
    ? { ...clockOptions(locale), timeZone: zone }
    : ({
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        ...clockOptions(locale),
        timeZone: zone,
      } as const);
  return formatter(locale, options).formatRange(new Date(start), new Date(end));
}

/** "Tuesday 24 November". */
export function formatDay(iso: string, locale: string, timeZone: string): string {
  return formatDate(iso, { locale, timeZone: safeZone(timeZone) });
}

/** "Tuesday 24 November at 10:00": one moment with its day (a picked time, said back). */
export function formatDayTime(iso: string, locale: string, timeZone: string): string {
  return formatDateTime(iso, { locale, timeZone: safeZone(timeZone) });
}

/** The zone's offset at an instant in minutes, to see a clock change between two instants. */
function offsetAt(iso: string, timeZone: string): string {
  return (
    formatter('en-US', { timeZone: safeZone(timeZone), timeZoneName: 'longOffset' })
      .formatToParts(new Date(iso))
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * "Tuesday, 24 November, 10:00 – 11:00 CET" (Intl's own range format, so no duplicated day).
 * Across a clock change each end carries its own zone name ("01:30 CET – 03:00 CEST"): one name
 * for both would make the length look wrong.
 */
export function formatRange(start: string, end: string, locale: string, timeZone: string): string {
  const zoned = {
    ...day,
    ...clockOptions(locale),
    timeZone: safeZone(timeZone),
    timeZoneName: 'short',
  } as const;
  if (offsetAt(start, timeZone) === offsetAt(end, timeZone))
    return formatter(locale, zoned).formatRange(new Date(start), new Date(end));
  const last =
    dayKey(start, timeZone) === dayKey(end, timeZone)
      ? formatter(locale, {
          ...clockOptions(locale),
          timeZone: safeZone(timeZone),
          timeZoneName: 'short',
        })
      : formatter(locale, zoned);
  return `${formatter(locale, zoned).format(new Date(start))} – ${last.format(new Date(end))}`;
}

/** All-day events carry dates (`YYYY-MM-DD`, end exclusive); shown without a zone shift. */
export function formatDateRange(start: string, endExclusive: string, locale: string): string {
  const first = new Date(`${start}T00:00:00Z`);
  const last = new Date(Date.parse(`${endExclusive}T00:00:00Z`) - 86_400_000);
  const dates = formatter(locale, { ...day, timeZone: 'UTC' });
  return last <= first ? dates.format(first) : dates.formatRange(first, last);
}

/** "30 min", "1 hr", "1 hr, 30 min": the engine's words for a length. */
export function formatMinutes(minutes: number, locale: string): string {
  return formatDuration(minutes, { locale });
}

/** "9 AM" / "09": an hour of any day, for the marks on a timeline axis. */
export function formatHourOfDay(hour: number, locale: string): string {
  return formatter(locale, { hour: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hour)),
  );
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone, for grouping lists by day. */
export function dayKey(iso: string, timeZone: string): string {
  return zonedDateKey(iso, safeZone(timeZone));
}

/** Minutes after local midnight of an instant in a zone. */
export function minuteOfDay(iso: string, timeZone: string): number {
  const { hour, minute } = wallClockOf(iso, safeZone(timeZone));
  return hour * 60 + minute;
}
