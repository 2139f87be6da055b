import type { EntityContext, Extraction } from './types';

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

/**
 * "Nobody", "none", "just me", "no guests", or a bare "no": no one else. A "no" that opens
 * something else ("no wait, the day after") is a correction, not an answer about guests.
 */
const nobodyElse =
  /^\s*(?:nobody|no one|none|just me|only me|skip|no(?:\s+(?:guests?|attendees?|invitees?|one else|thanks?|thank you))?\s*[.!]*\s*$)/i;

/** Attendee lists: every email in the text; "nobody"/"no one"/"none" is an empty list. */
export function extractEmails(
  text: string,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  // "ana@example.com, bob@example": inviting Ana alone would quietly drop Bob.
  const broken = incompleteAddress(text);
  if (broken) return { problem: context.t('email.incompleteNamed', { text: broken }) };
  const emails = findEmails(text);
  if (emails.length > 0) return { value: emails };
  if (nobodyElse.test(text)) return { value: [] };
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
