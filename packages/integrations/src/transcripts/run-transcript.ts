/** Runs one transcript through the real engine, answering calls from fixtures or the real proxy. */
import type {
  AuthorizationOutcome,
  DialogEvent,
  DialogState,
  Effect,
  Engine,
  StepContext,
} from '@slotchat/dialog';
import type { CallOutcome } from '../proxy-client/proxy-client';
import { checkExpectation } from './check-expectation';
import { toOutcome } from './fixture-backend';
import { recall, substitute } from './remember';
import { blocksOf } from './turn-text';
import type { Expectation, SandboxAction, Transcript } from './transcript-schema';

/** Thursday 19 November 2026, 10:00 in Berlin. */
export const defaultTranscriptNow = '2026-11-19T09:00:00Z';

type CallEffect = Extract<Effect, { type: 'call-operation' }>;

export interface TranscriptBackend {
  /** Answers a call, or undefined to leave it pending for a `respond` turn. */
  answer(call: CallEffect): Promise<CallOutcome | undefined>;
  authorize(integration: string, outcome: AuthorizationOutcome): Promise<AuthorizationOutcome>;
  connected(): Promise<Record<string, boolean>>;
  /** Changes the sandbox (faults, revoked grants); fixtures have no sandbox to change. */
  sandbox?(action: SandboxAction): Promise<void>;
  /** The clock calls are answered on; default the transcript's pinned `now`. */
  now?(): number;
}

export interface TranscriptResult {
  name: string;
  ok: boolean;
  failures: string[];
  /** Every effect of every step, in order (what was said, called, asked for). */
  effects: Effect[];
}

export interface RunTranscriptOptions {
  /** The visitor's locale (default en-GB, the language the expectations are written in). */
  locale?: string;
  /**
   * `ignored`: check only what the transcript expects of behaviour (calls, templates, blocks by
   * type, authorization, zone, done), not its words — for a run in another catalogue.
   */
  words?: 'checked' | 'ignored';
}

export async function runTranscript(
  engine: Engine,
  transcript: Transcript,
  backend: TranscriptBackend,
  failures: string[] = [],
  options: RunTranscriptOptions = {},
): Promise<TranscriptResult> {
  let state: DialogState = engine.initialState();
  const clock = backend.now ?? (() => Date.parse(transcript.now ?? defaultTranscriptNow));
  let context: StepContext = {
    now: clock(),
    timeZone: transcript.zone,
    locale: options.locale ?? 'en-GB',
    connected: await backend.connected(),
  };
  const all: Effect[] = [];
  let pending: CallEffect | undefined;
  const remembered: Record<string, string> = {};

  function step(event: DialogEvent, collected: Effect[], templates: Set<string>): Effect[] {
    context = { ...context, now: clock() };
    const result = engine.step(state, event, context);
    state = result.state;
    if (state.active) templates.add(state.active.templateId);
    for (const effect of result.effects) {
      if (effect.type === 'set-time-zone') context = { ...context, timeZone: effect.timeZone };
      if (effect.type === 'call-operation') pending = effect;
    }
    collected.push(...result.effects);
    all.push(...result.effects);
    return result.effects;
  }

  /** Calls chain (the Calendly user, then event types, then open times): answer them all. */
  async function settle(
    collected: Effect[],
    templates: Set<string>,
    label: string,
    nextIsRespond: boolean,
  ): Promise<void> {
    for (let hop = 0; hop < 20 && pending; hop += 1) {
      const call = pending;
      const outcome = await backend.answer(call);
      if (!outcome) {
        // Fail closed: a call nobody prepared an answer for is a surprise, not a pass.
        if (!nextIsRespond)
          failures.push(
            `${label}: ${call.operation} was called with no prepared answer (add a fixture or a respond turn)`,
          );
        return;
      }
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
      const text = substitute(turn.user, remembered);
      step(
        { type: 'user-message', text: turn.repeat ? text.repeat(turn.repeat) : text },
        collected,
        templates,
      );
    } else if (turn.reply !== undefined) {
      const value = substitute(turn.reply, remembered);
      step({ type: 'quick-reply', value, label: value }, collected, templates);
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
    } else if (turn.sandbox) {
      if (!backend.sandbox) {
        failures.push(`${label}: a sandbox action needs the sandbox backend`);
        break;
      }
      await backend.sandbox(turn.sandbox);
    }
    const nextIsRespond = transcript.turns[index + 1]?.respond !== undefined;
    await settle(collected, templates, label, nextIsRespond);
    if (turn.expect) {
      const expectation = behaviourOnly(
        substituteExpectation(turn.expect, remembered),
        options.words ?? 'checked',
      );
      for (const problem of checkExpectation(expectation, collected, templates, state))
        failures.push(`${label}: ${problem}`);
    }
    for (const [name, path] of Object.entries(turn.remember ?? {})) {
      const value = recall(blocksOf(collected), path);
      if (value === undefined) failures.push(`${label}: nothing to remember at ${path}`);
      else remembered[name] = value;
    }
  }
  return { name: transcript.name, ok: failures.length === 0, failures, effects: all };
}

/** The expectation without what depends on the words said, when they are not English. */
function behaviourOnly(expectation: Expectation, words: 'checked' | 'ignored'): Expectation {
  if (words === 'checked') return expectation;
  const {
    says: _says,
    notSays: _notSays,
    matches: _matches,
    quickReplies: _quickReplies,
    block: _block,
    ...behaviour
  } = expectation;
  return behaviour;
}

function substituteExpectation(
  expectation: Expectation,
  values: Readonly<Record<string, string>>,
): Expectation {
  if (Object.keys(values).length === 0) return expectation;
  return JSON.parse(
    substitute(JSON.stringify(expectation), values, (value) => JSON.stringify(value).slice(1, -1)),
  ) as Expectation;
}

function waitingIntegration(state: DialogState): string | undefined {
  const phase = state.active?.phase;
  if (phase?.kind === 'authorizing' || phase?.kind === 'authorization-failed')
    return phase.integration;
  return undefined;
}
