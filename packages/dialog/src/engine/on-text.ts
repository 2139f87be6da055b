/** What the visitor typed: commands first, then the dialog in progress, then a new request. */
import { impossibleDateProblem } from '../entities/chrono';
import { extractYesNo } from '../entities/yes-no';
import { ambiguityMargin, confidenceThreshold } from '../nlu/classify';
import { readCommand } from '../nlu/commands';
import { resolveTimeZone } from '../nlu/time-zone-name';
import { formatTime, isValidTimeZone } from '../format/time';
import type { TemplateDefinition } from '../template';
import { advance, askSlot, requestAuthorization, showConfirmation } from './advance';
import { fillSlots, matchChoice, readSlot } from './fill';
import { answerConfirmation } from './on-confirmation';
import { finishDialog } from './on-outcome';
import { capabilityBlocks, enabledTemplates, notUnderstoodBlocks } from './replies';
import { initialDialogState, type ActiveDialog } from './state';
import { say, sayText, templateContext, templateOf, type Turn } from './turn';

/** Longer messages are refused whole: nobody types a calendar request of this size. */
export const maxMessageLength = 2000;
/** After this many unusable answers to one question, offer to stop. */
const maxFailures = 3;
/** How sure a new request must be to interrupt a dialog in progress. */
const switchThreshold = 0.8;

export function onUserText(turn: Turn, raw: string): void {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (raw.length > maxMessageLength) {
    sayText(
      turn,
      `That message is too long for me (${raw.length.toLocaleString('en-US')} characters). Please say it in under ${maxMessageLength.toLocaleString('en-US')} characters.`,
    );
    repeatQuestion(turn);
    return;
  }
  if (!text) {
    sayText(
      turn,
      'I didn’t get any text. Type what you’d like to do, or “help” to see what I can do.',
    );
    repeatQuestion(turn);
    return;
  }
  const command = readCommand(text);
  if (command) {
    runCommand(turn, command, text);
    return;
  }
  const pending = turn.state.pending;
  turn.state.pending = null;
  if (pending?.kind === 'resume') {
    const answer = extractYesNo(text)?.value;
    if (answer === true) return resume(turn);
    turn.state.suspended = null;
    if (answer === false) {
      sayText(turn, 'OK. What else can I do for you?');
      return;
    }
  }
  if (pending?.kind === 'disambiguation') {
    const chosen = pickTemplateByName(turn, pending.templateIds, text);
    if (chosen) return startTemplate(turn, chosen, pending.text);
  }
  const active = turn.state.active;
  if (active) return continueDialog(turn, active, text);
  startFromText(turn, text);
}

function runCommand(
  turn: Turn,
  command: NonNullable<ReturnType<typeof readCommand>>,
  text: string,
): void {
  switch (command.type) {
    case 'cancel':
      return cancel(turn);
    case 'start-over': {
      const counter = turn.state.counter;
      turn.state = { ...initialDialogState(), counter };
      sayText(turn, 'OK, let’s start over.');
      say(turn, ...capabilityBlocks(enabledTemplates(turn.templates, turn.context)));
      return;
    }
    case 'help':
      return help(turn);
    case 'time-zone': {
      const zone = resolveTimeZone(command.place);
      if (!zone || !isValidTimeZone(zone)) {
        sayText(
          turn,
          `I don’t know the time zone “${command.place.slice(0, 40)}”. Try a city such as “Berlin” or a zone such as “Europe/Berlin”.`,
        );
        return;
      }
      turn.effects.push({ type: 'set-time-zone', timeZone: zone });
      turn.context = { ...turn.context, timeZone: zone };
      sayText(
        turn,
        `OK, I’ll use ${zone} time from now on (it’s ${formatTime(turn.context.now, zone)} there now).`,
      );
      const active = turn.state.active;
      if (active?.phase.kind === 'confirming')
        showConfirmation(turn, active, templateOf(turn, active));
      else repeatQuestion(turn);
      return;
    }
  }
  void text;
}

/** Stops the dialog in progress; nothing has been written unless the visitor confirmed it. */
export function cancel(turn: Turn): void {
  const active = turn.state.active;
  turn.state.pending = null;
  if (!active) {
    turn.state.suspended = null;
    sayText(turn, 'There’s nothing in progress to cancel. What would you like to do?');
    return;
  }
  const template = templateOf(turn, active);
  const wrote = template.confirmation ? ' Nothing was changed in your calendar.' : '';
  sayText(turn, `OK, I’ve stopped “${template.title}”.${wrote}`);
  finishDialog(turn);
}

function help(turn: Turn): void {
  const active = turn.state.active;
  if (!active) {
    sayText(turn, 'I can help with these — just ask in your own words:');
    say(turn, ...capabilityBlocks(enabledTemplates(turn.templates, turn.context)));
    return;
  }
  const template = templateOf(turn, active);
  const phase = active.phase;
  const slot =
    phase.kind === 'asking' ? template.slots.find((s) => s.name === phase.slot) : undefined;
  const hint = slot ? ` ${slot.hint}` : '';
  sayText(
    turn,
    `We’re working on “${template.title}”.${hint} You can correct anything you said (“make it 4pm”), say “cancel” to stop, or “start over”.`,
  );
  repeatQuestion(turn);
}

function resume(turn: Turn): void {
  const suspended = turn.state.suspended;
  turn.state.suspended = null;
  if (!suspended) return;
  sayText(turn, `Back to “${templateOf(turn, suspended).title}”.`);
  suspended.confirmed = false;
  advance(turn, suspended);
}

/** Asks the current question again (after help, an empty message, a zone change). */
function repeatQuestion(turn: Turn): void {
  const active = turn.state.active;
  if (!active) return;
  const template = templateOf(turn, active);
  if (active.phase.kind === 'asking') {
    const asked = active.phase.slot;
    const slot = template.slots.find((candidate) => candidate.name === asked);
    if (slot) askSlot(turn, active, template, slot);
  } else if (active.phase.kind === 'confirming') {
    advance(turn, active);
  }
}

function newDialog(template: TemplateDefinition): ActiveDialog {
  return {
    templateId: template.id,
    slots: {},
    failures: {},
    lookups: {},
    confirmed: false,
    usingFallback: false,
    phase: { kind: 'asking', slot: '' },
  };
}

/** Starts a template from a request, filling every slot the request speaks about. */
export function startTemplate(turn: Turn, template: TemplateDefinition, text: string): void {
  const active = newDialog(template);
  turn.state.active = active;
  const outcome = fillSlots(template, active, text, templateContext(turn, active), 'request');
  const [first] = outcome.problems;
  const troubled = first && template.slots.find((slot) => slot.name === first.slot);
  if (first && troubled) {
    // Ask about what the request got wrong rather than quietly using a default instead.
    sayText(turn, first.problem);
    active.failures[troubled.name] = 1;
    askSlot(turn, active, template, troubled);
    return;
  }
  advance(turn, active);
}

function startFromText(turn: Turn, text: string): void {
  const enabled = enabledTemplates(turn.templates, turn.context);
  const scores = turn.index.score(text, turn.context, turn.context.enabledTemplates);
  const [top, second] = scores;
  const topTemplate = top && turn.templates.get(top.templateId);
  if (!top || !topTemplate || top.score < confidenceThreshold) {
    const impossible = impossibleDateProblem(text);
    if (impossible) sayText(turn, impossible);
    say(turn, ...notUnderstoodBlocks(enabled));
    return;
  }
  if (second && second.score >= confidenceThreshold && top.score - second.score < ambiguityMargin) {
    const secondTemplate = turn.templates.get(second.templateId);
    if (secondTemplate) {
      sayText(turn, `Did you mean “${topTemplate.title}” or “${secondTemplate.title}”?`);
      say(turn, {
        type: 'quick-replies',
        options: [
          { label: topTemplate.title, value: `template:${topTemplate.id}` },
          { label: secondTemplate.title, value: `template:${secondTemplate.id}` },
        ],
      });
      turn.state.pending = {
        kind: 'disambiguation',
        text,
        templateIds: [topTemplate.id, secondTemplate.id],
      };
      return;
    }
  }
  startTemplate(turn, topTemplate, text);
}

function pickTemplateByName(
  turn: Turn,
  ids: readonly string[],
  text: string,
): TemplateDefinition | undefined {
  const lower = text.toLowerCase();
  const candidates = ids
    .map((id) => turn.templates.get(id))
    .filter((t): t is TemplateDefinition => Boolean(t));
  if (/^(the )?(first|1|a|former)\b/.test(lower)) return candidates[0];
  if (/^(the )?(second|2|b|latter)\b/.test(lower)) return candidates[1];
  const mentioned = candidates.filter(
    (template) =>
      lower.includes(template.title.toLowerCase()) ||
      lower.includes(template.integrationName.toLowerCase()),
  );
  return mentioned.length === 1 ? mentioned[0] : undefined;
}

/** A clearly different request interrupts: the current dialog is set aside and offered back later. */
export function maybeSwitch(
  turn: Turn,
  active: ActiveDialog,
  text: string,
  threshold = switchThreshold,
): boolean {
  const [top] = turn.index.score(text, turn.context, turn.context.enabledTemplates);
  if (!top || top.templateId === active.templateId || top.score < threshold) return false;
  const next = turn.templates.get(top.templateId);
  if (!next) return false;
  const current = templateOf(turn, active);
  sayText(turn, `Let’s do that first; I’ll keep “${current.title}” for afterwards.`);
  turn.state.suspended = active;
  startTemplate(turn, next, text);
  return true;
}

function continueDialog(turn: Turn, active: ActiveDialog, text: string): void {
  const template = templateOf(turn, active);
  const context = templateContext(turn, active);
  switch (active.phase.kind) {
    case 'asking':
      return answerSlot(turn, active, active.phase.slot, text);
    case 'offering-stop': {
      const answer = extractYesNo(text)?.value;
      if (answer === true || /^stop\b/i.test(text)) return cancel(turn);
      active.failures[active.phase.slot] = 0;
      if (answer === false || /^(keep|continue|go on)/i.test(text)) {
        const slot = template.slots.find((s) => s.name === (active.phase as { slot: string }).slot);
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
        requestAuthorization(turn, active, template, template.authorizationReason);
        return;
      }
      if (maybeSwitch(turn, active, text, confidenceThreshold)) return;
      sayText(
        turn,
        `To continue, connect ${template.integrationName} with the button above, or say “cancel”.`,
      );
      return;
    }
    case 'calling':
      if (maybeSwitch(turn, active, text)) return;
      sayText(turn, `One moment, I’m still waiting for ${template.integrationName}.`);
      return;
    case 'failed': {
      if (/\b(retry|try again|again)\b/i.test(text)) return advance(turn, active);
      const outcome = fillSlots(template, active, text, context, 'correction');
      if (outcome.changed.length > 0) return advance(turn, active);
      if (maybeSwitch(turn, active, text, confidenceThreshold)) return;
      turn.state.active = null;
      startFromText(turn, text);
      return;
    }
  }
}

function answerSlot(turn: Turn, active: ActiveDialog, slotName: string, text: string): void {
  const template = templateOf(turn, active);
  const slot = template.slots.find((candidate) => candidate.name === slotName);
  if (!slot) return advance(turn, active);
  const context = templateContext(turn, active);
  const options = active.phase.kind === 'asking' ? active.phase.options : undefined;
  let result =
    slot.entity === 'choice'
      ? matchChoice(options ?? [], text)
      : readSlot(slot, text, context, 'answer', active.slots[slot.name]);
  // A choice may also be named in the slot's own terms ("Friday at 3pm" for an open time).
  if (slot.entity === 'choice' && result?.value === undefined && slot.extract) {
    const read = slot.extract(text, context, 'answer');
    if (read?.value !== undefined && options?.some((option) => option.value === read.value)) {
      result = read;
    }
  }
  // Free-text slots accept anything; a clearly different request still wins.
  const liberal = slot.entity === 'title' || slot.entity === 'text' || slot.entity === 'person';
  if (liberal && maybeSwitch(turn, active, text, 0.9)) return;
  if (result?.value !== undefined) {
    const problem = slot.validate?.(result.value, active.slots, context);
    if (problem) result = { problem };
  }
  const others = fillSlots(template, active, text, context, 'correction', slot.name);
  if (result?.value !== undefined) {
    active.slots[slot.name] = result.value;
    active.failures[slot.name] = 0;
    return advance(turn, active);
  }
  // Remembered preferences (internal slots) may change quietly; the question still needs an answer.
  const visible = others.changed.filter(
    (name) => !template.slots.find((candidate) => candidate.name === name)?.internal,
  );
  if (visible.length > 0) return advance(turn, active);
  if (maybeSwitch(turn, active, text)) return;
  const failures = (active.failures[slot.name] ?? 0) + 1;
  active.failures[slot.name] = failures;
  const problem = result?.problem ?? others.problems[0]?.problem ?? 'Sorry, I couldn’t use that.';
  if (failures >= maxFailures) {
    sayText(turn, `${problem} ${slot.hint}`);
    sayText(turn, 'This doesn’t seem to be working. Would you like to stop here?');
    say(turn, {
      type: 'quick-replies',
      options: [
        { label: 'Keep going', value: 'keep-going' },
        { label: 'Stop', value: 'cancel' },
      ],
    });
    active.phase = { kind: 'offering-stop', slot: slot.name };
    return;
  }
  sayText(turn, `${problem} ${slot.hint}`);
  askSlot(turn, active, template, slot);
}
