/**
 * English words the entity extractors share: numbers said in words ("two weeks", "ninety
 * minutes"), month names, full or abbreviated ("Sept", "December"), and "all day".
 */

/** "All day", "all-day", "the whole day", "a full-day …": when an event is, never its name. */
export const saysAllDay = /\b(?:all[- ]day|(?:the\s+)?(?:whole|full|entire)[- ]day)\b/i;

/** Numbers a visitor spells out, as counts of days, weeks, minutes or hours. */
export const numberWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  'twenty five': 25,
  thirty: 30,
  'thirty-five': 35,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'a couple of': 2,
  couple: 2,
};

/** Month words as regular-expression alternatives (no group of their own). */
export const monthAlternatives =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const monthPrefixes = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** The month a word names, 0 for January to 11 for December; -1 when it names none. */
export function monthIndexOf(word: string): number {
  return monthPrefixes.indexOf(word.toLowerCase().slice(0, 3));
}

/** What a correction or a follow-up opens with: "no wait,", "actually", "make it", "what about". */
const openingWords =
  /^(?:(?:no+|wait|actually|sorry|oh|ok|okay|hmm+|um+|so|and|then|make it|move it(?: to)?|change it to|let'?s (?:do|say|make it)|rather|instead|how about|what about|maybe)\b[,!.\s]*)*/i;

/**
 * What follows `phrase` when the text opens with it, after those words ("no wait, the day after"
 * → ""); undefined when the phrase is not how the text opens ("description: prep the day after").
 */
export function afterOpening(text: string, phrase: RegExp): string | undefined {
  const rest = text.trim().replace(openingWords, '');
  const found = new RegExp(`^(?:${phrase.source})`, phrase.flags.replace('g', '')).exec(rest);
  return found ? rest.slice(found[0].length) : undefined;
}

/**
 * Text with nothing that changes the meaning: punctuation, "that", "instead", "please", and the
 * `alsoMeaningless` phrases a caller adds (alternatives of a regex source).
 */
export function nothingMoreThan(alsoMeaningless?: string): RegExp {
  const words = `that|then|instead|please|thanks${alsoMeaningless ? `|${alsoMeaningless}` : ''}`;
  return new RegExp(String.raw`^[\s,.!?]*(?:(?:${words})\b[\s,.!?]*)*$`, 'i');
}

/** Nothing that changes the meaning: punctuation, "that", "instead", "please". */
export const nothingMore = nothingMoreThan();
