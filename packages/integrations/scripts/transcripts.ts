/**
 * `pnpm transcripts [files…] [--proxy-url http://localhost:3000 | --with-sandbox]` — runs YAML transcripts through
 * the real engine (pinned clock and zone). Fixture transcripts need nothing else; `backend: sandbox`
 * transcripts go through a running proxy (against the sandbox), authorizing on its consent page;
 * `--with-sandbox` starts the sandbox and a proxy on free ports for the run and stops them after.
 * One line per transcript; exits non-zero on any failure.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalStack } from '../src/transcripts/local-stack';
import { runTranscriptFiles } from '../src/transcripts/run-files';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let proxyUrl = process.env.SLOTCHAT_PROXY_URL;
let withSandbox = false;
const files: string[] = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index] ?? '';
  if (arg === '--with-sandbox') withSandbox = true;
  else if (arg === '--proxy-url') proxyUrl = args[++index];
  else if (arg.startsWith('--proxy-url=')) proxyUrl = arg.slice('--proxy-url='.length);
  else files.push(resolve(process.env.INIT_CWD ?? process.cwd(), arg));
}
if (files.length === 0) {
  const folder = join(here, '..', 'transcripts');
  for (const name of (await readdir(folder)).sort())
    if (name.endsWith('.yaml')) files.push(join(folder, name));
}
const stack =
  withSandbox && !proxyUrl ? await startLocalStack(join(here, '..', '..', '..')) : undefined;
if (stack) console.log(`Started the sandbox and a proxy at ${stack.proxyUrl}`);
let summary;
try {
  summary = await runTranscriptFiles(files, {
    proxyUrl: stack?.proxyUrl ?? proxyUrl,
    log: (line) => console.log(line),
  });
} finally {
  await stack?.stop();
}
console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exitCode = summary.failed > 0 ? 1 : 0;
