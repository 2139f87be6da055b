/**
 * One step in progress: a private copy of the state, the blocks to say and the other effects.
 * Handlers mutate the turn; `finishTurn` turns it into the pure step's result.
 */
import type { Effect, StepContext, StepResult } from '../engine-types';
import type { MessageBlock } from '../messages';
import type { IntentIndex } from '../nlu/classify';
import type { TemplateContext, TemplateDefinition } from '../template';
import type { ActiveDialog, DialogState } from './state';

export interface Turn {
  state: DialogState;
  context: StepContext;
  templates: ReadonlyMap<string, TemplateDefinition>;
  index: IntentIndex;
  blocks: MessageBlock[];
  effects: Effect[];
}

export function startTurn(
  state: DialogState,
  context: StepContext,
  templates: ReadonlyMap<string, TemplateDefinition>,
  index: IntentIndex,
): Turn {
  return { state: structuredClone(state), context, templates, index, blocks: [], effects: [] };
}

/** A fresh id, unique within the conversation and the same on every replay of it. */
export function nextId(turn: Turn, prefix: string): string {
  turn.state.counter += 1;
  return `${prefix}${turn.state.counter}`;
}

export function say(turn: Turn, ...blocks: MessageBlock[]): void {
  turn.blocks.push(...blocks);
}

export function sayText(turn: Turn, text: string): void {
  say(turn, { type: 'text', text });
}

/** Everything said in a turn is one bot message, shown before the turn's other effects run. */
export function finishTurn(turn: Turn): StepResult<DialogState> {
  const effects: Effect[] = [];
  if (turn.blocks.length > 0) {
    effects.push({ type: 'say', message: { id: nextId(turn, 'm'), blocks: turn.blocks } });
  }
  effects.push(...turn.effects);
  return { state: turn.state, effects };
}

export function templateOf(turn: Turn, active: ActiveDialog): TemplateDefinition {
  const template = turn.templates.get(active.templateId);
  if (!template) throw new Error(`Unknown template ${active.templateId}`);
  return template;
}

export function templateContext(turn: Turn, active: ActiveDialog): TemplateContext {
  const lookups: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(active.lookups)) lookups[name] = entry.data;
  return {
    now: turn.context.now,
    timeZone: turn.context.timeZone,
    locale: turn.context.locale,
    lookups,
  };
}
