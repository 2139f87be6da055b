/** The visitor's reply to a question: the answer, a correction of something else, or a new request. */
import { advance, askSlot } from './advance';
import { acknowledge, applyCorrections } from './corrections';
import { matchChoice, readSlot } from './fill';
import { maybeSwitch, switchThreshold } from './start';
import type { ActiveDialog } from './state';
import { say, sayText, sayWords, templateContext, templateOf, words, type Turn } from './turn';

/** After this many unusable answers to one question, offer to stop. */
const maxFailures = 3;
/** Free-text answers take almost anything, so only a very clear new request interrupts them. */
const liberalSwitchThreshold = 0.9;

/** "Give a name or an email" and "For example “Ana”": said once, not twice. */
function withHint(turn: Turn, problem: string, hint: string): string {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}@ ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const [a, b] = [plain(problem), plain(hint)];
  if (!b || a.includes(b) || b.includes(a)) return problem;
  return words(turn, 'answer.problemAndHint', { problem, hint });
}

export function answerSlot(turn: Turn, active: ActiveDialog, slotName: string, text: string): void {
  const template = templateOf(turn, active);
  const slot = template.slots.find((candidate) => candidate.name === slotName);
  if (!slot) return advance(turn, active);
  const context = templateContext(turn, active);
  const options = active.phase.kind === 'asking' ? active.phase.options : undefined;
  const previous = active.slots[slot.name];
  const day = slot.buildsOn?.(active.slots);
  // A slot with options (a choice, or an event offered from a list) may be answered by picking
  // one; a slot that is not a choice may still be answered in its own terms.
  let result =
    slot.entity === 'choice' || options
      ? matchChoice(options ?? [], text, context)
      : readSlot(slot, text, context, 'answer', previous, day);
  if (slot.entity !== 'choice' && options && result?.value === undefined)
    result = readSlot(slot, text, context, 'answer', previous, day) ?? result;
  // A choice may also be named in the slot's own terms ("Friday at 3pm" for an open time).
  if (slot.entity === 'choice' && result?.value === undefined && slot.extract) {
    const read = slot.extract(text, context, 'answer', previous, day);
    if (read?.value !== undefined && options?.some((option) => option.value === read.value)) {
      result = read;
    }
  }
  // Free-text slots accept anything; a clearly different request still wins.
  const liberal = slot.entity === 'title' || slot.entity === 'text' || slot.entity === 'person';
  if (liberal && maybeSwitch(turn, active, text, liberalSwitchThreshold)) return;
  if (result?.value !== undefined) {
    const problem = slot.validate?.(result.value, active.slots, context);
    if (problem) result = { problem };
  }
  const before = structuredClone(active.slots);
  const others = applyCorrections(turn, active, text, slot.name);
  if (result?.value !== undefined) {
    active.slots[slot.name] = result.value;
    active.failures[slot.name] = 0;
    for (const note of [...others.notes, ...(result.note ? [result.note] : [])])
      sayText(turn, note);
    return advance(turn, active);
  }
  // Not an answer. A new request ("what is on my calendar next week?") is a switch, even when
  // it also reads as a change to an optional slot here; otherwise the changes are corrections.
  const visible = others.changed.filter(
    (name) => !template.slots.find((candidate) => candidate.name === name)?.internal,
  );
  const onlyOptional = visible.every(
    (name) => template.slots.find((candidate) => candidate.name === name)?.required === false,
  );
  if (onlyOptional) {
    const snapshot = structuredClone(active.slots);
    active.slots = before;
    if (maybeSwitch(turn, active, text, switchThreshold)) return;
    active.slots = snapshot;
  }
  if (visible.length > 0) {
    acknowledge(turn, active, visible);
    for (const note of others.notes) sayText(turn, note);
    return advance(turn, active);
  }
  // Remembered preferences (internal slots) may change quietly; the question still needs an answer.
  const failures = (active.failures[slot.name] ?? 0) + 1;
  active.failures[slot.name] = failures;
  const problem = result?.problem ?? others.problems[0]?.problem ?? words(turn, 'answer.unusable');
  sayText(turn, withHint(turn, problem, turn.t(slot.hint)));
  if (failures >= maxFailures) {
    sayWords(turn, 'answer.offerStop');
    say(turn, {
      type: 'quick-replies',
      options: [
        { label: words(turn, 'reply.keepGoing'), value: 'keep-going' },
        { label: words(turn, 'reply.stop'), value: 'cancel' },
      ],
    });
    active.phase = { kind: 'offering-stop', slot: slot.name };
    return;
  }
  askSlot(turn, active, template, slot);
}
