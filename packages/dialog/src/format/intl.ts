/**
 * Dates, times, durations, lists and zone names as the visitor reads them: Intl, in their locale
 * and zone, with the same choices as the widget's cards (`packages/widget/src/core/datetime.ts`),
 * so what the engine says and what a card shows look alike. Ranges use `formatRange`, so the
 * locale decides the dash, the order and what is not repeated.
 */

/** The locale and the zone to say things in (a `StepContext` or `TemplateContext` is one). */
export interface FormatContext {
  locale: string;
  timeZone: string;
}

import { zonedDateKey, zoneOffsetMinutes } from './time';

// Building a DateTimeFormat is far slower than using one, and a turn formats many times.
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A malformed locale or zone from a host page must not break the chat. A bad locale alone keeps
 * the zone: times in UTC would be wrong, English words are only less friendly.
 */
function plainestWorking(
  context: FormatContext,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  for (const locale of [context.locale, 'en']) {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: context.timeZone });
    } catch {
      // Try the next, plainer one.
    }
  }
  return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
}

function dates(context: FormatContext, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${context.locale}|${context.timeZone}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = plainestWorking(context, options);
    if (cache.size > 200) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const toDate = (instant: number | string) =>
  new Date(typeof instant === 'string' ? Date.parse(instant) : instant);

type ClockOptions = Readonly<{ hour: 'numeric' | '2-digit'; minute: '2-digit' }>;
const clockOptionsByLocale = new Map<string, ClockOptions>();

/**
 * Hours and minutes, as every time is written: a 24-hour locale gets two-digit hours. Left to
 * `hour: 'numeric'`, ICU writes a single time "9:00" but a range "09:00–09:30" in en-GB, and the
 * chat would show both. The widget's cards use the same options.
 */
export function clockOptions(locale: string): ClockOptions {
  // Asked for every time formatted (40 per open-times card); resolvedOptions() is not cheap.
  let options = clockOptionsByLocale.get(locale);
  if (!options) {
    const cycle = dates({ locale, timeZone: 'UTC' }, { hour: 'numeric' }).resolvedOptions()
      .hourCycle;
    options = {
      hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric',
      minute: '2-digit',
    };
    if (clockOptionsByLocale.size > 50) clockOptionsByLocale.clear();
    clockOptionsByLocale.set(locale, options);
  }
  return options;
}
const day = { weekday: 'long', day: 'numeric', month: 'long' } as const;

/** "Tuesday 24 November" (en-GB), "Tuesday, November 24" (en-US). */
export function formatDate(instant: number | string, context: FormatContext): string {
  return dates(context, day).format(toDate(instant));
}

/** "Friday": a weekday's name, 0 for Sunday to 6 for Saturday. */
export function formatWeekdayName(weekday: number, locale: string): string {
  // 4 January 1970 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 4 + weekday),
  );
}

/** "10:00", "10:00 AM". */
export function formatTime(instant: number | string, context: FormatContext): string {
  return dates(context, clockOptions(context.locale)).format(toDate(instant));
}

/** "Tuesday 24 November at 10:00": one moment with its day (an open time, a start). */
export function formatDateTime(instant: number | string, context: FormatContext): string {
  return dates(context, { ...day, ...clockOptions(context.locale) }).format(toDate(instant));
}

/**
 * "Tuesday 24 November, 10:00–10:30 CET": a span of time with the zone's short name. Across a
 * clock change each end is said with its own zone name ("01:30 CET – 03:00 CEST"), since
 * `formatRange` would name only one and the length would look wrong.
 */
export function formatTimeRange(
  start: number | string,
  end: number | string,
  context: FormatContext,
): string {
  const [from, to] = [toDate(start), toDate(end)];
  const time = clockOptions(context.locale);
  const zoned = { ...day, ...time, timeZoneName: 'short' } as const;
  if (
    zoneOffsetMinutes(from.getTime(), context.timeZone) ===
    zoneOffsetMinutes(to.getTime(), context.timeZone)
  )
    return dates(context, zoned).formatRange(from, to);
  const sameDay =
    zonedDateKey(from.getTime(), context.timeZone) === zonedDateKey(to.getTime(), context.timeZone);
  const last = sameDay
    ? dates(context, { ...time, timeZoneName: 'short' }).format(to)
    : dates(context, zoned).format(to);
  return `${dates(context, zoned).format(from)} – ${last}`;
}

/**
 * "Monday 23 – Sunday 29 November": the days of a [start, end) range of whole days in the zone;
 * across a new year with the years ("Wednesday 30 December 2026 – Saturday 2 January 2027").
 */
export function formatDayRange(
  start: number | string,
  end: number | string,
  context: FormatContext,
): string {
  const first = toDate(start);
  const last = new Date(toDate(end).getTime() - 1);
  const year = dates(context, { year: 'numeric' });
  const options: Intl.DateTimeFormatOptions =
    year.format(first) === year.format(last) ? day : { ...day, year: 'numeric' };
  const format = dates(context, options);
  return format.format(first) === format.format(last)
    ? format.format(first)
    : format.formatRange(first, last);
}

/** "December 2026": a calendar month with its year. */
export function formatMonth(instant: number | string, context: FormatContext): string {
  return dates(context, { month: 'long', year: 'numeric' }).format(toDate(instant));
}

/** "November": a month's name (1–12) on its own. */
export function formatMonthName(month: number, locale: string): string {
  return dates({ locale, timeZone: 'UTC' }, { month: 'long' }).format(
    new Date(Date.UTC(2000, month - 1, 15)),
  );
}

/** "02:30", "2:30 AM": a wall-clock time of no particular day. */
export function formatClock(hour: number, minute: number, locale: string): string {
  return dates({ locale, timeZone: 'UTC' }, clockOptions(locale)).format(
    new Date(Date.UTC(2000, 0, 1, hour, minute)),
  );
}

function unit(locale: string, name: 'hour' | 'minute', value: number): string {
  return new Intl.NumberFormat(safeLocale(locale), {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
  }).format(value);
}

/**
 * "45 min", "2 hr", "1 hr, 30 min" (en-US; en-GB says "mins", German "Std."): a length of time
 * in the locale's own words, as `Intl.DurationFormat` with `style: 'short'` says it. That is not
 * in every runtime yet (Node 20 lacks it), so the same result is built from its parts: the
 * unit formats and the locale's list of units.
 */
export function formatDuration(minutes: number, context: Pick<FormatContext, 'locale'>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    ...(hours > 0 ? [unit(context.locale, 'hour', hours)] : []),
    ...(rest > 0 || hours === 0 ? [unit(context.locale, 'minute', rest)] : []),
  ];
  return new Intl.ListFormat(safeLocale(context.locale), { type: 'unit', style: 'short' }).format(
    parts,
  );
}

/** "ana@example.com, bo@example.com" (a plain list of values, as the locale lists units). */
export function formatValues(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(safeLocale(locale), { type: 'unit', style: 'long' }).format(items);
}

/** "Ana, Bo and Cy": people or things named in a sentence. */
export function formatAnd(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(safeLocale(locale), { type: 'conjunction' }).format(items);
}

/** "Berlin" for `Europe/Berlin`, "Buenos Aires" for `America/Argentina/Buenos_Aires`. */
export function zoneCity(timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}

function zoneNamePart(
  context: FormatContext,
  style: 'longGeneric' | 'long' | 'shortOffset',
  at: number,
): string {
  return (
    dates(context, { timeZoneName: style })
      .formatToParts(new Date(at))
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * "Central European Time (Berlin)", "India Standard Time (Kolkata)", "Coordinated Universal
 * Time": the zone as Intl names it in the visitor's language, with its city — or, `withId`,
 * with its IANA id instead ("Central European Time (Europe/Berlin)"), where the exact zone
 * matters (saying which zone is in use, or that it changed). A zone Intl has no name for is said
 * by its offset: "GMT+5:45 (Kathmandu)".
 */
export function formatZoneName(
  context: FormatContext & { now?: number },
  at = context.now ?? 0,
  { withId = false }: { withId?: boolean } = {},
): string {
  const offsetLike = /^(?:GMT|UTC)(?:[+-−]|$)/;
  const generic = zoneNamePart(context, 'longGeneric', at);
  const long = zoneNamePart(context, 'long', at);
  const city = zoneCity(context.timeZone);
  const name =
    [generic, long].find((candidate) => candidate && !offsetLike.test(candidate)) ??
    zoneNamePart(context, 'shortOffset', at);
  const place = withId ? context.timeZone : city;
  if (city === 'UTC' || name.includes(place)) return name || place;
  return `${name} (${place})`;
}
