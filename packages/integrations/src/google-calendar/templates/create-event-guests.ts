/**
 * Who is invited to a new event: email addresses as given, and people named without one ("with
 * Ana"), whose address is asked for instead of quietly leaving them out.
 */
import {
  internalSlot,
  formatAnd,
  formatValues,
  type Extraction,
  type SlotDefinition,
  type SlotValues,
  type TemplateContext,
} from '@slotchat/dialog';
import { key, words } from '../../strings/words';

const title = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?`;
const name = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** Capitalised words after "with" that are not people. */
const notPeople =
  /^(?:Google|Meet|Zoom|Teams|Calendly|I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Today|Tomorrow|Next|This|The)\b/;
const people = new RegExp(
  String.raw`\bwith\s+(${title}${name}(?:\s*(?:,|and|&)\s*${title}${name})*)`,
  'gu',
);

/** "with Ana and Dr. Bo Lee" → ["Ana", "Dr. Bo Lee"]; none when emails are given for them. */
export function readPeople(text: string): string[] {
  if (/\S+@\S+/.test(text)) return [];
  const found: string[] = [];
  for (const match of text.matchAll(people)) {
    for (const part of (match[1] ?? '').split(/\s*(?:,|\band\b|&)\s*/)) {
      const person = part.trim();
      if (person && !notPeople.test(person) && !found.includes(person)) found.push(person);
    }
  }
  return found.slice(0, 10);
}

export function namedPeople(slots: SlotValues): string[] {
  return Array.isArray(slots.people) ? slots.people.map(String) : [];
}

/** People named in the request, kept so their addresses can be asked for. */
export const peopleSlot: SlotDefinition = internalSlot({
  name: 'people',
  entity: 'text',
  extract: (text, _context, mode): Extraction | undefined => {
    if (mode === 'answer') return undefined;
    const found = readPeople(text);
    return found.length > 0 ? { value: found } : undefined;
  },
});

/** The addresses of the people named without one: asked for, or "skip" to leave them out. */
export const guestEmailsSlot: SlotDefinition = {
  name: 'guestEmails',
  label: key('google.createEvent.guestEmails.label'),
  entity: 'emails',
  // Only while nobody has an address yet: "with Ana" and then "add ana@example.com" is enough.
  when: (slots) =>
    namedPeople(slots).length > 0 &&
    !(Array.isArray(slots.attendees) && slots.attendees.length > 0),
  prompt: (slots, context) => {
    const names = namedPeople(slots);
    return words(context, 'google.createEvent.guestEmails.prompt', {
      count: names.length,
      names: formatAnd(names, context.locale),
    });
  },
  hint: key('google.createEvent.guestEmails.hint'),
  fromRequest: false,
};

/** Everyone to invite: the addresses given with the request and those asked for. */
export function guests(slots: SlotValues): string[] {
  const given = Array.isArray(slots.attendees) ? slots.attendees.map(String) : [];
  const asked = Array.isArray(slots.guestEmails) ? slots.guestEmails.map(String) : [];
  return [...new Set([...given, ...asked])];
}

/** "ana@example.com" or "Only you (Ana is not invited: no email address)". */
export function guestSummary(slots: SlotValues, context: TemplateContext): string {
  const all = guests(slots);
  const left =
    Array.isArray(slots.guestEmails) && slots.guestEmails.length === 0 ? namedPeople(slots) : [];
  const list =
    all.length > 0
      ? formatValues(all, context.locale)
      : words(context, 'google.createEvent.attendees.onlyYou');
  if (left.length === 0) return list;
  return words(context, 'google.createEvent.attendees.uninvited', {
    list,
    names: formatAnd(left, context.locale),
    count: left.length,
  });
}
