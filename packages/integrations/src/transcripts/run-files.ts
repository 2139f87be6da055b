/** Runs transcript files and reports one line per transcript. */
import { createEngine } from '@slotchat/dialog';
import { connectProxy } from '../proxy-client/proxy-client';
import { templates } from '../templates';
import { fixtureBackend } from './fixture-backend';
import { loadTranscriptFile } from './load-transcripts';
import { markedCatalogue, unmarkedWords } from './marked-words';
import { runTranscript, type RunTranscriptOptions } from './run-transcript';
import { sandboxBackend } from './sandbox-backend';
import type { Transcript } from './transcript-schema';

export interface RunSummary {
  passed: number;
  failed: number;
  /** Sandbox transcripts not run because no proxy was given (only with `fixturesOnly`). */
  notRun: number;
}

export interface RunOptions {
  /** A proxy that talks to the sandbox; sandbox transcripts need one. */
  proxyUrl?: string | undefined;
  /** That sandbox's base URL, for transcripts that switch faults on or revoke grants. */
  sandboxUrl?: string | undefined;
  /** The sandbox's clock (pinned when the runner started the sandbox); default the real clock. */
  sandboxNow?: () => number;
  /** Run only fixture transcripts and count the sandbox ones as not run. */
  fixturesOnly?: boolean;
  /**
   * Run in a marked catalogue and in German: check the behaviour the transcripts expect, and
   * that every word said came from the catalogue and every date is German (not their English).
   */
  marked?: boolean;
  log: (line: string) => void;
}

export async function runTranscriptFiles(
  files: readonly string[],
  options: RunOptions,
): Promise<RunSummary> {
  const english = createEngine({ templates });
  const engine = options.marked
    ? createEngine({ templates, strings: markedCatalogue(english.messages) })
    : english;
  const check = options.marked
    ? {
        run: { locale: 'de-DE', words: 'ignored' } satisfies RunTranscriptOptions,
        words: (effects: Parameters<typeof unmarkedWords>[0]) =>
          unmarkedWords(effects, english.messages, { dates: 'not-english' }),
      }
    : undefined;
  const summary: RunSummary = { passed: 0, failed: 0, notRun: 0 };
  for (const file of files) {
    let loaded;
    try {
      loaded = await loadTranscriptFile(file);
    } catch (error) {
      summary.failed += 1;
      options.log(`FAIL ${file}: ${(error as Error).message}`);
      continue;
    }
    for (const transcript of loaded.transcripts) {
      const title = `${loaded.subject} › ${transcript.name}`;
      if (transcript.backend === 'sandbox' && (options.fixturesOnly || !options.proxyUrl)) {
        if (options.fixturesOnly) {
          summary.notRun += 1;
        } else {
          // Asked to run it and nothing to run it against: that is a failure, never a pass.
          summary.failed += 1;
          options.log(`FAIL ${title}\n     needs the sandbox: pass --with-sandbox or --proxy-url`);
        }
        continue;
      }
      const result = await runOne(engine, transcript, options, check);
      if (result.failures.length === 0) {
        summary.passed += 1;
        options.log(`ok   ${title}`);
      } else {
        summary.failed += 1;
        options.log(
          `FAIL ${title}\n${result.failures.map((failure) => `     ${failure}`).join('\n')}`,
        );
      }
    }
  }
  return summary;
}

async function runOne(
  engine: ReturnType<typeof createEngine>,
  transcript: Transcript,
  options: RunOptions,
  check?: {
    run: RunTranscriptOptions;
    words: (effects: Parameters<typeof unmarkedWords>[0]) => string[];
  },
): Promise<{ failures: string[] }> {
  const failures: string[] = [];
  try {
    if (transcript.backend === 'fixtures') {
      const result = await runTranscript(
        engine,
        transcript,
        fixtureBackend(transcript, failures),
        failures,
        check?.run,
      );
      if (check) failures.push(...check.words(result.effects));
      return { failures };
    }
    const backend = sandboxBackend({
      client: await connectProxy({ baseUrl: options.proxyUrl ?? '' }),
      sandboxUrl: options.sandboxUrl,
      now: options.sandboxNow ?? Date.now,
    });
    try {
      if (transcript.faults.length > 0) await backend.sandbox?.({ faults: transcript.faults });
      const result = await runTranscript(engine, transcript, backend, failures, check?.run);
      if (check) failures.push(...check.words(result.effects));
    } finally {
      await backend.clearFaults();
    }
  } catch (error) {
    failures.push((error as Error).message);
  }
  return { failures };
}
