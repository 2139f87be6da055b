/** Dates and times as the visitor reads them: Intl, in their locale and time zone. */

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function formatTime(iso: string | number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: safeZone(timeZone),
  }).format(new Date(iso));
}

export function formatDay(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: safeZone(timeZone),
  }).format(new Date(iso));
}

/** "Tuesday, 24 November, 10:00 – 11:00" (Intl's own range format, so no duplicated day). */
export function formatRange(start: string, end: string, locale: string, timeZone: string): string {
  const formatter = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: safeZone(timeZone),
    timeZoneName: 'short',
  });
  return formatter.formatRange(new Date(start), new Date(end));
}

/** All-day events carry dates (`YYYY-MM-DD`, end exclusive); shown without a zone shift. */
export function formatDateRange(start: string, endExclusive: string, locale: string): string {
  const first = new Date(`${start}T00:00:00Z`);
  const last = new Date(Date.parse(`${endExclusive}T00:00:00Z`) - 86_400_000);
  const formatter = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return last <= first ? formatter.format(first) : formatter.formatRange(first, last);
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone, for grouping lists by day. */
export function dayKey(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: safeZone(timeZone),
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
