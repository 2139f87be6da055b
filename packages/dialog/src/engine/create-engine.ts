import type { DialogEvent, StepContext, StepResult } from '../engine-types';
import type { BotMessage } from '../messages';
import { createIntentIndex } from '../nlu/classify';
import type { TemplateDefinition } from '../template';
import { onAuthorizationResult, onOperationFailed, onOperationSucceeded } from './on-outcome';
import { onQuickReply } from './on-quick-reply';
import { onUserText } from './on-text';
import { enabledTemplates, welcomeBlocks } from './replies';
import { dialogStateSchema, initialDialogState, type DialogState } from './state';
import { finishTurn, startTurn, type Turn } from './turn';

export interface EngineOptions {
  templates: readonly TemplateDefinition[];
}

export interface Engine {
  readonly templates: readonly TemplateDefinition[];
  initialState(): DialogState;
  /** Pure: the same state, event and context always give the same result. */
  step(state: DialogState, event: DialogEvent, context: StepContext): StepResult<DialogState>;
  /** Checks a persisted state; null when it is not one this engine can continue. */
  restore(value: unknown): DialogState | null;
  /** The greeting that lists what the assistant can do. */
  welcome(context: StepContext): BotMessage;
}

/**
 * Builds the dialog engine for a set of templates.
 *
 * @example
 * const engine = createEngine({ templates });
 * let state = engine.initialState();
 * const { state: next, effects } = engine.step(state, { type: 'user-message', text: 'show me event abc123' }, context);
 */
export function createEngine(options: EngineOptions): Engine {
  const byId = new Map(options.templates.map((template) => [template.id, template]));
  if (byId.size !== options.templates.length) throw new Error('Template ids must be unique');
  const index = createIntentIndex(options.templates);

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
    initialState: initialDialogState,
    step(state, event, context) {
      const turn = startTurn(state, context, byId, index);
      try {
        handle(turn, event);
      } catch {
        // A template function failed. Never trap the visitor: say so, end that dialog, keep the rest.
        const safe = startTurn(state, context, byId, index);
        safe.state.active = null;
        safe.state.pending = null;
        safe.blocks.push({
          type: 'error',
          title: 'Something went wrong',
          message:
            'I hit a problem with that request and stopped it. Please try again or ask for something else.',
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
      return { id: 'welcome', blocks: welcomeBlocks(enabledTemplates(byId, context)) };
    },
  };
}
