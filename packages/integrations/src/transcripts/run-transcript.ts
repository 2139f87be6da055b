/** Runs one transcript through the real engine, answering calls from fixtures or the real proxy. */
import type {
  AuthorizationOutcome,
  DialogEvent,
  Effect,
  Engine,
  StepContext,
} from '@slotchat/dialog';
import type { DialogState } from '@slotchat/dialog';
import { findOperation } from '../index';
import type { CallOutcome } from '../proxy-client/proxy-client';
import { checkExpectation } from './check-expectation';
import type { FixtureOutcome, Transcript } from './transcript-schema';

/** Thursday 19 November 2026, 10:00 in Berlin. */
export const defaultTranscriptNow = '2026-11-19T09:00:00Z';

type CallEffect = Extract<Effect, { type: 'call-operation' }>;

export interface TranscriptBackend {
  /** Answers a call, or undefined to leave it pending for a `respond` turn. */
  answer(call: CallEffect): Promise<CallOutcome | undefined>;
  authorize(integration: string, outcome: AuthorizationOutcome): Promise<AuthorizationOutcome>;
  connected(): Promise<Record<string, boolean>>;
}

export interface TranscriptResult {
  name: string;
  ok: boolean;
  failures: string[];
}

function toOutcome(fixture: FixtureOutcome): CallOutcome {
  if (fixture.error) {
    const { code, message, retryable, details } = fixture.error;
    return {
      ok: false,
      error:
        details === undefined
          ? { code, message, retryable }
          : { code, message, retryable, details },
    };
  }
  return { ok: true, data: fixture.data ?? null };
}

/**
 * Answers from the transcript's fixtures, after checking the params against the allow-list exactly
 * as the proxy would: a template that builds params the proxy refuses fails its transcript.
 */
export function fixtureBackend(transcript: Transcript, failures: string[]): TranscriptBackend {
  const used = new Map<string, number>();
  return {
    async answer(call) {
      const operation = findOperation(call.operation);
      if (!operation) {
        failures.push(`called ${call.operation}, which is not on the allow-list`);
        return {
          ok: false,
          error: { code: 'unknown_operation', message: 'Unknown operation', retryable: false },
        };
      }
      const checked = operation.params.safeParse(call.params);
      if (!checked.success) {
        failures.push(
          `${call.operation} params refused by the allow-list: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
        return {
          ok: false,
          error: { code: 'invalid_params', message: 'Invalid params', retryable: false },
        };
      }
      const fixture = transcript.fixtures[call.operation];
      if (fixture === undefined) return undefined;
      const list = Array.isArray(fixture) ? fixture : [fixture];
      const index = used.get(call.operation) ?? 0;
      used.set(call.operation, index + 1);
      const chosen = list[Math.min(index, list.length - 1)];
      return chosen ? toOutcome(chosen) : undefined;
    },
    async authorize(_integration, outcome) {
      return outcome;
    },
    async connected() {
      return Object.fromEntries(transcript.connected.map((id) => [id, true]));
    },
  };
}

export async function runTranscript(
  engine: Engine,
  transcript: Transcript,
  backend: TranscriptBackend,
  failures: string[] = [],
): Promise<TranscriptResult> {
  let state: DialogState = engine.initialState();
  let context: StepContext = {
    // `now: now` follows the real clock, for the sandbox whose data is relative to its own clock.
    now: transcript.now === 'now' ? Date.now() : Date.parse(transcript.now ?? defaultTranscriptNow),
    timeZone: transcript.zone,
    locale: 'en-GB',
    connected: await backend.connected(),
  };
  let pending: CallEffect | undefined;

  function step(event: DialogEvent, collected: Effect[], templates: Set<string>): Effect[] {
    const result = engine.step(state, event, context);
    state = result.state;
    if (state.active) templates.add(state.active.templateId);
    for (const effect of result.effects) {
      if (effect.type === 'set-time-zone') context = { ...context, timeZone: effect.timeZone };
      if (effect.type === 'call-operation') pending = effect;
    }
    collected.push(...result.effects);
    return result.effects;
  }

  async function settle(collected: Effect[], templates: Set<string>): Promise<void> {
    // Calls chain (the Calendly user, then event types, then open times): answer while fixtures last.
    for (let hop = 0; hop < 20 && pending; hop += 1) {
      const call = pending;
      const outcome = await backend.answer(call);
      if (!outcome) return;
      pending = undefined;
      step(
        outcome.ok
          ? { type: 'operation-succeeded', callId: call.callId, data: outcome.data }
          : { type: 'operation-failed', callId: call.callId, error: outcome.error },
        collected,
        templates,
      );
    }
  }

  for (const [index, turn] of transcript.turns.entries()) {
    const collected: Effect[] = [];
    const templates = new Set<string>();
    if (state.active) templates.add(state.active.templateId);
    const label = `turn ${index + 1}`;
    if (turn.user !== undefined) {
      step(
        { type: 'user-message', text: turn.repeat ? turn.user.repeat(turn.repeat) : turn.user },
        collected,
        templates,
      );
    } else if (turn.reply !== undefined) {
      step({ type: 'quick-reply', value: turn.reply, label: turn.reply }, collected, templates);
    } else if (turn.respond) {
      const call = pending;
      if (!call) {
        failures.push(`${label}: respond, but no call is pending`);
        break;
      }
      pending = undefined;
      const outcome = toOutcome(turn.respond);
      step(
        outcome.ok
          ? { type: 'operation-succeeded', callId: call.callId, data: outcome.data }
          : { type: 'operation-failed', callId: call.callId, error: outcome.error },
        collected,
        templates,
      );
    } else if (turn.authorize) {
      const integration = waitingIntegration(state);
      if (!integration) {
        failures.push(`${label}: authorize, but the dialog is not waiting for an authorization`);
        break;
      }
      const outcome = await backend.authorize(integration, turn.authorize);
      if (outcome === 'connected')
        context = { ...context, connected: { ...context.connected, [integration]: true } };
      step({ type: 'authorization-result', integration, outcome }, collected, templates);
    }
    await settle(collected, templates);
    if (turn.expect) {
      for (const problem of checkExpectation(turn.expect, collected, templates, state))
        failures.push(`${label}: ${problem}`);
    }
  }
  return { name: transcript.name, ok: failures.length === 0, failures };
}

function waitingIntegration(state: DialogState): string | undefined {
  const phase = state.active?.phase;
  if (phase?.kind === 'authorizing' || phase?.kind === 'authorization-failed')
    return phase.integration;
  return undefined;
}
