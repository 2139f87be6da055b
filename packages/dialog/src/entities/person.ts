import { findEmails } from './email';
import type { ExtractMode, Extraction } from './types';

const stopWords = new Set([
  'me',
  'my',
  'the',
  'a',
  'an',
  'next',
  'this',
  'last',
  'today',
  'tomorrow',
  'events',
  'attendee',
  'attendees',
  'someone',
  'somebody',
  'anyone',
  'person',
  'people',
  'guest',
  'guests',
  'invitee',
  'invitees',
  'meetings',
]);

/**
 * Someone to look for: an email, or a name after "with"/"attendee"/"including" ("with Ana Lopez").
 * As an answer, a short line of letters is taken as the name itself.
 */
export function extractPerson(text: string, mode: ExtractMode): Extraction | undefined {
  const [email] = findEmails(text);
  if (email) return { value: email };
  const named =
    /\b(?:with|attendee|including|involving|invited|meet(?:ing)? with)\s+([\p{L}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)/u.exec(
      text,
    );
  if (named?.[1]) {
    const name = named[1].trim();
    if (!stopWords.has(name.toLowerCase().split(/\s+/)[0] ?? '')) return { value: name };
  }
  if (mode === 'answer') {
    const answer = text.trim().replace(/[.!?]+$/, '');
    if (/^[\p{L}][\p{L}' .-]{0,60}$/u.test(answer)) return { value: answer };
    return { problem: 'Give a name or an email address, for example "Ana" or ana@example.com.' };
  }
  return undefined;
}
