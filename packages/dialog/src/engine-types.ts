/**
 * The engine's public contract with whoever holds it (the widget store, the terminal chat, the
 * transcript runner): `step(state, event, context) → { state, effects }`. Pure: the engine never
 * calls anything; the holder runs the effects and feeds their outcomes back as events.
 */
import type { BotMessage } from './messages';

/** Everything outside the conversation that a step may depend on. Injected, never read globally. */
export interface StepContext {
  /** The current instant, epoch milliseconds (the injected clock). */
  now: number;
  /** The visitor's IANA time zone, used for understanding and for what is said. */
  timeZone: string;
  /** BCP-47 locale, e.g. `en-GB`. */
  locale: string;
  /** Integrations that can be called right now (connected by the visitor or by the site owner). */
  connected: Readonly<Record<string, boolean>>;
  /** Template ids the site owner has enabled; absent means all. */
  enabledTemplates?: readonly string[];
}

/** How a popup authorization ended, as the widget learned it. */
export type AuthorizationOutcome =
  'connected' | 'denied' | 'closed' | 'blocked' | 'expired' | 'missing-scopes' | 'failed';

/** A failed operation as the proxy reported it (see `ApiErrorBody` in @slotchat/integrations). */
export interface OperationError {
  code: string;
  message: string;
  retryable: boolean;
  details?: unknown;
}

export type DialogEvent =
  | { type: 'user-message'; text: string }
  | { type: 'quick-reply'; value: string; label: string }
  | { type: 'authorization-result'; integration: string; outcome: AuthorizationOutcome }
  | { type: 'operation-succeeded'; callId: string; data: unknown }
  | { type: 'operation-failed'; callId: string; error: OperationError }
  | { type: 'time-zone-changed'; timeZone: string }
  | { type: 'reset' };

export type Effect =
  /** Show a bot message. */
  | { type: 'say'; message: BotMessage }
  /** Call an allow-listed operation through the proxy; answer with operation-succeeded/failed. */
  | { type: 'call-operation'; callId: string; operation: string; params: unknown }
  /** The dialog waits for this integration; the widget shows the auth card's Connect button. */
  | { type: 'request-authorization'; integration: string }
  /** The visitor asked to use another zone ("use Berlin time"): the holder updates its context. */
  | { type: 'set-time-zone'; timeZone: string };

export interface StepResult<State> {
  state: State;
  effects: Effect[];
}
