/** Replies to a confirmation: Yes, Change (and which field), Cancel, or a correction in words. */
import { extractYesNo } from '../entities/yes-no';
import { advance, askSlot } from './advance';
import { acknowledge, alreadySo, applyCorrections } from './corrections';
import { cancel } from './run-command';
import { maybeSwitch } from './start';
import type { ActiveDialog } from './state';
import { say, sayText, sayWords, templateOf, type Turn } from './turn';

/** "No wait", "hold on": the visitor wants a moment or a change, not to throw the request away. */
const wait =
  /^(?:no+,?\s+)?(?:wait|hold on|hang on|one (?:moment|sec(?:ond)?)|just a (?:moment|sec(?:ond)?|minute)|not yet|let me think|hmm+)\b/i;
/** Agreement that is not a plain "yes". */
const agreement =
  /^(?:(?:that |this |it )?looks (?:good|right|fine|great)|(?:all |sounds |that'?s |that is )?(?:good|great|fine|perfect|correct)|perfect|great|go for it|do it|confirm(?:ed)?|lgtm|yes please|please do|book it|create it|go ahead)\b/i;

/** A "no" with nothing after it but thanks or punctuation. */
const bareNo =
  /^(?:n|no+|nope|nah|not really|don'?t|do not|skip|without)[\s,.!]*(?:thanks|thank you|thx|cheers|please)?[\s.!]*$/i;

export function answerConfirmation(turn: Turn, active: ActiveDialog, text: string): void {
  const template = templateOf(turn, active);
  const trimmed = text.trim();
  if (active.phase.kind === 'choosing-change') {
    const lower = trimmed.toLocaleLowerCase(turn.context.locale);
    // By its label as the visitor reads it, or as English names it (the language read).
    const named = template.slots.find((slot) => {
      if (slot.internal) return false;
      const labels = [turn.t(slot.label), turn.english(slot.label), slot.name].map((label) =>
        label.toLocaleLowerCase(turn.context.locale),
      );
      return labels.some((label) => lower === label || lower === `the ${label}`);
    });
    if (named) return changeSlot(turn, active, named.name);
  }
  if (wait.test(trimmed) && trimmed.split(/\s+/).length <= 5) {
    sayWords(turn, 'confirmation.wait');
    return askWhatToChange(turn, active);
  }
  const answer = extractYesNo(trimmed)?.value;
  // Short agreement only: "great, but make it 4pm" is a correction.
  const short = trimmed.split(/\s+/).length <= 4;
  if (short && (answer === true || agreement.test(trimmed))) {
    active.confirmed = true;
    return advance(turn, active);
  }
  if (/^(change|edit|modify|fix|amend)( (it|something|that))?[.!]*$/i.test(trimmed)) {
    return askWhatToChange(turn, active);
  }
  // A short "no" cancels; "no, 4pm" or "no, tomorrow" is a correction and cancels only when it
  // turns out to change nothing.
  const declined = answer === false && trimmed.split(/\s+/).length <= 2;
  if (declined && bareNo.test(trimmed)) return cancel(turn);
  const outcome = applyCorrections(turn, active, text);
  if (outcome.changed.length > 0) {
    active.confirmed = false;
    // The summary comes back by itself; a question asked instead needs to say what changed.
    if (outcome.cleared.length > 0) acknowledge(turn, active, outcome.changed);
    for (const note of outcome.notes) sayText(turn, note);
    if (outcome.problems[0]) sayText(turn, outcome.problems[0].problem);
    return advance(turn, active);
  }
  if (outcome.problems[0]) {
    sayText(turn, outcome.problems[0].problem);
    return advance(turn, active);
  }
  if (maybeSwitch(turn, active, text)) return;
  if (alreadySo(turn, active, outcome.same)) return advance(turn, active);
  if (declined) return cancel(turn);
  sayWords(turn, 'confirmation.choose');
  advance(turn, active);
}

export function askWhatToChange(turn: Turn, active: ActiveDialog): void {
  const template = templateOf(turn, active);
  sayWords(turn, 'confirmation.whatToChange');
  say(turn, {
    type: 'quick-replies',
    options: template.slots
      .filter((slot) => !slot.internal && (slot.entity !== 'choice' || slot.choices))
      .filter((slot) => !slot.when || slot.when(active.slots))
      .map((slot) => ({ label: turn.t(slot.label), value: `change:${slot.name}` })),
  });
  active.phase = { kind: 'choosing-change' };
}

export function changeSlot(turn: Turn, active: ActiveDialog, slotName: string): void {
  const template = templateOf(turn, active);
  const slot = template.slots.find(
    (candidate) => candidate.name === slotName && !candidate.internal,
  );
  if (!slot) return advance(turn, active);
  active.confirmed = false;
  delete active.slots[slotName];
  askSlot(turn, active, template, slot);
}
