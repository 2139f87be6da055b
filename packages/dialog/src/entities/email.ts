import type { EntityContext, ExtractMode, Extraction } from './types';

const emailPattern = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;

/** Every email address in the text, lower-cased, in order, without repeats. */
export function findEmails(text: string): string[] {
  return [...new Set((text.match(emailPattern) ?? []).map((email) => email.toLowerCase()))];
}

export function extractEmail(
  text: string,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  const [first] = findEmails(text);
  if (first) return { value: first };
  if (text.includes('@')) return { problem: context.t('email.incomplete') };
  return undefined;
}

/** "nobody", "no one else", "just me", "no guests": no one else, however it is said. */
const nobodyElse =
  /^(?:nobody(?: else)?|no ?one(?: else)?|(?:it'?s )?(?:just|only) me|no (?:guests?|attendees?|invitees?|one else))(?: needed| required)?$/;

/**
 * Whether the text says no one else is invited. A bare "no" (or "skip") only answers the
 * question about guests: anywhere else it answers another one ("No" to a Meet link), and a "no"
 * that opens something else ("no wait, the day after") is a correction.
 */
function saysNobody(text: string, mode: ExtractMode): boolean {
  const core = text
    .toLowerCase()
    .replace(/[.!?,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\s+(?:please|thanks|thank you))+$/, '');
  // "no, nobody", "no thanks, it's just me", "no, no one else": each leading "no" in turn.
  for (let rest = core; ;) {
    if (nobodyElse.test(rest)) return true;
    const next = rest.replace(/^no(?:pe)?(?: thanks| thank you)?\s+/, '');
    if (next === rest) break;
    rest = next;
  }
  // "none" and a bare "no" answer whatever was asked: only the question about guests.
  if (mode !== 'answer') return false;
  if (/^(?:no|nope|no thanks|no thank you|skip)$/.test(core)) return true;
  return /^(?:no,? |no thanks,? )?none(?: needed| required)?$/.test(core);
}

/** Attendee lists: every email in the text; "nobody"/"no one"/"none" is an empty list. */
export function extractEmails(
  text: string,
  context: Pick<EntityContext, 't'>,
  mode: ExtractMode = 'answer',
): Extraction | undefined {
  // "ana@example.com, bob@example": inviting Ana alone would quietly drop Bob.
  const broken = incompleteAddress(text);
  if (broken) return { problem: context.t('email.incompleteNamed', { text: broken }) };
  const emails = findEmails(text);
  if (emails.length > 0) return { value: emails };
  if (saysNobody(text, mode)) return { value: [] };
  if (text.includes('@')) return { problem: context.t('email.incomplete') };
  return undefined;
}

const wholeEmail = new RegExp(`^${emailPattern.source}$`);

/** The first word with an @ that is not a whole address ("bob@example"), as typed. */
function incompleteAddress(text: string): string | undefined {
  for (const [word] of text.matchAll(/[^\s,;<>()"']*@[^\s,;<>()"']*/g)) {
    const trimmed = word.replace(/[.:!?]+$/, '');
    if (trimmed.length > 1 && !wholeEmail.test(trimmed)) return trimmed;
  }
  return undefined;
}
