/** Replies to a confirmation: Yes, Change (and which field), Cancel, or a correction in words. */
import { extractYesNo } from '../entities/yes-no';
import { advance, askSlot } from './advance';
import { fillSlots } from './fill';
import { cancel, maybeSwitch } from './on-text';
import type { ActiveDialog } from './state';
import { say, sayText, templateContext, templateOf, type Turn } from './turn';

export function answerConfirmation(turn: Turn, active: ActiveDialog, text: string): void {
  const template = templateOf(turn, active);
  const context = templateContext(turn, active);
  if (active.phase.kind === 'choosing-change') {
    const lower = text.toLowerCase();
    const named = template.slots.find(
      (slot) =>
        lower === slot.label.toLowerCase() ||
        lower === slot.name.toLowerCase() ||
        lower === `the ${slot.label.toLowerCase()}`,
    );
    if (named) return changeSlot(turn, active, named.name);
  }
  const answer = extractYesNo(text)?.value;
  if (answer === true && text.trim().split(' ').length <= 4) {
    active.confirmed = true;
    return advance(turn, active);
  }
  if (/^(change|edit|modify|fix|amend)( (it|something|that))?[.!]*$/i.test(text.trim())) {
    return askWhatToChange(turn, active);
  }
  if (answer === false && text.trim().split(' ').length <= 2) return cancel(turn);
  const outcome = fillSlots(template, active, text, context, 'correction');
  if (outcome.changed.length > 0) {
    active.confirmed = false;
    return advance(turn, active);
  }
  if (outcome.problems[0]) {
    sayText(turn, outcome.problems[0].problem);
    return advance(turn, active);
  }
  if (maybeSwitch(turn, active, text)) return;
  sayText(turn, 'Please choose Yes to go ahead, Change to edit something, or Cancel.');
  advance(turn, active);
}

export function askWhatToChange(turn: Turn, active: ActiveDialog): void {
  const template = templateOf(turn, active);
  sayText(turn, 'What would you like to change? Pick one, or just tell me (“make it 4pm”).');
  say(turn, {
    type: 'quick-replies',
    options: template.slots
      .filter((slot) => !slot.internal && (slot.entity !== 'choice' || slot.choices))
      .filter((slot) => !slot.when || slot.when(active.slots))
      .map((slot) => ({ label: slot.label, value: `change:${slot.name}` })),
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
