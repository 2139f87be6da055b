import { isValidTimeZone } from '../format/time';

const aliases: Record<string, string> = {
  utc: 'UTC',
  gmt: 'Etc/GMT',
  uk: 'Europe/London',
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  cet: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  germany: 'Europe/Berlin',
  france: 'Europe/Paris',
  india: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  japan: 'Asia/Tokyo',
  beijing: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
};

function knownZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** "Berlin" → Europe/Berlin, "new york" → America/New_York, "Asia/Tokyo" as is; undefined when unknown. */
export function resolveTimeZone(place: string): string | undefined {
  const lower = place.trim().toLowerCase();
  if (aliases[lower]) return aliases[lower];
  if (lower.includes('/') && isValidTimeZone(place.trim())) {
    return new Intl.DateTimeFormat('en-US', { timeZone: place.trim() }).resolvedOptions().timeZone;
  }
  const city = lower.replace(/\s+/g, '_');
  return knownZones().find((zone) => zone.toLowerCase().split('/').pop() === city);
}
