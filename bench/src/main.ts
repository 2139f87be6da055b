/**
 * `pnpm bench`: runs the benchmarks of issue 8, prints the table, writes the figures to
 * bench-results/ (a timestamped file and latest.json) and regenerates BENCHMARKS.md from them.
 *
 *   --only weight,engine   run some benchmarks (latest.json and BENCHMARKS.md are then left alone)
 *   --quick                fewer runs and shorter loads: a smoke test, not figures to publish
 *   --build                rebuild the widget first (otherwise only a missing build is built)
 *   --report-only          rewrite BENCHMARKS.md from bench-results/latest.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '@slotchat/proxy/chromium';
import { widgetBuild } from './build';
import { gitCommit, readMachine } from './machine';
import { benchmarksFile, repoRoot, resultsDir } from './paths';
import { renderMarkdown } from './report/markdown';
import { printTable } from './report/table';
import { suiteIds, type BenchResults, type SuiteId, type SuiteResult } from './results';
import { quick } from './settings';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const flag = (name: string) => args.includes(name);
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const onlyValue = onlyArg?.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf('--only') + 1];
const only = onlyArg ? (onlyValue ?? '').split(',').map((id) => id.trim()) : [...suiteIds];
const unknown = only.filter((id) => !(suiteIds as readonly string[]).includes(id));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${suiteIds.join(', ')}`);
  process.exit(2);
}
const latestFile = join(resultsDir, 'latest.json');
// A stray rejection (a browser event after its page closed) is reported, not fatal to the run.
process.on('unhandledRejection', (error) => console.warn('Unhandled rejection:', error));

function writeReport(results: BenchResults): void {
  writeFileSync(benchmarksFile, `${renderMarkdown(results, relative(repoRoot, latestFile))}\n`);
  console.log(`Wrote ${relative(repoRoot, benchmarksFile)}`);
}

if (flag('--report-only')) {
  const results = JSON.parse(readFileSync(latestFile, 'utf8')) as BenchResults;
  printTable(results);
  writeReport(results);
  process.exit(0);
}

if (flag('--quick')) quick();
const build = widgetBuild(flag('--build'));
mkdirSync(resultsDir, { recursive: true });

const started = new Date();
const results: BenchResults = {
  schema: 1,
  startedAt: started.toISOString(),
  durationMs: 0,
  commit: gitCommit(repoRoot),
  mode: flag('--quick') ? 'quick' : 'full',
  widgetBuild: build,
  machine: readMachine(null),
  suites: {},
  errors: [],
};

let browser: Browser | undefined;
const browserOnce = async () => (browser ??= await launchChromium());
// Loaded on demand: a package that does not load (someone's edit in progress) fails the
// benchmarks that need it, not the whole run.
const runners: Record<SuiteId, () => Promise<SuiteResult>> = {
  weight: async () => (await import('./suites/weight')).runWeight(),
  'host-page': async () => (await import('./suites/host-page')).runHostPage(await browserOnce()),
  engine: async () => (await import('./suites/engine')).runEngine(),
  proxy: async () => (await import('./suites/proxy')).runProxy(),
  'end-to-end': async () => (await import('./suites/end-to-end')).runEndToEnd(await browserOnce()),
};
// The browser benchmarks last, so Chromium's processes are not running during the Node ones.
const order: SuiteId[] = ['weight', 'engine', 'proxy', 'host-page', 'end-to-end'];
const done: Partial<Record<SuiteId, SuiteResult>> = {};
try {
  for (const id of order.filter((suite) => only.includes(suite))) {
    console.log(`▶ ${id}`);
    try {
      done[id] = await runners[id]();
      console.log(`  ${Math.round((done[id]?.durationMs ?? 0) / 1000)} s`);
    } catch (error) {
      console.error(`  ${id} failed:`, error);
      results.errors.push({
        suite: id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
} finally {
  if (browser) {
    results.machine.chromium = browser.version();
    await browser.close();
  }
}
for (const id of suiteIds) if (done[id]) results.suites[id] = done[id];
results.durationMs = Date.now() - started.getTime();

const stamped = join(resultsDir, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(stamped, json);
printTable(results);
// latest.json and BENCHMARKS.md always describe the same, complete run.
if (only.length === suiteIds.length) {
  writeFileSync(latestFile, json);
  console.log(`\nWrote ${relative(repoRoot, stamped)} and ${relative(repoRoot, latestFile)}`);
  writeReport(results);
} else {
  console.log(
    `\nWrote ${relative(repoRoot, stamped)}; some benchmarks only, so latest.json and BENCHMARKS.md are left as they were.`,
  );
}
process.exit(results.errors.length > 0 ? 1 : 0);
