/**
 * One step in progress: a private copy of the state, the blocks to say and the other effects.
 * Handlers mutate the turn; `finishTurn` turns it into the pure step's result.
 */
import type { Effect, StepContext, StepResult } from '../engine-types';
import type { EntityContext } from '../entities/types';
import type { MessageBlock } from '../messages';
import type { IntentIndex } from '../nlu/classify';
import type { KeyAndParams, Translate } from '../strings/catalogue';
import type { EngineMessageKey, EngineMessages } from '../strings/en';
import type { TemplateContext, TemplateDefinition } from '../template';
import type { ActiveDialog, DialogState } from './state';

/** What an engine is made of: its templates, their intent index, and its catalogue's words. */
export interface EngineParts {
  templates: ReadonlyMap<string, TemplateDefinition>;
  index: IntentIndex;
  /** The catalogue (a translation over English) in a locale. */
  words(locale: string): Translate;
  /** The English catalogue: the language requests are read in, for matching words typed. */
  english: Translate;
}

export interface Turn {
  state: DialogState;
  context: StepContext;
  templates: ReadonlyMap<string, TemplateDefinition>;
  index: IntentIndex;
  /** The visitor's words: the catalogue in their locale. */
  t: Translate;
  english: Translate;
  blocks: MessageBlock[];
  effects: Effect[];
}

export function startTurn(state: DialogState, context: StepContext, parts: EngineParts): Turn {
  return {
    state: structuredClone(state),
    context,
    templates: parts.templates,
    index: parts.index,
    t: parts.words(context.locale),
    english: parts.english,
    blocks: [],
    effects: [],
  };
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

/** One of the engine's own messages, in the visitor's words. */
export function words<K extends EngineMessageKey>(
  turn: Turn,
  ...[key, params]: KeyAndParams<EngineMessages, K>
): string {
  return turn.t(key, params);
}

/** Says one of the engine's own messages as a text block. */
export function sayWords<K extends EngineMessageKey>(
  turn: Turn,
  ...[key, params]: KeyAndParams<EngineMessages, K>
): void {
  sayText(turn, turn.t(key, params));
}

/** A template's name as the visitor reads it ("Look up a Google Calendar event"). */
export function titleOf(turn: Turn, template: TemplateDefinition): string {
  return turn.t(`${template.id}.title`);
}

/** Extractors' context outside a dialog: the clock and zone, and the visitor's words. */
export function entityContext(turn: Turn): EntityContext {
  return {
    now: turn.context.now,
    timeZone: turn.context.timeZone,
    locale: turn.context.locale,
    t: turn.t,
  };
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
  return { ...entityContext(turn), lookups };
}
