/**
 * A zone the request itself names for its times: "9am PST", "3-5pm new york time", "at 10:00
 * UTC". Its dates and times are read in that zone (the instants stay right; cards still show
 * them in the visitor's own zone). "Use Berlin time" on its own is a command (`nlu/commands.ts`)
 * that changes the visitor's zone for good; this is for one request.
 */
import { resolveTimeZone } from '../nlu/time-zone-name';
import type { EntityContext } from './types';

/** An abbreviation right after a clock time: "9am PST", "10:00 UTC", "3pm (CET)". */
const afterClockTime =
  /\d(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\(?([a-z]{1,5})\)?(?![\p{L}/])/giu;
/** "<place> time": "new york time", "in Tokyo time". */
const placeTime = /((?:\p{L}+[ -]){0,2}\p{L}+)\s+time\b/giu;

export function zoneNamedIn(text: string): string | undefined {
  for (const [, word] of text.matchAll(afterClockTime)) {
    // "am", "on", "for" and the like name no zone, so resolving them finds nothing.
    const zone = word ? resolveTimeZone(word) : undefined;
    if (zone) return zone;
  }
  for (const [, place] of text.matchAll(placeTime)) {
    const words = (place ?? '').split(/[ -]/);
    // The longest ending of the words that names a zone: "meet new york" → "new york".
    for (let start = 0; start < words.length; start += 1) {
      const zone = resolveTimeZone(words.slice(start).join(' '));
      if (zone) return zone;
    }
  }
  return undefined;
}

/** The context to read `text` in: the zone it names, or the visitor's. */
export function readingContext<T extends EntityContext>(text: string, context: T): T {
  const zone = zoneNamedIn(text);
  return zone && zone !== context.timeZone ? { ...context, timeZone: zone } : context;
}
