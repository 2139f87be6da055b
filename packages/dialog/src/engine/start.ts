/** Starting a request: choosing the template, filling what the request says, switching mid-dialog. */
import { impossibleDateProblem } from '../entities/impossible-date';
import { ambiguityMargin, confidenceThreshold } from '../nlu/classify';
import { normalizeWords } from '../nlu/normalize';
import type { TemplateDefinition } from '../template';
import { advance, askSlot } from './advance';
import { fillSlots } from './fill';
import { capabilityBlocks, enabledTemplates, notUnderstoodBlocks } from './replies';
import type { ActiveDialog } from './state';
import {
  entityContext,
  say,
  sayText,
  sayWords,
  templateContext,
  templateOf,
  titleOf,
  type Turn,
} from './turn';

/** How sure a new request must be to interrupt a dialog in progress. */
export const switchThreshold = 0.8;

/** A dialog of `template` with nothing filled in yet. */
export function newDialog(template: TemplateDefinition): ActiveDialog {
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
  // Nothing required came with the request ("create an event"): the visitor is guided.
  const required = template.slots.filter((slot) => slot.required !== false && !slot.internal);
  if (required.length > 0 && !required.some((slot) => outcome.changed.includes(slot.name)))
    active.guided = true;
  for (const note of outcome.notes) sayText(turn, note);
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

/**
 * Verbs that change or remove events: no template does that, so such a request is answered
 * plainly instead of being read as a lookup ("cancel my 3pm meeting" is not "find my meetings").
 */
const unsupportedAction =
  /^\s*(?:please\s+|can you\s+|could you\s+|i (?:want|need|would like|'d like) to\s+)?(cancel|delete|remove|move|reschedule|postpone|rename|edit|update|decline|accept|clear)\b/i;

export function startFromText(turn: Turn, text: string): void {
  const enabled = enabledTemplates(turn.templates, turn.context);
  const scores = turn.index.score(text, turn.context, turn.context.enabledTemplates);
  const [top, second] = scores;
  const topTemplate = top && turn.templates.get(top.templateId);
  const action = unsupportedAction.exec(text)?.[1]?.toLowerCase();
  // Only when no template is written in those words: an eleventh template may well cancel.
  const known = action !== undefined && turn.templates.size > 0 && isKnownWord(turn, action);
  if (action && !known) {
    sayWords(turn, 'unsupported.action', { action });
    say(turn, ...capabilityBlocks(turn, enabled));
    return;
  }
  const declined = disabledMatch(turn, text, top?.score ?? 0);
  if (declined) {
    sayWords(turn, 'template.notOffered', { task: titleOf(turn, declined) });
    say(turn, ...capabilityBlocks(turn, enabled));
    return;
  }
  if (!top || !topTemplate || top.score < confidenceThreshold) {
    const impossible = impossibleDateProblem(text, entityContext(turn));
    if (impossible) sayText(turn, impossible);
    say(turn, ...notUnderstoodBlocks(turn, enabled));
    return;
  }
  if (second && second.score >= confidenceThreshold && top.score - second.score < ambiguityMargin) {
    const secondTemplate = turn.templates.get(second.templateId);
    if (secondTemplate) {
      askWhichOne(turn, text, [topTemplate, secondTemplate]);
      return;
    }
  }
  startTemplate(turn, topTemplate, text);
}

/**
 * The template a request is clearly for when the site owner switched it off: the visitor hears
 * that it is not offered here, not "I didn't understand" or a near miss among the others.
 */
function disabledMatch(
  turn: Turn,
  text: string,
  bestEnabled: number,
): TemplateDefinition | undefined {
  const offered = turn.context.enabledTemplates;
  if (!offered) return undefined;
  const [best] = turn.index.score(text, turn.context);
  if (!best || offered.includes(best.templateId) || best.score < confidenceThreshold) {
    return undefined;
  }
  if (best.score - bestEnabled < ambiguityMargin) return undefined;
  return turn.templates.get(best.templateId);
}

function isKnownWord(turn: Turn, verb: string): boolean {
  const [word] = normalizeWords(verb);
  if (!word) return false;
  return [...turn.templates.values()].some((template) =>
    template.examples.some((example) => normalizeWords(example).includes(word)),
  );
}

/** "Did you mean A or B?" with a button for each. */
export function askWhichOne(
  turn: Turn,
  text: string,
  [first, second]: [TemplateDefinition, TemplateDefinition],
): void {
  sayWords(turn, 'disambiguation.ask', {
    first: titleOf(turn, first),
    second: titleOf(turn, second),
  });
  say(turn, {
    type: 'quick-replies',
    options: [
      { label: titleOf(turn, first), value: `template:${first.id}` },
      { label: titleOf(turn, second), value: `template:${second.id}` },
    ],
  });
  turn.state.pending = { kind: 'disambiguation', text, templateIds: [first.id, second.id] };
}

/** Which of the offered templates the visitor's reply picks ("the first", "the Calendly one"). */
export function pickTemplateByName(
  turn: Turn,
  ids: readonly string[],
  text: string,
): TemplateDefinition | undefined {
  const lower = text.toLocaleLowerCase(turn.context.locale);
  const candidates = ids
    .map((id) => turn.templates.get(id))
    .filter((t): t is TemplateDefinition => Boolean(t));
  if (/^(the )?(first|1|a|former)\b/.test(lower)) return candidates[0];
  if (/^(the )?(second|2|b|latter)\b/.test(lower)) return candidates[1];
  // By its name as the buttons said it, its English name, or its integration.
  const mentioned = candidates.filter((template) =>
    [titleOf(turn, template), template.title, template.integrationName].some((name) =>
      lower.includes(name.toLocaleLowerCase(turn.context.locale)),
    ),
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
  // A name, an address or a date alone answers the dialog in progress; it is not a new request.
  if (!turn.index.asksSomething(text)) return false;
  const scores = turn.index.score(text, turn.context, turn.context.enabledTemplates);
  const [top] = scores;
  if (!top || top.templateId === active.templateId || top.score < threshold) return false;
  // As much about the dialog in progress ("add bob@example.com" to a new event): it stays.
  const own = scores.find((score) => score.templateId === active.templateId)?.score ?? 0;
  if (top.score - own < ambiguityMargin) return false;
  const next = turn.templates.get(top.templateId);
  if (!next) return false;
  setAside(turn, active);
  startTemplate(turn, next, text);
  return true;
}

/** Keeps the dialog for afterwards; only one waits, so an older one is dropped, and said so. */
export function setAside(turn: Turn, active: ActiveDialog): void {
  const current = templateOf(turn, active);
  const older = turn.state.suspended;
  if (older && older !== active)
    sayWords(turn, 'switch.setAsideDropping', {
      task: titleOf(turn, current),
      dropped: titleOf(turn, templateOf(turn, older)),
    });
  else sayWords(turn, 'switch.setAside', { task: titleOf(turn, current) });
  turn.state.suspended = active;
}
