/** What the visitor typed: commands first, then the dialog in progress, then a new request. */
import { extractYesNo } from '../entities/yes-no';
import { confidenceThreshold } from '../nlu/classify';
import { readCommand } from '../nlu/commands';
import { respell } from '../nlu/respell';
import { advance, askSlot, requestAuthorization } from './advance';
import { answerSlot } from './answer-slot';
import { acknowledge, applyCorrections } from './corrections';
import { followUp } from './follow-up';
import { answerConfirmation } from './on-confirmation';
import { cancel, repeatQuestion, resume, runCommand } from './run-command';
import {
  askWhichOne,
  maybeSwitch,
  pickTemplateByName,
  startFromText,
  startTemplate,
} from './start';
import type { ActiveDialog } from './state';
import { sayWords, templateOf, type Turn } from './turn';

/** Longer messages are refused whole: nobody types a calendar request of this size. */
export const maxMessageLength = 2000;

export function onUserText(turn: Turn, raw: string): void {
  const text = respell(raw.replace(/\s+/g, ' ').trim());
  if (raw.length > maxMessageLength) {
    sayWords(turn, 'text.tooLong', { length: raw.length, max: maxMessageLength });
    repeatQuestion(turn);
    return;
  }
  if (!text) {
    sayWords(turn, 'text.empty');
    repeatQuestion(turn);
    return;
  }
  const command = readCommand(text, turn.context);
  // "No thanks" to a yes/no question is its answer, read below like any other "no".
  if (command && !(command.type === 'decline' && awaitsYesNo(turn))) {
    runCommand(turn, command);
    return;
  }
  const pending = turn.state.pending;
  turn.state.pending = null;
  if (pending?.kind === 'resume') {
    const answer = extractYesNo(text)?.value;
    if (answer === true) return resume(turn);
    turn.state.suspended = null;
    if (answer === false) {
      sayWords(turn, 'resume.declined');
      return;
    }
  }
  if (pending?.kind === 'disambiguation') {
    const chosen = pickTemplateByName(turn, pending.templateIds, text);
    if (chosen) return startTemplate(turn, chosen, pending.text);
    // "yes" answers neither "A or B?": ask again rather than guess.
    const [first, second] = pending.templateIds.map((id) => turn.templates.get(id));
    if (extractYesNo(text) && first && second) {
      sayWords(turn, 'disambiguation.again');
      return askWhichOne(turn, pending.text, [first, second]);
    }
  }
  const active = turn.state.active;
  if (active) return continueDialog(turn, active, text);
  if (followUp(turn, text)) return;
  startFromText(turn, text);
}

/** Whether the visitor was just asked something a "no" answers: a yes/no slot, a confirmation,
 * whether to stop after failed answers, or whether to go back to a request set aside. */
function awaitsYesNo(turn: Turn): boolean {
  if (turn.state.pending?.kind === 'resume') return true;
  const active = turn.state.active;
  if (!active) return false;
  if (active.phase.kind === 'confirming' || active.phase.kind === 'offering-stop') return true;
  if (active.phase.kind !== 'asking') return false;
  const asked = active.phase.slot;
  return templateOf(turn, active).slots.some(
    (slot) => slot.name === asked && slot.entity === 'yes-no',
  );
}

/** How corrections open: they change the request in progress rather than start another. */
const correcting =
  /^(?:no+,?\s+|sorry,?\s+|oh,?\s+|wait,?\s+)*(?:actually|make it|make that|change|instead|rather|i meant|i mean|correction|not\b)|\binstead\b/i;

const retryWords = /\b(retry|try again|again|check(?: it| that| please)?|go ahead|please do)\b/i;

function continueDialog(turn: Turn, active: ActiveDialog, text: string): void {
  const template = templateOf(turn, active);
  switch (active.phase.kind) {
    case 'asking':
      return answerSlot(turn, active, active.phase.slot, text);
    case 'offering-stop': {
      const answer = extractYesNo(text)?.value;
      if (answer === true || /^stop\b/i.test(text)) return cancel(turn);
      active.failures[active.phase.slot] = 0;
      if (answer === false || /^(keep|continue|go on)/i.test(text)) {
        const asked = active.phase.slot;
        const slot = template.slots.find((candidate) => candidate.name === asked);
        if (slot) askSlot(turn, active, template, slot);
        return;
      }
      return answerSlot(turn, active, active.phase.slot, text);
    }
    case 'confirming':
    case 'choosing-change':
      return answerConfirmation(turn, active, text);
    case 'authorizing':
    case 'authorization-failed': {
      if (/\b(connect|try again|retry|again|authori[sz]e|sign in|log in)\b/i.test(text)) {
        requestAuthorization(turn, active, template, turn.t(template.authorizationReason));
        return;
      }
      // "actually next week" while the sign-in is pending changes what runs once connected.
      if (!correcting.test(text) && maybeSwitch(turn, active, text)) return;
      const corrected = applyCorrections(turn, active, text);
      if (corrected.changed.length > 0) {
        acknowledge(turn, active, corrected.changed);
        sayWords(turn, 'authorization.connectToContinue', {
          integration: template.integrationName,
        });
        return;
      }
      if (maybeSwitch(turn, active, text, confidenceThreshold)) return;
      sayWords(turn, 'authorization.stillNeeded', { integration: template.integrationName });
      return;
    }
    case 'calling':
      if (maybeSwitch(turn, active, text)) return;
      sayWords(turn, 'calling.wait', { integration: template.integrationName });
      return;
    case 'failed': {
      // After a write whose outcome is unknown, "yes" means "check".
      if (retryWords.test(text) || (active.checkFirst && extractYesNo(text)?.value === true))
        return advance(turn, active);
      if (!correcting.test(text) && maybeSwitch(turn, active, text)) return;
      const outcome = applyCorrections(turn, active, text);
      if (outcome.changed.length > 0) {
        acknowledge(turn, active, outcome.changed);
        return advance(turn, active);
      }
      if (maybeSwitch(turn, active, text, confidenceThreshold)) return;
      turn.state.active = null;
      startFromText(turn, text);
      return;
    }
  }
}
