/**
 * A marked catalogue, to prove that every word the chat says comes from the catalogue: each
 * message becomes its key and its placeholders between ⟦ ⟧ ("⟦calendly.schedule.booked {name}
 * {when} {email}⟧"), with no English left in it. A run of the transcripts in it then shows any
 * word that did not come from the catalogue: a sentence that is not one mark, or English text
 * (a catalogue message's words, or an English date) between the marks.
 */
import type { Catalogue, Effect, Message, MessageBlock } from '@slotchat/dialog';

const open = '⟦';
const close = '⟧';

function placeholders(form: string): string[] {
  return [...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

function mark(key: string, form: string): string {
  return `${open}${key}${placeholders(form)
    .map((name) => ` {${name}}`)
    .join('')}${close}`;
}

/** The catalogue with every message (each plural form too) replaced by its mark. */
export function markedCatalogue(english: Catalogue): Catalogue {
  const marked: Record<string, Message> = {};
  for (const [key, message] of Object.entries(english)) {
    marked[key] =
      typeof message === 'string'
        ? mark(key, message)
        : {
            ...Object.fromEntries(
              Object.entries(message).map(([form, text]) => [form, mark(`${key}#${form}`, text)]),
            ),
            other: mark(`${key}#other`, message.other),
          };
  }
  return marked;
}

/** True when the text is exactly one mark: it opens at the start and closes only at the end. */
export function isOneMark(text: string): boolean {
  if (!text.startsWith(open) || !text.endsWith(close)) return false;
  let depth = 0;
  for (const [index, character] of [...text].entries()) {
    if (character === open) depth += 1;
    if (character === close) depth -= 1;
    if (depth === 0 && index < [...text].length - 1) return false;
  }
  return depth === 0;
}

/** The text without the marks' structure: what is left is what the messages were given. */
function betweenMarks(text: string): string {
  return text.replace(/⟦[\w.#-]*/g, ' ').replace(/⟧/g, ' ');
}

interface Visible {
  /** Where it is, for the failure message. */
  where: string;
  text: string;
  /** A sentence or a name of the chat's own: it must be one mark (each line, for lists). */
  ownWords: boolean;
  /** The provider's data (an event's title), or the chat's words for its absence. */
  data?: boolean;
}

/** The strings a block shows a visitor, and which of them are the chat's own sentences. */
function visibleStrings(block: MessageBlock): Visible[] {
  const own = (where: string, text: string): Visible => ({ where, text, ownWords: true });
  const shown = (where: string, text: string): Visible => ({ where, text, ownWords: false });
  const data = (where: string, text: string): Visible => ({
    where,
    text,
    ownWords: false,
    data: true,
  });
  switch (block.type) {
    case 'text':
      return block.text.split('\n').map((line) => own('text', line));
    case 'quick-replies':
      return block.options.map((option) => own('quick reply', option.label));
    case 'event':
      return [data('event title', block.event.title)];
    case 'event-list':
      return [own('list title', block.title), own('list empty text', block.emptyText)];
    case 'busy-timeline':
      return [
        own('timeline title', block.title),
        own('timeline empty text', block.emptyText),
        ...block.busy.flatMap((slot) => (slot.title ? [data('busy slot', slot.title)] : [])),
      ];
    case 'invitees':
      return [data('invitees event', block.eventName), own('invitees empty', block.emptyText)];
    case 'event-types':
      return [];
    case 'time-slots':
      return [own('time slots empty text', block.emptyText)];
    case 'confirmation':
      return [
        own('confirmation title', block.title),
        ...block.fields.flatMap((field) => [
          own('confirmation label', field.label),
          shown(`confirmation value (${field.label})`, field.value),
        ]),
        ...block.options.map((option) => own('confirmation button', option.label)),
      ];
    case 'booking':
      return [data('booking event', block.eventName)];
    case 'auth':
      return [own('auth reason', block.reason)];
    case 'error':
      return [own('error title', block.title), own('error message', block.message)];
  }
}

/** English day and month names that German does not share (it has April, August, November). */
const englishDateWords =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|May|June|July|October|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Jun|Jul|Oct|Dec)\b|\b(?:AM|PM)\b/;

/** Pieces of the English messages long enough that finding one means it was written in code. */
function englishPieces(english: Catalogue): { phrases: Set<string>; words: Set<string> } {
  const phrases = new Set<string>();
  const words = new Set<string>();
  for (const message of Object.values(english)) {
    for (const form of typeof message === 'string' ? [message] : Object.values(message)) {
      for (const piece of (form ?? '').split(/\{\w+\}/)) {
        const trimmed = piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
        if (trimmed.split(/\s+/).length >= 2 && trimmed.replace(/\P{L}/gu, '').length >= 6)
          phrases.add(trimmed);
        else if (/^\p{Lu}\p{Ll}+$/u.test(trimmed) && piece.trim() === form?.trim())
          words.add(trimmed);
      }
    }
  }
  return { phrases, words };
}

export interface MarkedCheckOptions {
  /** Also refuse English day and month names: the run was in another locale. */
  dates?: 'any' | 'not-english';
}

/**
 * Every way the blocks said in a marked run show words that are not the catalogue's: a sentence
 * of the chat's own that is not one mark, English from a message written in code, a bare key,
 * or (in another locale) an English date.
 */
export function unmarkedWords(
  effects: readonly Effect[],
  english: Catalogue,
  options: MarkedCheckOptions = {},
): string[] {
  const { phrases, words } = englishPieces(english);
  const keys = new Set(Object.keys(english));
  const problems: string[] = [];
  const blocks = effects.flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []));
  const visible = blocks.flatMap(visibleStrings);
  // What the provider wrote (event titles and names) may be anything, dates included.
  const data = visible
    .filter((entry) => entry.data && !entry.text.includes(open))
    .map((entry) => entry.text)
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const { where, text, ownWords } of visible) {
    if (ownWords && !isOneMark(text)) problems.push(`${where} is not one message: “${text}”`);
    const rest = betweenMarks(text);
    if (keys.has(text.trim())) problems.push(`${where} is a bare key: “${text}”`);
    for (const phrase of phrases)
      if (rest.includes(phrase))
        problems.push(`${where} has English from code: “${phrase}” in “${text}”`);
    for (const part of rest.split(/\s{2,}/).map((piece) => piece.trim()))
      if (words.has(part)) problems.push(`${where} has an English word from code: “${part}”`);
    const withoutData = data.reduce((remaining, datum) => remaining.split(datum).join(' '), rest);
    if (options.dates === 'not-english' && englishDateWords.test(withoutData))
      problems.push(`${where} has an English date: “${text}”`);
  }
  return [...new Set(problems)];
}
