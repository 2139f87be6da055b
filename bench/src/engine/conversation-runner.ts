/**
 * Drives the real engine through a conversation the way the widget does: each visitor turn is
 * one `step`, each call effect is answered and fed back as another `step`. A recording run
 * answers calls through the real proxy and sandbox; a replay run answers them from the
 * recording, so the timed loop does no I/O and sees the same provider data as a visitor.
 */
import type { DialogEvent, DialogState, Effect, Engine, StepContext } from '@slotchat/dialog';
import type { Conversation, VisitorTurn } from './corpus';

export type CallAnswer =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; retryable: boolean } };

export interface RecordedCall {
  operation: string;
  answer: CallAnswer;
}

export interface Timings {
  /** One per visitor turn: understanding + step of what the visitor typed or tapped. */
  visitorTurns: number[];
  /** One per provider answer fed back: the template rendering the result. */
  results: number[];
  /** What the visitor sent, index for index with `visitorTurns`. */
  labels: string[];
}

type CallEffect = Extract<Effect, { type: 'call-operation' }>;

function eventOf(turn: VisitorTurn): DialogEvent {
  return 'text' in turn
    ? { type: 'user-message', text: turn.text }
    : { type: 'quick-reply', value: turn.reply, label: turn.reply };
}

/**
 * Runs one conversation. `answer` is asked for every call in order; its index counts calls in
 * this conversation. Returns the templates the dialog went through, for checking the corpus.
 */
export async function runConversation(
  engine: Engine,
  conversation: Conversation,
  context: StepContext,
  answer: (call: CallEffect, index: number) => CallAnswer | Promise<CallAnswer>,
  timings?: Timings,
): Promise<{ templates: Set<string>; calls: RecordedCall[] }> {
  let state: DialogState = engine.initialState();
  const templates = new Set<string>();
  const calls: RecordedCall[] = [];
  const step = (event: DialogEvent, into: number[] | undefined): CallEffect | undefined => {
    const started = process.hrtime.bigint();
    const result = engine.step(state, event, context);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    into?.push(elapsed);
    state = result.state;
    if (state.active) templates.add(state.active.templateId);
    return result.effects.find((effect): effect is CallEffect => effect.type === 'call-operation');
  };
  for (const turn of conversation.turns) {
    timings?.labels.push('text' in turn ? turn.text : `[${turn.reply}]`);
    let pending = step(eventOf(turn), timings?.visitorTurns);
    // Calls chain (the Calendly user, then its event types, then open times): answer them all.
    for (let hop = 0; pending && hop < 20; hop += 1) {
      const outcome = await answer(pending, calls.length);
      calls.push({ operation: pending.operation, answer: outcome });
      const event: DialogEvent = outcome.ok
        ? { type: 'operation-succeeded', callId: pending.callId, data: outcome.data }
        : { type: 'operation-failed', callId: pending.callId, error: outcome.error };
      pending = step(event, timings?.results);
    }
  }
  return { templates, calls };
}
