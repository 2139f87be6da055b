/** Runs transcript files and reports one line per transcript. */
import { createEngine } from '@slotchat/dialog';
import { connectProxy } from '../proxy-client/proxy-client';
import { templates } from '../templates';
import { loadTranscriptFile } from './load-transcripts';
import { fixtureBackend, runTranscript } from './run-transcript';
import { sandboxBackend } from './sandbox-backend';

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
}

export async function runTranscriptFiles(
  files: readonly string[],
  options: { proxyUrl?: string | undefined; log: (line: string) => void },
): Promise<RunSummary> {
  const engine = createEngine({ templates });
  const summary: RunSummary = { passed: 0, failed: 0, skipped: 0 };
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
      if (transcript.backend === 'sandbox' && !options.proxyUrl) {
        summary.skipped += 1;
        options.log(`skip ${title} (needs --proxy-url)`);
        continue;
      }
      const failures: string[] = [];
      try {
        const backend =
          transcript.backend === 'sandbox'
            ? sandboxBackend(await connectProxy({ baseUrl: options.proxyUrl ?? '' }))
            : fixtureBackend(transcript, failures);
        const result = await runTranscript(engine, transcript, backend, failures);
        if (result.ok) {
          summary.passed += 1;
          options.log(`ok   ${title}`);
        } else {
          summary.failed += 1;
          options.log(
            `FAIL ${title}\n${result.failures.map((failure) => `     ${failure}`).join('\n')}`,
          );
        }
      } catch (error) {
        summary.failed += 1;
        options.log(`FAIL ${title}\n     ${(error as Error).message}`);
      }
    }
  }
  return summary;
}
