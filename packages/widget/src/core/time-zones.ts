/**
 * Time zones as a visitor recognises them: "Berlin · Central European Time · GMT+1" instead of
 * `Europe/Berlin`, with the zones most people live in first. Names and offsets come from Intl in
 * the visitor's locale, so they translate themselves and follow daylight saving.
 */
export interface ZoneOption {
  id: string;
  /** "Berlin", "New York", "UTC". */
  city: string;
  /** "Central European Time" (the generic name, the same in summer and winter). */
  name: string;
  /** "GMT+1" at the moment the list was made. */
  offset: string;
  /** Lower-case, accent-free text the search matches against. */
  search: string;
}

/** Where most visitors are; shown first, before the full list. */
export const commonZones = [
  'UTC',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Europe/Istanbul',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const;

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(id: string): string {
  if (id === 'UTC' || id === 'Etc/UTC') return 'UTC';
  return (id.split('/').at(-1) ?? id).replace(/_/g, ' ');
}

export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function zoneName(parts: Intl.DateTimeFormatPart[]): string {
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * One zone's option, or null for a zone this browser does not know. Two Intl formatters per
 * zone (building them is what costs), and the first also says the zone's canonical id.
 */
function makeOption(
  id: string,
  locale: string,
  at: number,
): { option: ZoneOption; canonical: string } | null {
  let named: Intl.DateTimeFormat;
  let offsetParts: Intl.DateTimeFormatPart[];
  try {
    named = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' });
    offsetParts = new Intl.DateTimeFormat(locale, {
      timeZone: id,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
  } catch {
    return null;
  }
  const city = zoneCity(id);
  const offset = zoneName(offsetParts);
  let name = zoneName(named.formatToParts(at));
  // Where Intl knows no name it repeats the city or gives an offset ("GMT+00:00" for UTC in
  // Chromium); saying the offset twice helps nobody.
  if (name === offset || name === city || /^(GMT|UTC)([+-]|$)/.test(name)) name = '';
  return {
    canonical: named.resolvedOptions().timeZone,
    option: {
      id,
      city,
      name,
      offset,
      search: normalizeSearch(`${city} ${id.replace(/_/g, ' ')} ${name} ${offset}`),
    },
  };
}

export function zoneOption(id: string, locale: string, at: number): ZoneOption {
  return (
    makeOption(id, locale, at)?.option ??
    makeOption('UTC', locale, at)?.option ?? {
      id,
      city: zoneCity(id),
      name: '',
      offset: '',
      search: normalizeSearch(id),
    }
  );
}

/**
 * "Berlin (GMT+1)": the short form, for the header. The offset is the one in force `at` (by
 * default now; one that changes while the chat is open is a few minutes' nit, not worth a timer).
 */
export function zoneShortLabel(id: string, locale: string, at = Date.now()): string {
  const option = zoneOption(id, locale, at);
  return option.offset && option.city !== 'UTC' ? `${option.city} (${option.offset})` : option.city;
}

/** Options for `ids`, skipping unknown zones and zones already `seen` (under any name). */
function optionsFor(
  ids: readonly string[],
  locale: string,
  at: number,
  seen: Set<string>,
): ZoneOption[] {
  const options: ZoneOption[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    const made = makeOption(id, locale, at);
    if (!made || seen.has(made.canonical)) continue;
    seen.add(id).add(made.canonical);
    options.push(made.option);
  }
  return options;
}

/** The suggestions: the current zone, the browser's, then the zones most people live in. */
export function suggestedZones(
  locale: string,
  current: string,
  at = Date.now(),
  browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): ZoneOption[] {
  return optionsFor([current, browserZone, ...commonZones].filter(Boolean), locale, at, new Set());
}

/**
 * Every other zone the browser knows, sorted by city. A few hundred zones take a noticeable
 * moment to label, so the picker asks for these after it has shown the suggestions.
 */
export function otherZones(locale: string, exclude: ZoneOption[], at = Date.now()): ZoneOption[] {
  const seen = new Set<string>();
  // The suggestions' canonical ids are known again from their own formatters.
  for (const zone of exclude) {
    seen.add(zone.id);
    const made = makeOption(zone.id, locale, at);
    if (made) seen.add(made.canonical);
  }
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const collator = new Intl.Collator(locale);
  return optionsFor(supported, locale, at, seen).sort((a, b) => collator.compare(a.city, b.city));
}

/** Both lists at once (tests, and anything that does not mind the wait). */
export function zoneOptions(
  locale: string,
  current: string,
  at: number,
  browserZone?: string,
): { suggested: ZoneOption[]; others: ZoneOption[] } {
  const suggested = suggestedZones(locale, current, at, browserZone);
  return { suggested, others: otherZones(locale, suggested, at) };
}

/** The options whose city, id, name or offset contain every word of the query. */
export function searchZones(options: ZoneOption[], query: string): ZoneOption[] {
  const words = normalizeSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => words.every((word) => option.search.includes(word)));
}
