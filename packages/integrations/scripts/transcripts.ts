/**
 * `pnpm transcripts [files…] [--fixtures | --with-sandbox | --proxy-url URL [--sandbox-url URL]] [--marked]`
 * — runs YAML transcripts through the real engine, one line per transcript, non-zero exit on any
 * failure. `--marked` runs them in a marked catalogue and in German: the behaviour they expect,
 * and every word from the catalogue, every date German (see `marked-words.ts`).
 *
 * - No option: fixture mode. Fixture transcripts run; sandbox transcripts are counted as not run,
 *   and the summary says so. Naming a file that holds sandbox transcripts in this mode fails
 *   (what was asked for cannot run) unless `--fixtures` says that only fixtures are wanted.
 * - `--with-sandbox`: starts the sandbox (its clock pinned to the transcripts' instant) and a
 *   proxy on free ports, runs every transcript — sandbox ones through the real proxy, consent
 *   pages included — and stops them.
 * - `--proxy-url`: uses a running proxy (and `--sandbox-url` for fault switches); sandbox
 *   transcripts then run on the real clock.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTranscriptFile } from '../src/transcripts/load-transcripts';
import { startLocalStack } from '../src/transcripts/local-stack';
import { runTranscriptFiles } from '../src/transcripts/run-files';
import { defaultTranscriptNow } from '../src/transcripts/run-transcript';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let proxyUrl = process.env.SLOTCHAT_PROXY_URL;
let sandboxUrl = process.env.SLOTCHAT_SANDBOX_URL;
let withSandbox = false;
let fixturesOnly = false;
let marked = false;
const named: string[] = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index] ?? '';
  if (arg === '--with-sandbox') withSandbox = true;
  else if (arg === '--fixtures') fixturesOnly = true;
  else if (arg === '--marked') marked = true;
  else if (arg === '--proxy-url') proxyUrl = args[++index];
  else if (arg.startsWith('--proxy-url=')) proxyUrl = arg.slice('--proxy-url='.length);
  else if (arg === '--sandbox-url') sandboxUrl = args[++index];
  else if (arg.startsWith('--sandbox-url=')) sandboxUrl = arg.slice('--sandbox-url='.length);
  else if (arg.startsWith('--')) {
    console.error(`Unknown option ${arg}`);
    process.exit(2);
  } else named.push(resolve(process.env.INIT_CWD ?? process.cwd(), arg));
}
const files = [...named];
if (files.length === 0) {
  const folder = join(here, '..', 'transcripts');
  for (const name of (await readdir(folder)).sort())
    if (name.endsWith('.yaml')) files.push(join(folder, name));
}

const sandboxMode = !fixturesOnly && (withSandbox || Boolean(proxyUrl));
if (!sandboxMode && !fixturesOnly && named.length > 0) {
  for (const file of named) {
    const loaded = await loadTranscriptFile(file).catch(() => undefined);
    if (loaded?.transcripts.some((transcript) => transcript.backend === 'sandbox')) {
      console.error(
        `${file} has sandbox transcripts: run it with --with-sandbox (or --proxy-url), or pass --fixtures to run only its fixture transcripts.`,
      );
      process.exit(2);
    }
  }
}

/**
 * One pass over the files: the English catalogue (the transcripts' words checked), or the marked
 * one in German. Each pass that needs the sandbox gets a fresh one: the first pass books and
 * writes events, which would change what the second finds.
 */
async function pass(markedPass: boolean) {
  const stack =
    withSandbox && !proxyUrl
      ? await startLocalStack(join(here, '..', '..', '..'), defaultTranscriptNow)
      : undefined;
  if (stack)
    console.log(
      `Started the sandbox (clock from ${defaultTranscriptNow}) and a proxy at ${stack.proxyUrl}`,
    );
  else if (!sandboxMode && !markedPass)
    console.log('Fixture mode: sandbox transcripts need --with-sandbox or --proxy-url.');
  try {
    return await runTranscriptFiles(files, {
      proxyUrl: stack?.proxyUrl ?? proxyUrl,
      sandboxUrl: stack?.sandboxUrl ?? sandboxUrl,
      ...(stack ? { sandboxNow: stack.now } : {}),
      fixturesOnly: !sandboxMode,
      marked: markedPass,
      // The marked pass reports only what fails; the English pass has listed every transcript.
      log: (line) => {
        if (onlyMarked || !markedPass || !line.startsWith('ok')) console.log(line);
      },
    });
  } finally {
    await stack?.stop();
  }
}

const notRun = (count: number) =>
  count > 0 ? `, ${count} sandbox transcripts not run (fixture mode)` : '';
const onlyMarked = marked;
let failed = 0;
if (!onlyMarked) {
  const summary = await pass(false);
  console.log(`\n${summary.passed} passed, ${summary.failed} failed${notRun(summary.notRun)}`);
  failed += summary.failed;
  // Every run also proves that every word comes from the catalogue (a marked one, in German).
  console.log('\nAgain with a marked catalogue, in German (words from the catalogue):');
}
const markedSummary = await pass(true);
console.log(
  `${markedSummary.passed} passed, ${markedSummary.failed} failed in the marked catalogue${notRun(markedSummary.notRun)}`,
);
failed += markedSummary.failed;
process.exitCode = failed > 0 ? 1 : 0;
