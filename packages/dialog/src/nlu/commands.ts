/**
 * Things a visitor can say at any point, whatever the dialog is doing: stop, start over, help, a
 * greeting or thanks, and the time zone. Commands are short and whole: a message is one only when
 * what is left after fillers ("please", "no,", "just") is the command itself, so "Cancel culture
 * podcast" stays a title and "stop this please" stops. Quoted text is never a command.
 */
import { findNamedRange } from '../entities/named-range';
import { parseDates } from '../entities/chrono';
import type { ClockContext } from '../entities/types';
import { resolveTimeZone } from './time-zone-name';

export type Command =
  | { type: 'cancel' }
  | { type: 'start-over' }
  | { type: 'help' }
  | { type: 'greeting' }
  | { type: 'thanks' }
  /** "No thanks": a polite no — to a yes/no question it is the answer, otherwise a stop. */
  | { type: 'decline' }
  | { type: 'which-time-zone' }
  /** `zone` is undefined when the place is not one we know (said back to the visitor). */
  | { type: 'time-zone'; place: string; zone: string | undefined };

const leadingFillers =
  /^(?:(?:ok(?:ay)?|oh|ah|um+|uh+|hmm+|well|no+|nope|nah|no thanks|thanks|actually|just|please|sorry|so|hey|right|wait),?\s+)+/;
const trailingFillers =
  /(?:\s+(?:please|pls|thanks|thank you|now|then|for now|already|instead|right now|altogether))+$/;
const politeLead =
  /^(?:i (?:want|would like|'d like|wanna|need) to |let'?s |can we |could we |can you |could you |would you |will you |please )+/;

const cancelObjects =
  '(?:it|this|that|everything|all|all of (?:it|this|that)|the whole thing|this (?:request|dialog|conversation|one|booking|event|form)|that one|the (?:request|booking|whole thing|form))';
const cancel = new RegExp(
  `^(?:(?:cancel|stop|quit|exit|abort|abandon|drop|scrap|end)(?: ${cancelObjects})?|forget (?:it|about it|about this|about that|this|that)|never ?mind(?: (?:it|that|this))?|no thanks|i(?:'ve| have)? changed my mind|don'?t bother|not anymore|leave it)$`,
);
const startOver =
  /^(?:start (?:over|again|afresh|from scratch|from the (?:top|beginning))|restart|reset|begin again|from the (?:top|start|beginning)|start a new (?:one|request)|new (?:conversation|chat)|clear (?:this|everything|the chat))$/;
const help =
  /^(?:help(?: me)?|i need help|\?+|what (?:else )?can you do|what (?:can|could) i (?:ask|say|do)(?: here)?|what are (?:my|the|your) options|how does (?:this|it) work|how do you work|options|menu|commands|what do you do|what (?:else )?can you help (?:me )?with|what are you able to do|what do you know|how (?:do|can|should) i (?:connect|link|sign in(?:to)?|log in(?:to)?|authori[sz]e)\b.{0,60}|how (?:do|can|should) i use (?:this|it|you|slotchat|the (?:chat|assistant|widget)))$/;
const greeting =
  /^(?:hi+|hello+|hey+|hiya|howdy|good (?:morning|afternoon|evening|day)|greetings|yo)(?: (?:there|slotchat|bot))?$/;
const thanks =
  /^(?:thanks|thank you|thx|ty|cheers|ta|many thanks)(?: (?:so much|a lot|very much))?$/;
// Read before the fillers go: they would leave "thanks" of "no thanks".
const decline =
  /^(?:no+|nope|nah)(?: (?:thanks|thank you|thx|ty|cheers))(?: (?:anyway|though|all the same))?$/;
const whichZone =
  /^(?:what|which) (?:time ?zone|zone)(?: (?:is this|are you using|do you use|are (?:the )?times in|is that|am i in))?$/;

/** "use Berlin time", "switch to PST", "I'm in Tokyo", "times in London", "set my time zone to …". */
const zonePhrase =
  /^(?:use|switch to|change to|go with|show(?: me)?(?: the)?(?: times?)? in|give (?:me )?(?:the )?times in|(?:the )?times? in|i(?:'m| am) in|i live in|i(?:'m| am) (?:based|located) in|my (?:time ?zone|zone) is|(?:set|change|switch|update) (?:my |the )?(?:time ?zone|zone)(?: to)?|use (?:the )?(?:time ?zone|zone) (?:of|for))\s+(.{2,40}?)(?:\s+(?:time|time ?zone|zone|timezone|hours))?$/;

/** The message lower-cased, without punctuation between or after its words. */
function punctuationFree(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[.!?,;:]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The message without fillers and punctuation, lower-cased: what a command is matched against. */
function core(text: string): string {
  return punctuationFree(text).replace(leadingFillers, '').replace(trailingFillers, '').trim();
}

/** Reads a command from the whole message, or undefined when the message is not one. */
export function readCommand(text: string, context: ClockContext): Command | undefined {
  const trimmed = text.trim();
  if (/^["“'‘].*["”'’]$/.test(trimmed)) return undefined;
  if (trimmed.split(/\s+/).length > 12) return undefined;
  if (/^\?+$/.test(trimmed)) return { type: 'help' };
  if (decline.test(punctuationFree(trimmed))) return { type: 'decline' };
  const plain = core(trimmed);
  const bare = plain.replace(politeLead, '').trim();
  if (cancel.test(bare)) return { type: 'cancel' };
  if (startOver.test(bare)) return { type: 'start-over' };
  if (help.test(bare) || help.test(plain)) return { type: 'help' };
  if (greeting.test(plain)) return { type: 'greeting' };
  if (thanks.test(plain)) return { type: 'thanks' };
  if (whichZone.test(bare)) return { type: 'which-time-zone' };
  return readZoneCommand(trimmed, bare, context);
}

function readZoneCommand(
  original: string,
  bare: string,
  context: ClockContext,
): Command | undefined {
  const found = zonePhrase.exec(bare);
  const place = found?.[1]?.trim();
  if (!place) return undefined;
  // "show times in December" asks for dates, not a zone.
  if (findNamedRange(place, context) || parseDates(place, context).length > 0) return undefined;
  const zone = resolveTimeZone(place);
  const typed = originalCase(original, place);
  if (zone) return { type: 'time-zone', place: typed, zone };
  // An unknown place is only worth answering when the visitor plainly spoke of time zones
  // ("use Atlantis time"); "I'm in a meeting" and "use the first time" are not zone commands.
  const named = /^\p{Lu}/u.test(typed) && /\btime\b/i.test(original);
  if (named || /\b(time ?zone|timezone|zone)\b/i.test(original))
    return { type: 'time-zone', place: typed, zone: undefined };
  return undefined;
}

/** The place as the visitor typed it (for an IANA name, whose case matters to nobody but Intl). */
function originalCase(original: string, place: string): string {
  const index = original.toLowerCase().indexOf(place);
  return index >= 0 ? original.slice(index, index + place.length) : place;
}
