#!/usr/bin/env node
// The widget's weight (issue 8), gzip level 9: what a host page loads first (widget.js) and
// what an opened widget loads in all (widget.js + widget-chat.js). Run after `pnpm build`.
//
// Each figure has the target and a ceiling. The ceiling fails the run (CI runs this):
// the loader's is its 5 KB target; the opened widget's sits just above today's size, so any
// growth fails CI while the 110 KB target — not met with React 19 and the engine in the chunk,
// see BENCHMARKS.md — stays visible in the output instead of being quietly raised.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const figures = {
  loader: { target: 5 * KB, ceiling: 5 * KB },
  opened: { target: 110 * KB, ceiling: 162 * KB },
};
const gzip = (file) =>
  gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;

let loader;
let chat;
try {
  loader = gzip('widget.js');
  chat = gzip('widget-chat.js');
} catch {
  console.error('dist/ is missing: run `pnpm --filter @slotchat/widget build` first.');
  process.exit(2);
}
const rows = [
  ['widget.js (first load)', loader, figures.loader],
  ['widget.js + widget-chat.js (opened)', loader + chat, figures.opened],
];
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let failed = false;
for (const [name, size, { target, ceiling }] of rows) {
  const overCeiling = size > ceiling;
  failed ||= overCeiling;
  const verdict = overCeiling ? 'FAIL' : size <= target ? 'ok  ' : 'over';
  const note =
    size <= target
      ? `target ${kb(target)}`
      : `target ${kb(target)} missed; CI ceiling ${kb(ceiling)}${overCeiling ? ' exceeded' : ''}`;
  console.log(`${verdict}  ${name.padEnd(38)} ${kb(size).padStart(9)} gzip  (${note})`);
}
process.exit(failed ? 1 : 0);
