/**
 * Drives the real engine turn by turn for tests: keeps state and context like the widget does,
 * and exposes what was said and which calls were asked for.
 */
import {
  createEngine,
  type DialogEvent,
  type DialogState,
  type Effect,
  type MessageBlock,
  type StepContext,
  type TemplateDefinition,
} from '@slotchat/dialog';
import { templates as allTemplates } from '../templates';

/** Thursday 19 November 2026, 10:00 in Berlin: the pinned clock of unit tests and transcripts. */
export const pinnedNow = Date.parse('2026-11-19T09:00:00Z');

export interface Conversation {
  state: DialogState;
  context: StepContext;
  send(event: DialogEvent): Effect[];
  say(text: string): Effect[];
}

export function createConversation(
  options: {
    templates?: readonly TemplateDefinition[];
    connected?: Record<string, boolean>;
    timeZone?: string;
    now?: number;
  } = {},
): Conversation {
  const engine = createEngine({ templates: options.templates ?? allTemplates });
  const conversation: Conversation = {
    state: engine.initialState(),
    context: {
      now: options.now ?? pinnedNow,
      timeZone: options.timeZone ?? 'Europe/Berlin',
      locale: 'en-GB',
      connected: options.connected ?? {},
    },
    send(event) {
      const result = engine.step(conversation.state, event, conversation.context);
      conversation.state = result.state;
      for (const effect of result.effects) {
        if (effect.type === 'set-time-zone')
          conversation.context = { ...conversation.context, timeZone: effect.timeZone };
      }
      return result.effects;
    },
    say(text) {
      return conversation.send({ type: 'user-message', text });
    },
  };
  return conversation;
}

export function blocksOf(effects: readonly Effect[]): MessageBlock[] {
  return effects.flatMap((effect) => (effect.type === 'say' ? effect.message.blocks : []));
}

export function textOf(effects: readonly Effect[]): string {
  return blocksOf(effects)
    .map((block) => {
      if (block.type === 'text') return block.text;
      if (block.type === 'error') return `${block.title}: ${block.message}`;
      if (block.type === 'auth') return block.reason;
      if (block.type === 'confirmation')
        return `${block.title} ${block.fields.map((f) => `${f.label}: ${f.value}`).join('; ')}`;
      if (block.type === 'quick-replies')
        return block.options.map((option) => `[${option.label}]`).join(' ');
      return '';
    })
    .join('\n');
}

export function callOf(
  effects: readonly Effect[],
): Extract<Effect, { type: 'call-operation' }> | undefined {
  return effects.find(
    (effect): effect is Extract<Effect, { type: 'call-operation' }> =>
      effect.type === 'call-operation',
  );
}
