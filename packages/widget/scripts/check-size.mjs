#!/usr/bin/env node
// The widget's weight budgets (issue 8): what a host page loads first (widget.js) and what an
// opened widget loads in all (widget.js + widget-chat.js), gzip. Run after `pnpm build`;
// exits non-zero when a budget is exceeded.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = { loader: 5 * 1024, opened: 110 * 1024 };
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
  ['widget.js (first load)', loader, budgets.loader],
  ['widget.js + widget-chat.js (opened)', loader + chat, budgets.opened],
];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(38)} ${kb(size).padStart(9)} gzip  (budget ${kb(budget)})`,
  );
}
process.exit(failed ? 1 : 0);
