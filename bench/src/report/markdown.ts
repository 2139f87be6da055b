/** BENCHMARKS.md, written from a results file: nothing in it is typed by hand. */
import type { BenchResults, SuiteResult } from '../results';
import { round } from '../stats';
import { markdownTable } from './markdown-table';
import { proxySection } from './proxy-section';
import { engineSection, figureTable, hostPageSection, weightSection } from './suite-sections';

function endToEndSection(suite: SuiteResult): string {
  const samples = suite.details as Record<string, number[]>;
  return [
    '## 5. End to end',
    "In Chromium, a visitor on the plain host page opens the chat, asks, and connects Google Calendar once in the sandbox’s consent popup (Allow); that first answer is not timed. Then each timed run resets the conversation (`Slotchat('reset')`, the connection stays) and sends the prompt again: from the Send click’s timestamp to the animation frame after the new result card (event card, busy-time timeline) is in the widget. This covers the widget, the engine, the HTTP call to the real proxy, the proxy’s call to the sandbox and the rendering.",
    figureTable(suite.figures),
    markdownTable(
      ['prompt', 'every run (ms)'],
      Object.entries(samples).map(([name, times]) => [name, times.join(', ')]),
    ),
  ].join('\n\n');
}

const sections: Record<string, (suite: SuiteResult) => string> = {
  weight: weightSection,
  'host-page': hostPageSection,
  engine: engineSection,
  proxy: proxySection,
  'end-to-end': endToEndSection,
};

export function renderMarkdown(results: BenchResults, resultsFile: string): string {
  const { machine } = results;
  const all = Object.values(results.suites).flatMap((suite) => suite.figures);
  const targets = all.filter((figure) => figure.target);
  const passed = targets.filter((figure) => figure.pass).length;
  return [
    '# Benchmarks',
    `> Written by \`pnpm bench\` from \`${resultsFile}\` — do not edit: the next run replaces every figure. Run of ${results.startedAt} (${round(results.durationMs / 1000, 0)} s), commit ${results.commit ?? 'unknown'}.${results.mode === 'quick' ? ' **Quick run** (`--quick`: fewer runs, shorter loads) — a smoke test, not figures to compare.' : ''}`,
    ...(results.widgetBuild.stale
      ? [
          `**The widget build measured (${results.widgetBuild.builtAt}) was older than its sources**: the widget figures describe that build. Run \`pnpm build\` before \`pnpm bench\`.`,
        ]
      : []),
    '## Summary',
    `${passed} of ${targets.length} targets met.`,
    figureTable(targets),
    ...(results.errors.length > 0
      ? [
          `**Benchmarks that failed to run:** ${results.errors.map((error) => `${error.suite}: ${error.message}`).join('; ')}`,
        ]
      : []),
    '## Machine',
    markdownTable(
      ['', ''],
      [
        ['CPU', `${machine.cpuModel}, ${machine.cores} cores`],
        ['memory', `${machine.memoryGiB} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', machine.chromium ?? 'not found'],
        ['load average at start (1, 5, 15 min)', machine.loadAverage.join(', ')],
        [
          'widget build measured',
          `${results.widgetBuild.builtAt}${results.widgetBuild.stale ? ' (older than its sources)' : ''}`,
        ],
      ],
    ),
    'The figures are what this machine gave during this run. A load average above the core count means other work shared the CPU, and every time-based figure is then higher and noisier than on a quiet machine; the weight figures do not depend on it.',
    ...Object.entries(results.suites).map(([id, suite]) => sections[id]?.(suite) ?? ''),
    '## How to reproduce',
    [
      '```sh',
      'pnpm install',
      'pnpm build          # the bench measures packages/widget/dist; it builds it only when it is missing',
      'pnpm bench          # all five benchmarks, about 3–5 minutes; prints the table, writes bench-results/ and this file',
      'pnpm bench -- --only weight,engine   # some of them: writes only a timestamped file in bench-results/',
      'pnpm bench -- --build                # rebuild the widget first',
      'pnpm --filter @slotchat/bench run report   # rewrite this file from bench-results/latest.json',
      '```',
      '',
      'Needs Node ≥ 20.19 and Debian’s Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`). Everything runs on loopback: the sandbox stands in for Google and Calendly. The results file keeps every sample summary and the detail tables; `bench-results/proxy.cpuprofile` is the proxy’s CPU profile. For figures to compare, run on a quiet machine: the time-based ones move with whatever else is running.',
    ].join('\n'),
  ].join('\n\n');
}
