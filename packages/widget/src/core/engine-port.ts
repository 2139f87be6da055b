/**
 * The dialog engine as the widget holds it (the contract of `createEngine` in @slotchat/dialog).
 * Typed here as a port so the store depends on the shape, not on one engine build.
 */
import type { BotMessage, DialogEvent, StepContext, StepResult } from '@slotchat/dialog';

export interface DialogEngine<State = unknown> {
  initialState(): State;
  step(state: State, event: DialogEvent, context: StepContext): StepResult<State>;
  /** Validates persisted state; null when it is not a state this engine can resume. */
  restore(value: unknown): State | null;
  /** The greeting that lists what the assistant can do. */
  welcome(context: StepContext): BotMessage;
  /** Optional: does ahead of time what the first request would otherwise wait for. */
  prepare?(): void;
}
