/**
 * Day and time words as visitors type them, rewritten the way every reader of a message
 * (intents, named ranges, chrono, titles) knows them, before any of them reads it: misspelt and
 * short day names ("tmrw", "weds", "wensday"), holidays ("on christmas day"), and clock times
 * said in words ("20 to 5", "quarter past 3", "half 2"). Without this, chrono reads "20 to 5"
 * as 20:00 until 05:00, skips "tues", and a time beside "christmas day" lands on today.
 */

import { numberWords } from '../entities/words';

/** Minutes said in words before "past" or "to": the numbers, and a quarter or half an hour. */
const minuteWords: Readonly<Record<string, number>> = { ...numberWords, quarter: 15, half: 30 };

/** Words before a day name that make a short form ("tues", "weds") a day, not a name. */
const dayContext = String.raw`(?:(?<=\b(?:on|this|next|last|by|until|till|from|to|or|and|before|after|every|since|free|busy|available|for|about)\s+)|^)`;
/** Or what follows it: a time, a part of the day, the end of the sentence ("weds at 3", "tues?"). */
const dayFollows = String.raw`(?=\s+(?:at|morning|afternoon|evening|night|\d)|\s*[?.!,]|\s*$)`;

const spellings: [RegExp, string][] = [
  [
    /\b(?:tomorow|tommorow|tommorrow|tomorro|tomrrow|tommorw|tmrw|tmrow|tmr|tmw|2moro|2morrow)\b/gi,
    'tomorrow',
  ],
  [/\b(?:tonite|2nite)\b/gi, 'tonight'],
  [/\b(?:mondy|monady)\b/gi, 'monday'],
  [/\b(?:tusday|tuseday|teusday)\b/gi, 'tuesday'],
  [new RegExp(String.raw`${dayContext}tues\b|\btues${dayFollows}`, 'gi'), 'tuesday'],
  [/\b(?:wensday|wendsday|wednsday|wedensday|wedsday|wednesay)\b/gi, 'wednesday'],
  [new RegExp(String.raw`${dayContext}weds\b|\bweds${dayFollows}`, 'gi'), 'wednesday'],
  [/\b(?:thrusday|thursay|thurday|thusday)\b/gi, 'thursday'],
  [/\b(?:firday|fryday|friady)\b/gi, 'friday'],
  [/\b(?:saterday|saturady|satruday)\b/gi, 'saturday'],
  [/\b(?:sundy|sunady)\b/gi, 'sunday'],
];

/** Words before a holiday that make it a date ("on christmas eve"), not a title's words. */
const datePrepositions = String.raw`on|for|at|until|till|to|from|between|before|after|over|and|by|is|of|free|busy|available`;
const dateContext = String.raw`(?<=\b(?:${datePrepositions})\s+)(?:the\s+)?`;

/** A holiday is a date when a time or the end of the message follows ("drinks xmas eve at 6pm"). */
const dateAfter = String.raw`(?=\s+(?:at\s+(?:\d|noon\b|midday\b|midnight\b)|from\s+\d|for\s+\d|(?:until|till|morning|afternoon|evening|night)\b)|\s*[?.!]*\s*$)`;

/** Before a holiday, the words that make it a date in any case ("on Christmas Eve"). */
const afterPreposition = new RegExp(String.raw`\b(?:${datePrepositions})\s+(?:the\s+)?$`, 'i');

/** The same holiday as a date: after a preposition, or before a time or the end. */
function holiday(name: string): RegExp {
  return new RegExp(String.raw`${dateContext}${name}\b|\b(?:the\s+)?${name}${dateAfter}`, 'gi');
}

/**
 * Holidays with a fixed date, when the words are a date ("on christmas day", "christmas eve",
 * "between christmas and new year"), not part of a title ("Christmas party").
 */
const holidays: [RegExp, string][] = [
  [holiday(String.raw`(?:christmas|xmas)\s+eve`), 'December 24'],
  [holiday(String.raw`boxing\s+day`), 'December 26'],
  [holiday(String.raw`new\s+year(?:['’]?s)?\s+eve`), 'December 31'],
  [holiday(String.raw`new\s+year(?:['’]?s)?\s+day`), 'January 1'],
  [holiday(String.raw`(?:christmas|xmas)\s+day`), 'December 25'],
  // "Christmas week": the Monday-to-Sunday week it falls in (entities/date-range.ts).
  [holiday(String.raw`(?:christmas|xmas)\s+week`), 'the week of December 25'],
  [
    holiday(
      String.raw`(?:christmas|xmas)(?!\s+(?:party|dinner|lunch|drinks|market|shopping|break|holidays?|eve|day))`,
    ),
    'December 25',
  ],
  [
    holiday(String.raw`new\s+year(?:['’]?s)?(?!\s+(?:party|dinner|drinks|resolutions?|eve|day))`),
    'January 1',
  ],
];

const hourPattern = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const minutePattern = String.raw`(\d{1,2}|five|ten|quarter|twenty(?:[- ]five)?|half)`;
/** The hour ends there (or am/pm follows), and is not a count ("20 to 25 minutes"). */
const notAnHour = String.raw`(?=[ap]\.?m\b|\b)(?![:.]\d|\s*(?:minutes?|mins?|hours?|hrs?|people|persons?|guests?|%))`;

const pastTheHour = new RegExp(
  String.raw`\b${minutePattern}\s+(?:minutes?\s+)?(?:past|after)\s+${hourPattern}${notAnHour}`,
  'gi',
);
/** "20 to 5" but not the range "from 10 to 11" (see `toTheHour`). */
const toTheHour = new RegExp(
  String.raw`(?<!\b(?:from|between)\s+)\b${minutePattern}\s+(?:minutes?\s+)?(?:to|before|till|til)\s+${hourPattern}${notAnHour}`,
  'gi',
);
/**
 * British "half 2": half past two — after "at", or where a time may end ("make it half 2",
 * "tomorrow half 2 for an hour"), not before another word ("Half 2 planning" may be a title).
 */
const halfTheHour = new RegExp(
  String.raw`(?<=\b(?:at|from|until|till|by|around)\s+)half\s+${hourPattern}${notAnHour}|\bhalf\s+${hourPattern}${notAnHour}(?=\s*(?:[ap]\.?m\b|[?.!,]|$)|\s+(?:for|on|at|tomorrow|today|tonight|please|then|instead|next|this|and|or)\b)`,
  'gi',
);

function valueOf(word: string): number {
  return minuteWords[word.toLowerCase()] ?? Number(word);
}

const clock = (hour: number, minute: number) => `${hour}:${String(minute).padStart(2, '0')}`;

/** "at 17h", "17h30", "at 1730": the continental and military ways of writing a time. */
const hourMark = /\b(?:(at\s+)(\d{1,2})|(1[3-9]|2[0-3]))h(\d{2})?\b/gi;
// Not 19xx or 20xx: "at 2026 prices" is a year.
const fourDigits = /\b(at\s+)(0\d|1[0-8])([0-5]\d)\b(?!\s*(?:hours?|hrs?|minutes?|mins?))/gi;

function clockTimes(text: string): string {
  return text
    .replace(
      hourMark,
      (
        _whole,
        at: string | undefined,
        hour: string | undefined,
        late: string | undefined,
        minutes?: string,
      ) => `${at ?? ''}${clock(Number(hour ?? late), Number(minutes ?? 0))}`,
    )
    .replace(
      fourDigits,
      (_whole, at: string, hour: string, minutes: string) =>
        `${at}${clock(Number(hour), Number(minutes))}`,
    )
    .replace(pastTheHour, (whole, minutes: string, hours: string) => {
      const [minute, hour] = [valueOf(minutes), valueOf(hours)];
      return minute >= 1 && minute <= 59 && hour >= 1 && hour <= 12 ? clock(hour, minute) : whole;
    })
    .replace(toTheHour, (whole, minutes: string, hours: string, at: number, all: string) => {
      // "at 10 to 9" is one moment (08:50); "friday 10 to 4" is a range.
      const atBefore = /\bat\s+$/i.test(all.slice(0, at));
      const [minute, hour] = [valueOf(minutes), valueOf(hours)];
      if (hour < 1 || hour > 12 || minute === 30) return whole;
      // In digits, "10 to 4" is a range (10:00 until 16:00); "20 to 5" cannot be one, nor can
      // "at 10 to 9". Said in words ("ten to eleven", "quarter to 4"), it is a time.
      const digits = /^\d/.test(minutes);
      const minutesTo = atBefore && (minute === 5 || minute === 10) && minute > hour;
      if (digits && minute !== 20 && minute !== 25 && !minutesTo) return whole;
      if (minute > 30) return whole;
      return clock(hour === 1 ? 12 : hour - 1, 60 - minute);
    })
    .replace(halfTheHour, (whole, afterAt: string | undefined, hours: string | undefined) => {
      const hour = valueOf(afterAt ?? hours ?? '');
      return hour >= 1 && hour <= 12 ? clock(hour, 30) : whole;
    });
}

/** "a week from today", "a week today": chrono knows "a week from now". */
const fromToday =
  /\b((?:a|an|one|two|three|four|\d{1,2})\s+(?:days?|weeks?|months?))\s+(?:from\s+)?today\b/gi;
/** "w/c 14 December", "week commencing the 14th": the week of that day (entities/date-range.ts). */
const weekCommencing =
  /\b(?:w\/c|w\/b|wc|(?:the\s+)?week\s+(?:commencing|beginning|starting))\s+/gi;
/** "in a fortnight", "a fortnight from today": chrono knows two weeks. */
const fortnightAway =
  /\b(?:a|one)\s+fortnight\b(?=\s+(?:from|today|later|on|at)\b|$)|(?<=\bin\s+)(?:a|one)\s+fortnight\b/gi;

/**
 * "from 23 nov to 27 nov": chrono reads "from 23" as 23:00 unless the day is an ordinal
 * ("from 23rd nov"). Only there: elsewhere chrono reads "23 nov", and messages that quote the
 * visitor's words should quote them as typed.
 */
const dayBeforeMonth =
  /(?<=\b(?:from|between)\s+)([012]?\d|3[01])(?!\d|st|nd|rd|th)\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)/gi;

function ordinal(day: number): string {
  const last = day % 10;
  const suffix =
    day >= 11 && day <= 13
      ? 'th'
      : last === 1
        ? 'st'
        : last === 2
          ? 'nd'
          : last === 3
            ? 'rd'
            : 'th';
  return `${day}${suffix}`;
}

/** "Weds" → "Wednesday": a word keeps its capital. */
function asTyped(typed: string, word: string): string {
  return /^\p{Lu}/u.test(typed) ? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}` : word;
}

/** Addresses and quoted text ("tues.lee@example.com", "'Tues sync'") are never respelt. */
const protectedParts = /\S+@\S+|"[^"]*"|“[^”]*”|'[^']*'(?!\w)|‘[^’]*’/g;

/** The message as the readers know its day and time words; everything else as typed. */
export function respell(text: string): string {
  let result = '';
  let last = 0;
  for (const part of text.matchAll(protectedParts)) {
    result += respellPlain(text.slice(last, part.index)) + part[0];
    last = part.index + part[0].length;
  }
  return result + respellPlain(text.slice(last));
}

function respellPlain(text: string): string {
  if (!text.trim()) return text;
  let result = text;
  for (const [pattern, word] of spellings)
    result = result.replace(pattern, (typed: string, at: number, whole: string) =>
      // "Weds Adams": a capitalised word after it makes it a name.
      /^\s+(?!I\b)\p{Lu}/u.test(whole.slice(at + typed.length)) && word !== 'tomorrow'
        ? typed
        : asTyped(typed, word),
    );
  // Elsewhere than after a preposition, a holiday is a date only typed in lower case ("drinks
  // christmas eve at 6pm"); capitalised, it is a name or a title ("Eve Christmas", "Christmas at home").
  for (const [pattern, date] of holidays)
    result = result.replace(pattern, (typed: string, at: number, whole: string) =>
      typed === typed.toLowerCase() || afterPreposition.test(whole.slice(0, at)) ? date : typed,
    );
  result = result.replace(fortnightAway, '2 weeks');
  result = result.replace(weekCommencing, 'the week of ');
  result = result.replace(fromToday, '$1 from now');
  result = result.replace(dayBeforeMonth, (_whole, day: string) => `${ordinal(Number(day))} `);
  return clockTimes(result);
}
