/**
 * One section of BENCHMARKS.md per benchmark: how it measures (prose, with the run's own
 * settings), then its figures and the detail tables, all read from the results file.
 */
import type { Figure, SuiteResult } from '../results';
import { round } from '../stats';
import type { Attribution } from '../weight/source-attribution';
import { formatTarget, formatValue, verdict } from './format';
import { markdownTable } from './markdown-table';

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;

export function figureTable(figures: Figure[]): string {
  return markdownTable(
    ['figure', 'value', 'target', 'result', 'how'],
    figures.map((figure) => [
      figure.name,
      formatValue(figure.value, figure.unit),
      formatTarget(figure.target, figure.unit),
      verdict(figure),
      figure.note ?? '',
    ]),
  );
}

export function weightSection(suite: SuiteResult): string {
  const attribution = suite.details.attribution as Attribution | null;
  const share = (bytes: number) => `${round((100 * bytes) / (attribution?.totalBytes ?? 1), 1)}%`;
  const rows = (list: Attribution['packages']) =>
    list.map((item) => [item.name, kb(item.bytes), share(item.bytes), kb(item.gzipAlone)]);
  return [
    '## 1. Widget weight',
    'gzip at level 9 of `packages/widget/dist/widget.js` (what a host page loads first) and of `widget.js` + `widget-chat.js` (what an opened widget loads in all), 1 KB = 1024 bytes — the same files and arithmetic as `packages/widget/scripts/check-size.mjs`, the CI budget check.',
    figureTable(suite.figures),
    ...(attribution
      ? [
          '### Where the chat chunk comes from',
          `From \`widget-chat.js.map\`: each mapping segment owns the minified text up to the next one. "gzip alone" compresses one package's fragments by themselves — an estimate, since gzip of parts does not add up to gzip of the whole. ${kb(attribution.unmappedBytes)} of the ${kb(attribution.totalBytes)} map to no source (bundler glue).`,
          markdownTable(['package', 'minified', 'share', 'gzip alone'], rows(attribution.packages)),
          markdownTable(
            ['workspace folder', 'minified', 'share', 'gzip alone'],
            // Folders with a few bytes only (a re-export) say nothing about what to cut.
            rows(attribution.workspaceFolders.filter((folder) => folder.bytes >= 512)),
          ),
          markdownTable(
            ['largest source files', 'minified', 'share'],
            attribution.files.map((file) => [file.name, kb(file.bytes), share(file.bytes)]),
          ),
        ]
      : ['No source map next to the chunk: no attribution.']),
  ].join('\n\n');
}

export function hostPageSection(suite: SuiteResult): string {
  const encodings = Object.entries((suite.details.encodings ?? {}) as Record<string, string>);
  return [
    '## 2. Host-page cost',
    [
      'Headless Chromium (Debian’s, through playwright-core) loads a plain page from a small static server on its own origin; the page embeds the widget only by `<script src=".../widget.js" data-proxy-url="..." async>`, pointing at the real proxy (with the sandbox behind it), both started in process. The same page without the tag is the baseline. Every run is a new browser context (cold cache, new visitor). An init script observes the page from inside, on its own clock:\n',
      '- *script tag → launcher painted*: from a `performance.mark` just before the tag to the animation frame after the launcher button has a box;',
      '- *main-thread time before open*: CDP `Performance.getMetrics` TaskDuration (and ScriptDuration) of the page with the widget minus the page without, read once each page is loaded, idle (`requestIdleCallback`) and its network quiet; *widget.js running* is the script’s own EvaluateScript/FunctionCall time in a performance trace (runs without the probes);',
      '- *layout shift*: the sum of `layout-shift` entries without recent input, target 0, before opening and through opening;',
      '- *press launcher → text box ready*: from the pointerdown’s timestamp to the frame after the message box is enabled and has a box (includes fetching and starting `widget-chat.js`; the engine reads its templates’ examples afterwards, when the page is idle);',
      '- *widget-chat.js running while opening*: the chunk’s own EvaluateScript/FunctionCall time in a trace from the click until the page has been idle twice after the text box is ready, so the engine’s idle-time preparation is in it;',
      '- *returning visitor*: in the same context, the visitor closes the chat (Escape), loads the page again and opens the chat: the conversation is kept and the browser has the scripts. *Widget scripts fetched* counts requests for `widget.js` and `widget-chat.js` that reached the network (CDP; one the cache answered does not count, a revalidation does): the proxy lets browsers keep `widget.js` for 5 minutes and `widget-chat.js?v=<version>` for a year. On loopback a request costs little, so the time shows mostly what the cache and V8’s code cache save; on a real network each request avoided is a round trip.',
    ].join('\n'),
    figureTable(suite.figures),
    `Content-Encoding of what the proxy sent: ${encodings.map(([path, encoding]) => `\`${path}\` ${encoding}`).join(', ') || 'nothing recorded'}.`,
  ].join('\n\n');
}

export function engineSection(suite: SuiteResult): string {
  const details = suite.details as {
    conversations: number;
    turnsPerPass: number;
    passes: number;
    slowestTurns: { text: string; medianMs: number }[];
    corpusDrift: string[];
  };
  return [
    '## 3. Engine',
    `\`createEngine({ templates })\` from @slotchat/dialog with the ten templates of @slotchat/integrations/templates, in Node. The corpus (\`bench/src/engine/corpus.ts\`) is ${details.conversations} conversations, ${details.turnsPerPass} visitor turns: every template, one-shot requests and multi-turn dialogs (slots asked for, quick replies, a misunderstood answer, a cancel, small talk). Provider answers are recorded once from the real sandbox through the real proxy; the timed passes replay them, so only \`engine.step\` is on the clock (process.hrtime around each call). A *visitor turn* is the step for what the visitor typed or tapped (understanding + dialog step); *provider answer → cards* is the step that renders a result. ${details.passes} passes after warm-up.`,
    figureTable(suite.figures),
    '### Slowest turns (median over the passes)',
    markdownTable(
      ['visitor turn', 'median'],
      details.slowestTurns.map((turn) => [turn.text, `${turn.medianMs} ms`]),
    ),
    ...(details.corpusDrift.length > 0
      ? [
          `Corpus drift (a conversation no longer goes where it should): ${details.corpusDrift.join('; ')}.`,
        ]
      : []),
  ].join('\n\n');
}
