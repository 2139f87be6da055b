import { parseDates } from './chrono';
import type { ClockContext, ExtractMode, Extraction } from './types';
import { saysAllDay } from './words';

const quoted = /["“'‘]([^"”'’]{1,200})["”'’]/;
/**
 * Where a name runs into the details: "at", "from" and "in" only before a time or a date ("Lunch
 * at Nandos", "Pick up kids from school" and "30 minute check in" are whole names).
 */
const detailStart = String.raw`\s+(?:(?:on|for|with|tomorrow|today|tonight|next|this|and|lasting|until)\b|at\s+(?=\d|noon\b|midday\b|midnight\b|half\b|quarter\b)|from\s+(?=\d|noon\b|(?:mon|tue|wed|thu|fri|sat|sun)|tomorrow\b|today\b|next\b)|in\s+(?=\d|an?\s|the\s+(?:morning|afternoon|evening)\b|(?:two|three|four|five|six|ten)\b))`;
const called = new RegExp(
  String.raw`\b(?:called|call it|titled|named|title(?: it)?(?: to| as)?|rename(?: it)? to)\s+(.{1,200}?)(?=${detailStart}|\s+(?:instead|please)\s*[.!?]*$|[.,;!?]|$)`,
  'i',
);
const leadingVerbs =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+|i want to\s+|i'd like to\s+)?(?:schedule|create|add|book|set up|make|put|plan|organi[sz]e|new|block(?:\s+(?:out|off))?|reserve|hold)\b\s*(?:an?\s+|the\s+|my\s+)?(?:new\s+)?(?:(?:calendar\s+)?(?:event|meeting|appointment|call)\b\s*)?(?:for\s+|about\s+)?/i;
const cutWords = new RegExp(String.raw`${detailStart}|\s+to\b|[,.;!?]`, 'i');

/**
 * How long, right after the verb ("block 2 hours ..."): "2 hours of", "an hour", "45 minutes"
 * ("an" may already be gone as an article).
 */
const leadingLength =
  /^(?:(?:half\s+an?|an?|one|two|three|four|\d+(?:[.,]\d+)?)\s*-?\s*)?(?:hours?|hrs?|minutes?|mins?)\b\s*(?:of\s+)?/i;
/** "All day" says when, not what: "block the whole day on Friday" has no title yet. */
const allDay = new RegExp(saysAllDay.source, 'gi');
/**
 * Right after the verb, the kind of event ("an all-day event …", "a whole day of interviews")
 * or where its dates start ("from Monday to …", "until Friday"): not its name.
 */
const leadingAllDay =
  /^(?:an?\s+|the\s+)?(?:all|whole|full|entire)[- ]day\s+(?:(?:calendar\s+)?(?:event|meeting|appointment)\b\s*|of\s+)?/i;
const leadingDates =
  /^(?:(?:from|until|till|through|between)\s|(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+week|rest)\s+of\b).*$/i;
/** A purpose at the end: "... on Friday morning for deep work", "... at 10 to prepare the launch". */
const purpose = /\s(?:for|to)\s+([^,.;!?]{2,200}?)\s*[.!?]*$/i;
/** What "for ..." says that is not a name: for whom, how long, or a part of the day. */
const notAPurpose =
  /^(?:\d|(?:me|us|you|him|her|them|everyone|everybody|all|both)\b|(?:the|my|our|your)\s+(?:team|group|whole|entire|day|morning|afternoon|evening)\b|(?:an?|half|one|two|three)\s+(?:hours?|minutes?|mins?|quarter|half)\b|(?:the\s+)?(?:day|morning|afternoon|evening|week)$)/i;

/** The purpose at the end of a request, when it names the event rather than who or how long. */
function purposeOf(text: string, context: ClockContext): string | undefined {
  const phrase = purpose.exec(text)?.[1]?.trim();
  if (!phrase || notAPurpose.test(phrase) || phrase.includes('@')) return undefined;
  // "to Wednesday all day for the offsite": when is not what; a purpose may still follow.
  if (parseDates(phrase, context).length > 0) return purposeOf(` ${phrase}`, context);
  // "for Ana", "for Ana Lopez": capitalised words alone are people more often than titles.
  if (/^(?:\p{Lu}\p{Ll}+\s*){1,2}$/u.test(phrase)) return undefined;
  const title = clean(phrase.replace(/^(?:the|an?|my|our)\s+/i, ''));
  // Said in passing ("for deep work"), it reads as a title once it starts with a capital.
  return title && title.charAt(0).toUpperCase() + title.slice(1);
}

function clean(title: string): string | undefined {
  // "new event: coffee", "new event - coffee": the punctuation after the verb is not the title's.
  const trimmed = title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[:;,.\-–—]+\s*/, '');
  return trimmed.length > 0 ? trimmed.slice(0, 200) : undefined;
}

/**
 * "called Sync a week from today", "called Review friday": the date the name runs into is not
 * part of it. A name that starts with one ("Friday drinks") or would end on "of", "about"…
 * ("Review of last week") is kept whole.
 */
function withoutTrailingDate(name: string | undefined, context: ClockContext): string | undefined {
  if (!name) return name;
  const date = parseDates(name, context).find((found) => !found.dayPartOnly);
  if (!date || date.index === 0) return name;
  const before = name.slice(0, date.index).trimEnd();
  return /\b(?:of|about|for|on|with|and|the|to|from|before|after)$/i.test(before) ? name : before;
}

/**
 * A free-text title: quoted ("'Design review'"), after "called"/"titled", or in a long-form request
 * what is left between the verb and the first date, person or detail ("schedule Design review
 * tomorrow 3-4pm" → "Design review"), or else its purpose at the end ("block 2 hours on Friday
 * for deep work" → "deep work"). As an answer, the whole reply.
 */
export function extractTitle(
  text: string,
  context: ClockContext,
  mode: ExtractMode,
): Extraction | undefined {
  const quote = quoted.exec(text)?.[1];
  if (quote && clean(quote)) return { value: clean(quote) ?? '' };
  const named = withoutTrailingDate(called.exec(text)?.[1], context);
  if (named && clean(named)) return { value: clean(named) ?? '' };
  if (mode === 'correction') return undefined;
  if (mode === 'answer') {
    const answer = clean(text.replace(/^["“']|["”']$/g, ''));
    return answer ? { value: answer } : undefined;
  }
  const verb = leadingVerbs.exec(text);
  if (!verb) return undefined;
  let rest = text.slice(verb[0].length).replace(leadingAllDay, '');
  rest = rest
    .slice(leadingLength.exec(rest)?.[0].length ?? 0)
    .replace(allDay, ' ')
    .replace(leadingDates, '');
  // "Night job on Sunday": a lone part of the day is a word of the title, not its date.
  const firstDate = parseDates(rest, context).find((date) => !date.dayPartOnly);
  if (firstDate) rest = rest.slice(0, firstDate.index);
  const cut = cutWords.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  // "add a call with the accountant": the kind of event, with whom, is its name.
  const noun = /\b(meeting|appointment|call)\b\s*$/i.exec(verb[0])?.[1];
  // `rest` is already cut where a date or another detail begins (`cutWords`).
  if (noun && /^with\s+\S/i.test(rest))
    rest = `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1).toLowerCase()} ${rest}`;
  const title = clean(rest);
  if (
    !title ||
    /^(it|one|something|an?|the|time|at|on|in|for|from|by|to|with|around|about)$/i.test(title) ||
    title.includes('@')
  ) {
    const named = purposeOf(text, context);
    return named ? { value: named } : undefined;
  }
  return { value: title };
}
