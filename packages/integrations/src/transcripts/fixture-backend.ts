/**
 * Answers a transcript's calls from its fixtures, after checking the params against the
 * allow-list exactly as the proxy would: a template that builds params the proxy refuses fails
 * its transcript. A call with no fixture is left pending for a `respond` turn; the runner fails
 * the transcript when no such turn follows (fail closed, as the HTTP fakes of the tests do).
 */
import { findOperation } from '../index';
import type { CallOutcome } from '../proxy-client/proxy-client';
import type { TranscriptBackend } from './run-transcript';
import type { FixtureOutcome, Transcript } from './transcript-schema';

export function toOutcome(fixture: FixtureOutcome): CallOutcome {
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
