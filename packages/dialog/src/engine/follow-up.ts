/**
 * Follow-ups: "what about Marcus?", "and next week?", "how about Friday", "sorry, I meant Rob",
 * "no, the day after next", "the week after?" right after an answer ask the same lookup again
 * with one thing changed. Only lookups are kept for this (a write is never repeated by a short
 * sentence), and a follow-up that is a request in its own right ("what about my Calendly
 * events?") is started as that request instead.
 */
import { onPreviousDay } from '../entities/date-range';
import { isBareMove } from '../entities/moved-range';
import { advance } from './advance';
import { acknowledge, alreadySo, applyCorrections } from './corrections';
import { readSlot } from './fill';
import { newDialog } from './start';
import type { ActiveDialog } from './state';
import { templateContext, templateOf, type Turn } from './turn';

/** A different template this sure of the text is asked for in its own right. */
const ownRequestScore = 0.8;

/**
 * "What about …", "and …", "I meant …", and corrections of the answer: "no, the 14th",
 * "actually next week".
 */
const followUpOpening =
  /^(?:(?:and|ok|okay|thanks|great),?\s+)?(?:what|how)\s+about\s+|^and\s+(?=\S)|^(?:(?:no+|nope|sorry|oops|oh|actually|wait),?\s+)+(?:i\s+meant\s+|make\s+(?:it|that)\s+)?|^i\s+meant\s+/i;

/** Runs the follow-up and returns true, or returns false when the text is not one. */
export function followUp(turn: Turn, text: string): boolean {
  const previous = turn.state.previous;
  // "The week after?" alone is a follow-up too: it only makes sense from the last answer.
  const openingLength = followUpOpening.exec(text)?.[0].length ?? (isBareMove(text) ? 0 : null);
  if (!previous || openingLength === null) return false;
  const enabled = turn.context.enabledTemplates;
  if (enabled && !enabled.includes(previous.templateId)) return false;
  // Bare dates and names score about 0.6 for some range template; a request of its own far more.
  const [top] = turn.index.score(text, turn.context, enabled);
  if (top && top.templateId !== previous.templateId && top.score >= ownRequestScore) return false;

  const template = turn.templates.get(previous.templateId);
  if (!template) return false;
  const active: ActiveDialog = {
    ...newDialog(template),
    slots: structuredClone(previous.slots),
    lookups: structuredClone(previous.lookups),
  };
  turn.state.active = active;
  const tail = text.slice(openingLength);
  const outcome = applyCorrections(turn, active, tail);
  if (outcome.changed.length === 0) outcome.changed.push(...bareName(turn, active, tail));
  if (outcome.changed.length === 0) outcome.changed.push(...hoursOfTheDay(turn, active, tail));
  if (outcome.changed.length === 0) {
    turn.state.active = null;
    // "No, the day after next" for the day after tomorrow: the answer stands, and is said to.
    // Otherwise nothing of the last request changes: the text is read as a request of its own.
    return outcome.problems.length === 0 && alreadySo(turn, active, outcome.same);
  }
  acknowledge(turn, active, outcome.changed);
  advance(turn, active);
  return true;
}

/** "What about 3pm?" after an answer about one day: those hours of that day. */
function hoursOfTheDay(turn: Turn, active: ActiveDialog, tail: string): string[] {
  const context = templateContext(turn, active);
  for (const slot of templateOf(turn, active).slots) {
    if (slot.entity !== 'date-range' || slot.internal) continue;
    const read = onPreviousDay(tail, active.slots[slot.name], context);
    if (read?.value === undefined || slot.validate?.(read.value, active.slots, context)) continue;
    active.slots[slot.name] = read.value;
    return [slot.name];
  }
  return [];
}

/** Words of a request, never of a name ("what about creating an event?"). */
const requestWords =
  /\b(?:events?|meetings?|calls?|calendar|calendly|google|busy|free|book(?:ing)?|creat(?:e|ing)|schedul(?:e|ing)|invitees?)\b/i;

/** "What about Bob?": a bare name is the person the last lookup was about. */
function bareName(turn: Turn, active: ActiveDialog, tail: string): string[] {
  const slot = templateOf(turn, active).slots.find(
    (candidate) => candidate.entity === 'person' && !candidate.internal,
  );
  const name = tail.trim().replace(/[.!?]+$/, '');
  if (!slot || !/^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2}$/u.test(name)) return [];
  if (requestWords.test(name)) return [];
  const context = templateContext(turn, active);
  const read = readSlot(slot, name, context, 'answer', active.slots[slot.name]);
  if (read?.value === undefined || read.value === active.slots[slot.name]) return [];
  if (slot.validate?.(read.value, active.slots, context)) return [];
  active.slots[slot.name] = read.value;
  return [slot.name];
}
