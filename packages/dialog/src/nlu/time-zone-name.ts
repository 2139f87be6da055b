/**
 * Place names, zone abbreviations and IANA names → the IANA zone a visitor would recognise.
 * `Intl` knows every zone of the runtime; the names below are only the ones it cannot find by a
 * city ("CET", "India", "Bay Area") and the renamed zones whose old name Intl still prefers.
 */
import { isValidTimeZone } from '../format/time';

/**
 * Abbreviations stand for the zone most people who use them live in; a summer abbreviation
 * ("CEST", "PDT") means the same zone, whose DST rules then apply all year.
 */
const aliases: Record<string, string> = {
  utc: 'UTC',
  gmt: 'UTC',
  z: 'UTC',
  zulu: 'UTC',
  uk: 'Europe/London',
  'united kingdom': 'Europe/London',
  britain: 'Europe/London',
  england: 'Europe/London',
  bst: 'Europe/London',
  ireland: 'Europe/Dublin',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  'central european': 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  wet: 'Europe/Lisbon',
  msk: 'Europe/Moscow',
  germany: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  cologne: 'Europe/Berlin',
  france: 'Europe/Paris',
  spain: 'Europe/Madrid',
  barcelona: 'Europe/Madrid',
  italy: 'Europe/Rome',
  milan: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam',
  switzerland: 'Europe/Zurich',
  geneva: 'Europe/Zurich',
  poland: 'Europe/Warsaw',
  ukraine: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  turkey: 'Europe/Istanbul',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  boston: 'America/New_York',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  austin: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  'bay area': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'silicon valley': 'America/Los_Angeles',
  'west coast': 'America/Los_Angeles',
  'east coast': 'America/New_York',
  akst: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  hawaii: 'Pacific/Honolulu',
  'rio de janeiro': 'America/Sao_Paulo',
  brazil: 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  ist: 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  calcutta: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  korea: 'Asia/Seoul',
  china: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  sgt: 'Asia/Singapore',
  vietnam: 'Asia/Ho_Chi_Minh',
  'ho chi minh city': 'Asia/Ho_Chi_Minh',
  saigon: 'Asia/Ho_Chi_Minh',
  uae: 'Asia/Dubai',
  'abu dhabi': 'Asia/Dubai',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  australia: 'Australia/Sydney',
  canberra: 'Australia/Sydney',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  'new zealand': 'Pacific/Auckland',
  wellington: 'Pacific/Auckland',
  sast: 'Africa/Johannesburg',
  'south africa': 'Africa/Johannesburg',
  'cape town': 'Africa/Johannesburg',
};

/** Zones renamed in the IANA database whose old name the runtime's Intl still reports. */
const renamed: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Africa/Asmera': 'Africa/Asmara',
};

let zoneList: string[] | undefined;
/** Every zone of the runtime, by current name; listed once (requests look words up in it). */
function knownZones(): string[] {
  if (!zoneList) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    zoneList = [...zones.map((zone) => renamed[zone] ?? zone), 'UTC'];
  }
  return zoneList;
}

/** The current name of a zone the runtime accepts ("Asia/Calcutta" → "Asia/Kolkata"). */
export function canonicalTimeZone(zone: string): string {
  return renamed[zone] ?? zone;
}

/**
 * "Berlin" → Europe/Berlin, "new york" → America/New_York, "PST" → America/Los_Angeles,
 * "asia/kolkata" → Asia/Kolkata; undefined when the place is not a zone this runtime knows.
 */
export function resolveTimeZone(place: string): string | undefined {
  const lower = place
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ');
  if (!lower) return undefined;
  const alias = aliases[lower];
  if (alias) return alias;
  const zones = knownZones();
  if (lower.includes('/')) {
    const exact = zones.find((zone) => zone.toLowerCase() === lower);
    if (exact) return exact;
    const asked = place.trim();
    if (!isValidTimeZone(asked)) return undefined;
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: asked }).resolvedOptions()
      .timeZone;
    return canonicalTimeZone(resolved);
  }
  const city = lower.replace(/ /g, '_');
  return zones.find((zone) => zone.toLowerCase().split('/').pop() === city);
}
