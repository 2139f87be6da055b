import type { DialogEvent, StepContext, StepResult } from '../engine-types';
import type { BotMessage } from '../messages';
import { createIntentIndex } from '../nlu/classify';
import {
  createTranslator,
  type Catalogue,
  type Message,
  type Translate,
} from '../strings/catalogue';
import { engineMessages } from '../strings/en';
import type { TemplateDefinition } from '../template';
import { onAuthorizationResult, onOperationFailed, onOperationSucceeded } from './on-outcome';
import { onQuickReply } from './on-quick-reply';
import { onUserText } from './on-text';
import { enabledTemplates, welcomeBlocks } from './replies';
import { dialogStateSchema, initialDialogState, type DialogState } from './state';
import { finishTurn, startTurn, words, type EngineParts, type Turn } from './turn';

export interface EngineOptions {
  templates: readonly TemplateDefinition[];
  /**
   * A translation: messages by key, replacing the English ones (`engine.messages` lists every
   * key with its English). Keys it leaves out stay English. Dates, times and zone names follow
   * the step's `locale` whatever the catalogue.
   */
  strings?: Catalogue;
}

export interface Engine {
  readonly templates: readonly TemplateDefinition[];
  /**
   * Every message this engine can say, in English, by key: the engine's own, each template's
   * `messages`, and each template's `<id>.title`, `<id>.description` and `<id>.example`. What a
   * translation translates.
   */
  readonly messages: Catalogue;
  initialState(): DialogState;
  /** Pure: the same state, event and context always give the same result. */
  step(state: DialogState, event: DialogEvent, context: StepContext): StepResult<DialogState>;
  /** Checks a persisted state; null when it is not one this engine can continue. */
  restore(value: unknown): DialogState | null;
  /** The greeting that lists what the assistant can do. */
  welcome(context: StepContext): BotMessage;
  /**
   * Does now what the first request would otherwise wait for: reading the templates' examples.
   * The widget calls it when the browser is idle after the chat opens.
   */
  prepare(): void;
}

/** The English catalogue of an engine with these templates (see `Engine.messages`). */
export function englishMessages(templates: readonly TemplateDefinition[]): Catalogue {
  const all: Record<string, Message> = { ...engineMessages };
  for (const template of templates) {
    all[`${template.id}.title`] = template.title;
    all[`${template.id}.description`] = template.description;
    all[`${template.id}.example`] = template.examples[0] ?? template.title;
    Object.assign(all, template.messages);
  }
  return Object.freeze(all);
}

/**
 * Builds the dialog engine for a set of templates, saying things in English or in the
 * translation given as `strings`.
 *
 * @example
 * const engine = createEngine({ templates });
 * let state = engine.initialState();
 * const { state: next, effects } = engine.step(state, { type: 'user-message', text: 'show me event abc123' }, context);
 */
export function createEngine(options: EngineOptions): Engine {
  const byId = new Map(options.templates.map((template) => [template.id, template]));
  if (byId.size !== options.templates.length) throw new Error('Template ids must be unique');
  const messages = englishMessages(options.templates);
  const catalogue = { ...messages, ...options.strings };
  const english = createTranslator(messages, 'en');
  // A translator per locale, made once: plural rules and number formats are costly to build.
  const translators = new Map<string, Translate>();
  const parts: EngineParts = {
    templates: byId,
    index: createIntentIndex(options.templates),
    english,
    words(locale) {
      let translate = translators.get(locale);
      if (!translate) {
        translate = createTranslator(catalogue, locale);
        if (translators.size > 20) translators.clear();
        translators.set(locale, translate);
      }
      return translate;
    },
  };

  function knows(state: DialogState): boolean {
    return [state.active, state.suspended].every(
      (dialog) => !dialog || byId.has(dialog.templateId),
    );
  }

  function handle(turn: Turn, event: DialogEvent): void {
    switch (event.type) {
      case 'user-message':
        onUserText(turn, typeof event.text === 'string' ? event.text : '');
        break;
      case 'quick-reply':
        onQuickReply(turn, event.value, event.label);
        break;
      case 'authorization-result':
        onAuthorizationResult(turn, event.integration, event.outcome);
        break;
      case 'operation-succeeded':
        onOperationSucceeded(turn, event.callId, event.data);
        break;
      case 'operation-failed':
        onOperationFailed(turn, event.callId, event.error);
        break;
      case 'time-zone-changed':
        // The holder changed the zone (perhaps because we asked); later turns read it from the context.
        break;
      case 'reset':
        turn.state = { ...initialDialogState(), counter: turn.state.counter };
        break;
    }
  }

  return {
    templates: options.templates,
    messages,
    initialState: initialDialogState,
    step(state, event, context) {
      const turn = startTurn(state, context, parts);
      try {
        handle(turn, event);
      } catch {
        // A template function failed. Never trap the visitor: say so, end that dialog, keep the rest.
        const safe = startTurn(state, context, parts);
        safe.state.active = null;
        safe.state.pending = null;
        safe.blocks.push({
          type: 'error',
          title: words(safe, 'failure.engine.title'),
          message: words(safe, 'failure.engine.message'),
          code: 'engine_error',
          retry: false,
        });
        return finishTurn(safe);
      }
      return finishTurn(turn);
    },
    restore(value) {
      const parsed = dialogStateSchema.safeParse(value);
      if (!parsed.success || !knows(parsed.data)) return null;
      return parsed.data;
    },
    welcome(context) {
      const turn = startTurn(initialDialogState(), context, parts);
      return { id: 'welcome', blocks: welcomeBlocks(turn, enabledTemplates(byId, context)) };
    },
    prepare: () => parts.index.prepare(),
  };
}
