import { findEmails } from './email';
import type { EntityContext, ExtractMode, Extraction } from './types';

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
  // Lower-case words after "with" that are not people: "with you", "with a Meet link".
  'you',
  'us',
  'them',
  'him',
  'her',
  'our',
  'your',
  'their',
  'his',
  'everyone',
  'everybody',
  'nobody',
  'no',
  'all',
  'team',
  'google',
  'zoom',
  'calendly',
  'meet',
  'video',
  'link',
]);

/**
 * Someone to look for: an email, or a name after "with"/"attendee"/"including" ("with Ana Lopez").
 * As an answer, a short line of letters is taken as the name itself.
 */
export function extractPerson(
  text: string,
  mode: ExtractMode,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  const [email] = findEmails(text);
  if (email) return { value: email };
  // A title belongs to the name: "with Dr. Smith" is Dr. Smith, not "Dr".
  const named =
    /\b(?:with|attendee|including|involving|invited|meet(?:ing)? with)\s+((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[\p{L}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)/u.exec(
      text,
    );
  if (named?.[1]) {
    const name = named[1].trim();
    if (!stopWords.has(name.toLowerCase().split(/\s+/)[0] ?? '')) return { value: name };
  }
  // "when am I meeting Bob", "when will I see Ana": a capitalised name after the verb.
  const met =
    /\b(?:meet|meeting|see|seeing)\s+((?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Today|Tomorrow|Next|This|Google|Calendly)[a-z]*\b)\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/u.exec(
      text,
    );
  if (met?.[1]) return { value: met[1].trim() };
  if (mode === 'answer') {
    const answer = text.trim().replace(/[.!?]+$/, '');
    if (/^[\p{L}][\p{L}' .-]{0,60}$/u.test(answer)) return { value: answer };
    return { problem: context.t('person.unreadable') };
  }
  return undefined;
}
