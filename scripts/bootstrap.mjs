#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here. On a machine that has only
// Node 20 and npm, this script brings everything else: pnpm (a pinned version, installed into
// .tools/ when none is on the PATH), the workspace's dependencies from the frozen lockfile, and
// — for the browser tests — Debian's Chromium. Then it hands over to the pnpm script that does
// the real work. Plain Node, no dependencies: it must run before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const task = process.argv[2];
const tasks = {
  // Build the widget and the demo, then run sandbox + proxy + demo on PORT (default 3000).
  start: { needsBrowser: false, script: 'demo' },
  // Lint, typecheck, build, unit and integration tests, then the browser tests.
  test: { needsBrowser: true, script: 'check' },
};

// Vite 8 and the native SQLite addon need Node 20.19 or newer: say so before anything installs.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Slotchat needs Node 20.19 or newer; this is Node ${process.versions.node}.`);
  process.exit(1);
}

if (!(task in tasks)) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function quiet(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: root });
  return result.status === 0 ? result.stdout.trim() : null;
}

function step(message) {
  console.log(`\n\u25b6 ${message}`);
}

/** A pnpm of the pinned major version: the one on the PATH, or a local copy in .tools/. */
function ensurePnpm() {
  const onPath = quiet('pnpm', ['--version']);
  if (onPath && onPath.split('.')[0] === pnpmVersion.split('.')[0]) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (!existsSync(local)) {
    step(`Installing pnpm ${pnpmVersion} into .tools/`);
    const status = run('npm', [
      'install',
      '--prefix',
      join(root, '.tools'),
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${pnpmVersion}`,
    ]);
    if (status !== 0) fail('could not install pnpm with npm');
  }
  return local;
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/** Debian's Chromium for the browser tests; Playwright's own browser download is not used. */
function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = quiet('sh', ['-c', 'command -v apt-get']);
  if (!hasApt) {
    fail(
      'Chromium is needed for the browser tests. Install it and set CHROMIUM_PATH to its binary.',
    );
  }
  step("Installing Debian's chromium for the browser tests (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) =>
    isRoot ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env });
  if (
    apt(['update']) !== 0 ||
    apt(['install', '-y', '--no-install-recommends', 'chromium']) !== 0
  ) {
    fail('apt-get could not install chromium; install it by hand or set CHROMIUM_PATH.');
  }
  if (!chromiumPath()) fail('chromium was installed but /usr/bin/chromium is missing.');
}

function fail(message) {
  console.error(`\n\u2716 ${message}`);
  process.exit(1);
}

const { needsBrowser, script } = tasks[task];
const pnpm = ensurePnpm();
step('Installing dependencies (pnpm install --frozen-lockfile)');
if (run(pnpm, ['install', '--frozen-lockfile']) !== 0) fail('pnpm install failed');
if (needsBrowser) ensureChromium();
step(`pnpm run ${script}`);
// The package scripts call `pnpm` themselves, so a pnpm from .tools/ must be on their PATH too.
const path = pnpm === 'pnpm' ? process.env.PATH : `${dirname(pnpm)}${delimiter}${process.env.PATH}`;
process.exit(run(pnpm, ['run', script], { env: { ...process.env, PATH: path } }));
