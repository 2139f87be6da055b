/** Outcomes the holder feeds back: how an authorization ended, and what an operation returned. */
import type { AuthorizationOutcome, OperationError } from '../engine-types';
import type { JsonValue } from '../json';
import type { MessageBlock } from '../messages';
import { advance, lookupKey, requestAuthorization } from './advance';
import { errorMessage } from './replies';
import type { ActiveDialog } from './state';
import type { EngineMessageKey } from '../strings/en';
import {
  say,
  sayText,
  sayWords,
  templateContext,
  templateOf,
  titleOf,
  words,
  type Turn,
} from './turn';

const outcomeText: Record<Exclude<AuthorizationOutcome, 'connected'>, EngineMessageKey> = {
  denied: 'authorization.denied',
  closed: 'authorization.closed',
  blocked: 'authorization.blocked',
  expired: 'authorization.expired',
  'missing-scopes': 'authorization.missingScopes',
  failed: 'authorization.failed',
};

export function onAuthorizationResult(
  turn: Turn,
  integration: string,
  outcome: AuthorizationOutcome,
): void {
  const active = turn.state.active;
  const waiting =
    active &&
    (active.phase.kind === 'authorizing' || active.phase.kind === 'authorization-failed') &&
    active.phase.integration === integration;
  if (!active || !waiting) {
    if (outcome !== 'connected') return;
    const name = integrationName(turn, integration);
    const phase = active?.phase;
    if (active && (phase?.kind === 'authorizing' || phase?.kind === 'authorization-failed')) {
      // Another integration connected (a second widget, the site owner) while this one waits.
      const template = templateOf(turn, active);
      sayWords(turn, 'connected.otherWaiting', {
        integration: name,
        waiting: template.integrationName,
      });
      return;
    }
    sayWords(turn, active ? 'connected.inDialog' : 'connected.idle', { integration: name });
    return;
  }
  const template = templateOf(turn, active);
  if (outcome === 'connected') {
    // The context may not list the integration yet if the holder updates it after this step.
    turn.context = {
      ...turn.context,
      connected: { ...turn.context.connected, [integration]: true },
    };
    advance(turn, active);
    return;
  }
  sayText(turn, turn.t(outcomeText[outcome], { integration: template.integrationName }));
  say(turn, {
    type: 'quick-replies',
    options: [
      { label: words(turn, 'reply.tryAgain'), value: 'connect' },
      { label: words(turn, 'reply.cancel'), value: 'cancel' },
    ],
  });
  active.phase = { kind: 'authorization-failed', integration };
}

/** The phase waiting for this call, or undefined when the result is stale (the dialog moved on). */
function waitingFor(turn: Turn, callId: string): ActiveDialog | undefined {
  const active = turn.state.active;
  if (active?.phase.kind === 'calling' && active.phase.callId === callId) return active;
  return undefined;
}

export function onOperationSucceeded(turn: Turn, callId: string, data: unknown): void {
  const active = waitingFor(turn, callId);
  if (!active || active.phase.kind !== 'calling') return;
  const template = templateOf(turn, active);
  const { purpose, lookup } = active.phase;
  if (purpose === 'lookup' && lookup) {
    const definition = template.lookups?.find((candidate) => candidate.name === lookup);
    if (definition?.isValid && !definition.isValid(data)) {
      say(turn, {
        type: 'error',
        title: words(turn, 'failure.unexpectedAnswer.title'),
        message: words(turn, 'failure.unexpectedAnswer.message', {
          integration: template.integrationName,
        }),
        retry: true,
      });
      offerRetry(turn, active);
      return;
    }
    active.lookups[lookup] = {
      key: lookupKey(active, definition?.dependsOn ?? []),
      data: toJson(data),
    };
    advance(turn, active);
    return;
  }
  const context = templateContext(turn, active);
  if (purpose === 'verify' && template.verify) {
    return afterCheck(
      turn,
      active,
      template.verify.outcome({ ok: true, data }, active.slots, context),
    );
  }
  const blocks =
    purpose === 'fallback' && template.fallback
      ? template.fallback.render(data, active.slots, context)
      : template.render(data, active.slots, context);
  say(turn, ...blocks);
  // A lookup can be asked again with one thing changed; a write is never repeated that way.
  if (!template.confirmation) turn.state.previous = structuredClone(active);
  finishDialog(turn);
}

/** A write's outcome is unknown when the proxy says so: the provider may have acted. */
function outcomeUnknown(error: OperationError): boolean {
  const details = error.details;
  return (
    typeof details === 'object' &&
    details !== null &&
    (details as { outcomeUnknown?: unknown }).outcomeUnknown === true
  );
}

/** What the check of an unknown write found: done, not done (offer the write again), or still unknown. */
function afterCheck(
  turn: Turn,
  active: ActiveDialog,
  result: { happened: boolean | undefined; blocks: MessageBlock[] },
): void {
  say(turn, ...result.blocks);
  if (result.happened === true) return finishDialog(turn);
  if (result.happened === false) {
    active.checkFirst = false;
    return offerRetry(turn, active);
  }
  offerCheck(turn, active);
}

function offerCheck(turn: Turn, active: ActiveDialog): void {
  const template = templateOf(turn, active);
  active.phase = { kind: 'failed' };
  say(turn, {
    type: 'quick-replies',
    options: [
      {
        label: template.verify ? turn.t(template.verify.label) : words(turn, 'reply.check'),
        value: 'retry',
      },
      { label: words(turn, 'reply.cancel'), value: 'cancel' },
    ],
  });
}

export function onOperationFailed(turn: Turn, callId: string, error: OperationError): void {
  const active = waitingFor(turn, callId);
  if (!active || active.phase.kind !== 'calling') return;
  const template = templateOf(turn, active);
  if (error.code === 'authorization_required' || error.code === 'insufficient_scopes') {
    const reason = words(
      turn,
      error.code === 'insufficient_scopes'
        ? 'authorization.morePermissions'
        : 'authorization.renew',
      { integration: template.integrationName },
    );
    turn.context = {
      ...turn.context,
      connected: { ...turn.context.connected, [template.integration]: false },
    };
    requestAuthorization(turn, active, template, reason);
    return;
  }
  const context = templateContext(turn, active);
  if (active.phase.purpose === 'verify' && template.verify) {
    return afterCheck(
      turn,
      active,
      template.verify.outcome({ ok: false, error }, active.slots, context),
    );
  }
  if (active.phase.purpose !== 'lookup' && outcomeUnknown(error)) {
    return unknownWrite(turn, active, error);
  }
  if (active.phase.purpose === 'main' && template.fallback?.when(error)) {
    active.usingFallback = true;
    advance(turn, active);
    return;
  }
  const recovery = template.recover?.(error, active.slots, context);
  if (recovery) {
    say(turn, ...recovery.blocks);
    for (const slot of recovery.clearSlots) delete active.slots[slot];
    for (const lookup of recovery.refetch ?? []) delete active.lookups[lookup];
    active.confirmed = false;
    advance(turn, active);
    return;
  }
  const blocks = template.renderError?.(error, active.slots, context) ?? [
    {
      type: 'error' as const,
      title: words(turn, 'failure.title', { task: titleOf(turn, template) }),
      message: errorMessage(error, template.integrationName, turn),
      code: error.code,
      retry: error.retryable,
    },
  ];
  say(turn, ...blocks);
  if (blocks.some((block) => block.type === 'error' && block.retry)) {
    offerRetry(turn, active);
  } else {
    finishDialog(turn);
  }
}

/**
 * The provider may have written before the answer was lost: never write again blindly. With a
 * check, offer it (and run it before any retry); without one, say how to find out and stop.
 */
function unknownWrite(turn: Turn, active: ActiveDialog, error: OperationError): void {
  const template = templateOf(turn, active);
  const context = templateContext(turn, active);
  const integration = template.integrationName;
  const blocks = template.verify?.unknown?.(error, active.slots, context) ?? [
    { type: 'text' as const, text: words(turn, 'failure.unknownOutcome', { integration }) },
  ];
  say(turn, ...blocks);
  if (!template.verify) {
    sayWords(turn, 'failure.checkYourself', { integration });
    return finishDialog(turn);
  }
  active.checkFirst = true;
  offerCheck(turn, active);
}

function integrationName(turn: Turn, integration: string): string {
  for (const template of turn.templates.values())
    if (template.integration === integration) return template.integrationName;
  return integration;
}

/** The dialog is over; if another was set aside, offer to go back to it. */
export function finishDialog(turn: Turn): void {
  turn.state.active = null;
  const suspended = turn.state.suspended;
  if (!suspended) return;
  const template = turn.templates.get(suspended.templateId);
  if (!template) {
    turn.state.suspended = null;
    return;
  }
  sayWords(turn, 'resume.ask', { task: titleOf(turn, template) });
  say(turn, {
    type: 'quick-replies',
    options: [
      { label: words(turn, 'reply.goBack'), value: 'resume' },
      { label: words(turn, 'reply.no'), value: 'no-resume' },
    ],
  });
  turn.state.pending = { kind: 'resume' };
}

/** Provider JSON is JSON; this drops what JSON cannot hold (undefined, functions) so state stays plain. */
function toJson(data: unknown): JsonValue {
  if (data === undefined) return null;
  return JSON.parse(JSON.stringify(data)) as JsonValue;
}

function offerRetry(turn: Turn, active: ActiveDialog): void {
  active.phase = { kind: 'failed' };
  say(turn, {
    type: 'quick-replies',
    options: [
      { label: words(turn, 'reply.retry'), value: 'retry' },
      { label: words(turn, 'reply.cancel'), value: 'cancel' },
    ],
  });
}
