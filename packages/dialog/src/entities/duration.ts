import type { EntityContext, Extraction } from './types';
import { numberWords } from './words';

const units: Record<string, number> = {
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
};

const wordAlternatives = Object.keys(numberWords)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "in 2 hours", "an hour from now": when it starts, not how long it lasts. */
const startsIn = new RegExp(
  `\\b(?:(?:in|within) (?:the next )?(?:(?:\\d{1,4}|${wordAlternatives}|half an?) )?(?:hours?|hrs?|minutes?|mins?)|(?:\\d{1,4}|${wordAlternatives}) (?:hours?|hrs?|minutes?|mins?) from now)\\b`,
  'g',
);

/** An amount of time, as `extractDuration` reads it: "an hour", "30 minutes", "1.5h". */
const amount = `(?:\\d{1,4}(?:\\.\\d+)?\\s*(?:hours?|hrs?|h|minutes?|mins?|m)|(?:${wordAlternatives}|half an?)\\s+(?:hours?|hrs?|minutes?|mins?)|a quarter of an? hour)`;

/**
 * "an hour later", "30 minutes earlier", "back by 2 hours", "forward an hour": a move of the
 * start (entities/date-time.ts), not a length. Groups: the amount and its direction, either way
 * round.
 */
export const shiftBy = new RegExp(
  `\\b(?:by\\s+)?(${amount})\\s+(later|earlier|sooner|back|forward)\\b|\\b(back|forward|later|earlier)\\s+(?:by\\s+)?(${amount})`,
  'i',
);
const shifts = new RegExp(shiftBy.source, 'gi');

/** "an hour and 15 minutes", "two hours 30 minutes", "an hour and a quarter", "one hour fifteen". */
const hoursAndMinutes = new RegExp(
  `\\b(\\d{1,2}|${wordAlternatives}) (?:hours?|hrs?),?(?: and)? (?:(a quarter|a half)|(\\d{1,2}|${wordAlternatives}) (?:minutes?|mins?)\\b|(15|30|45|fifteen|thirty|forty-five|forty five)(?=\\s*(?:[,.!?]|$)))`,
);

/**
 * "30 minutes", "1.5 hours", "1h30", "an hour", "half an hour", "a quarter of an hour",
 * "ninety minutes", "two and a half hours", "90m" → minutes.
 */
export function extractDuration(
  text: string,
  context: Pick<EntityContext, 't'>,
): Extraction | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').replace(startsIn, ' ').replace(shifts, ' ');
  if (/\bthree quarters? of an? hour\b/.test(lower)) return { value: 45 };
  if (/\b(?:a )?quarter(?: of an? |-| )hour\b/.test(lower)) return { value: 15 };
  if (/\b(?:half an? hour|half-hour|half hour)\b/.test(lower)) return { value: 30 };
  const andAHalf = new RegExp(
    `\\b(\\d{1,2}|${wordAlternatives})(?: and a half (?:hours?|hrs?)| (?:hours?|hrs?) and a half)\\b`,
  ).exec(lower);
  if (andAHalf?.[1]) return checked(Math.round((countOf(andAHalf[1]) + 0.5) * 60), context);
  const both = hoursAndMinutes.exec(lower);
  if (both?.[1]) {
    const minutes = both[2]
      ? both[2] === 'a quarter'
        ? 15
        : 30
      : countOf(both[3] ?? both[4] ?? '');
    return checked(countOf(both[1]) * 60 + minutes, context);
  }
  const compound =
    /\b(\d{1,2})\s*h(?:ours?|rs?)?\s*(?:and\s+)?(\d{1,2})\s*m?(?:in(?:utes?|s)?)?\b/.exec(lower);
  if (compound) return checked(Number(compound[1]) * 60 + Number(compound[2]), context);
  const simple = /\b(\d{1,4}(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b/.exec(lower);
  if (simple?.[1] && simple[2])
    return checked(Math.round(Number(simple[1]) * (units[simple[2]] ?? 1)), context);
  const worded = new RegExp(`\\b(${wordAlternatives})[ -](hours?|hrs?|minutes?|mins?)\\b`).exec(
    lower,
  );
  // "wait a minute" is not a length anyone books.
  if (worded?.[1] && worded[2] && !(/^an?$/.test(worded[1]) && worded[2].startsWith('min')))
    return checked(countOf(worded[1]) * (units[worded[2]] ?? 1), context);
  return undefined;
}

function countOf(word: string): number {
  return /^\d/.test(word) ? Number(word) : (numberWords[word] ?? 0);
}

function checked(minutes: number, context: Pick<EntityContext, 't'>): Extraction {
  if (minutes < 5) return { problem: context.t('duration.tooShort') };
  if (minutes > 24 * 60) return { problem: context.t('duration.tooLong') };
  return { value: minutes };
}
