/**
 * Words to compare requests by: lower-cased, punctuation and ids dropped, synonyms folded onto one
 * word ("meeting", "appointment" → "event"), filler words removed, plurals and -ing trimmed.
 */

const synonyms: Record<string, string> = {
  meeting: 'event',
  appointment: 'event',
  session: 'event',
  calls: 'event',
  call: 'event',
  entry: 'event',
  events: 'event',
  show: 'show',
  get: 'show',
  find: 'show',
  see: 'show',
  display: 'show',
  view: 'show',
  fetch: 'show',
  look: 'show',
  lookup: 'show',
  tell: 'show',
  open: 'show',
  detail: 'show',
  details: 'show',
  info: 'show',
  information: 'show',
  make: 'create',
  add: 'create',
  new: 'create',
  setup: 'create',
  put: 'create',
  set: 'create',
  pencil: 'create',
  organise: 'create',
  schedule: 'create',
  block: 'create',
  has: 'have',
  organize: 'create',
  plan: 'create',
  reserve: 'book',
  // "my next booking" is one that exists; booking one is the verb "book".
  booking: 'booked',
  bookings: 'booked',
  occupied: 'busy',
  doing: 'busy',
  unavailable: 'busy',
  blocked: 'busy',
  taken: 'busy',
  available: 'free',
  availability: 'free',
  openings: 'free',
  slot: 'free',
  slots: 'free',
  attendee: 'attendee',
  attendees: 'attendee',
  participant: 'attendee',
  participants: 'attendee',
  guest: 'invitee',
  guests: 'invitee',
  invitees: 'invitee',
  invited: 'invitee',
  registered: 'invitee',
  coming: 'invitee',
  signed: 'invitee',
  who: 'invitee',
  // Showing and listing are one wish; what is shown (one event or many) is read elsewhere.
  list: 'show',
  upcoming: 'upcoming',
  scheduled: 'upcoming',
  all: 'upcoming',
};

const stopWords = new Set(
  'a an the one i me my mine we our us you your is are am be was were do does did can could would will should please to of for on in at by and or it this that these those there what whats which when how any some just from about had like d ll'.split(
    ' ',
  ),
);

/**
 * Words of dates and times: what kind of dates a request has is read as entity features (a named
 * range, an explicit range, a time), so these words would only count the same thing twice and let
 * "Thursday afternoon" outweigh "book".
 */
const dateWords = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow tonight yesterday morning afternoon evening night noon midday midnight day days week weeks weekend weekends month months year years fortnight next last past previous coming rest later earlier am pm'.split(
    ' ',
  ),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) {
    // "creating", "scheduling", "making": the verbs whose -ing drops an e get it back.
    const base = word.slice(0, -3);
    return /^(?:creat|schedul|mak|organi[sz])$/.test(base) ? `${base}e` : base;
  }
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The comparable words of a request, in order (duplicates kept out). */
export function normalizeWords(text: string): string[] {
  // Capitalised words after the first are names and titles ("with Ana", "Design review"): they
  // say who or what, never which request, so they must not make "Ana Lopez" look like an intent.
  const named = text.replace(
    /(?<=\S\s+)(?!(?:Google|Calendly|Calendar|Meet|I|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}[\p{L}'-]*/gu,
    ' ',
  );
  const words = named
    .toLowerCase()
    // A pasted URL is an entity (a signal), not a word: both lookups of an event take one.
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+/g, ' email ')
    // "what’s", "next week’s": the possessive says nothing.
    .replace(/['’]s\b/g, '')
    .replace(/set up/g, 'setup')
    // "coming up" is upcoming; "who is coming" (invitees) is not.
    .replace(/\bcoming up\b/g, 'upcoming')
    // "my schedule" is a calendar; "schedule a meeting" is creating one.
    .replace(/\b(my|the|your) schedule\b/g, 'calendar')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (word) => word.length > 0 && !/\d/.test(word) && !stopWords.has(word) && !dateWords.has(word),
    );
  const result: string[] = [];
  for (const word of words) {
    const folded = synonyms[word] ?? synonyms[stem(word)] ?? stem(word);
    if (!result.includes(folded)) result.push(folded);
  }
  return result;
}
