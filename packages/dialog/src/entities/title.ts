import { parseDates } from './chrono';
import type { ClockContext, ExtractMode, Extraction } from './types';

const quoted = /["“'‘]([^"”'’]{1,200})["”'’]/;
const called =
  /\b(?:called|titled|named|title(?: it)?(?: to| as)?|rename(?: it)? to)\s+(.{1,200}?)(?=\s+(?:on|at|for|from|with|tomorrow|today|next|this|and|in)\b|[.,;!?]|$)/i;
const leadingVerbs =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+|i want to\s+|i'd like to\s+)?(?:schedule|create|add|book|set up|make|put|plan|organi[sz]e|new)\b\s*(?:an?\s+|the\s+|my\s+)?(?:new\s+)?(?:(?:calendar\s+)?(?:event|meeting|appointment|call)\b\s*)?(?:for\s+|about\s+)?/i;
const cutWords =
  /\s+(?:with|on|at|from|for|tomorrow|today|tonight|next|this|in|and|lasting|until|to)\b|[,.;!?]/i;

function clean(title: string): string | undefined {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 ? trimmed.slice(0, 200) : undefined;
}

/**
 * A free-text title: quoted ("'Design review'"), after "called"/"titled", or in a long-form request
 * what is left between the verb and the first date, person or detail ("schedule Design review
 * tomorrow 3-4pm" → "Design review"). As an answer, the whole reply.
 */
export function extractTitle(
  text: string,
  context: ClockContext,
  mode: ExtractMode,
): Extraction | undefined {
  const quote = quoted.exec(text)?.[1];
  if (quote && clean(quote)) return { value: clean(quote) ?? '' };
  const named = called.exec(text)?.[1];
  if (named && clean(named)) return { value: clean(named) ?? '' };
  if (mode === 'correction') return undefined;
  if (mode === 'answer') {
    const answer = clean(text.replace(/^["“']|["”']$/g, ''));
    return answer ? { value: answer } : undefined;
  }
  const verb = leadingVerbs.exec(text);
  if (!verb) return undefined;
  let rest = text.slice(verb[0].length);
  // "Night job on Sunday": a lone part of the day is a word of the title, not its date.
  const firstDate = parseDates(rest, context).find((date) => !date.dayPartOnly);
  if (firstDate) rest = rest.slice(0, firstDate.index);
  const cut = cutWords.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  const title = clean(rest);
  if (!title || /^(it|one|something|an?|the)$/i.test(title) || title.includes('@'))
    return undefined;
  return { value: title };
}
