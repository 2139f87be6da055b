/**
 * The benchmarks measure the widget as `pnpm build` left it in packages/widget/dist (the files
 * check-size.mjs reads). Nothing here rebuilds it behind anyone's back: vite empties dist/
 * before it writes, so a build that fails half-way (someone's edit in progress) would leave
 * every other user of dist/ with nothing. Only a missing build is built; a bundle older than
 * its sources is measured as it is and reported as stale. The proxy's bundle is the exception
 * (see `proxyBuild`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, widgetDist } from './paths';

const sourceDirs = ['packages/widget/src', 'packages/dialog/src', 'packages/integrations/src'];
const files = ['widget.js', 'widget-chat.js', 'widget-chat.js.map'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export interface BuildState {
  builtAt: string;
  /** The sources changed after the bundle was built: the figures describe the older code. */
  stale: boolean;
  /** Set when this run had to build it. */
  built: boolean;
}

/** `pnpm --filter <workspacePackage> run build`, its errors shown. */
function build(workspacePackage: string): void {
  console.log(`Building ${workspacePackage} (pnpm --filter ${workspacePackage} run build)…`);
  const result = spawnSync('pnpm', ['--filter', workspacePackage, 'run', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the ${workspacePackage} build failed: see above`);
}

/**
 * The proxy bundle the proxy benchmark loads, built afresh on every run: esbuild takes a fraction
 * of a second and overwrites its files in place, so unlike the widget's build it cannot leave
 * anyone without a dist/.
 */
export function proxyBuild(): void {
  build('@slotchat/proxy');
}

/** Builds the widget when it is missing (or when `force`), then says how fresh it is. */
export function widgetBuild(force: boolean): BuildState {
  const missing = files.some((file) => !existsSync(join(widgetDist, file)));
  if (missing || force) build('@slotchat/widget');
  const builtAt = statSync(join(widgetDist, 'widget-chat.js')).mtimeMs;
  const sources = Math.max(...sourceDirs.map((dir) => newestSource(join(repoRoot, dir))));
  const stale = sources > builtAt;
  if (stale)
    console.warn(
      'packages/widget/dist is older than the widget, dialog or integrations sources: measuring it as it is (run `pnpm build`, or `pnpm bench -- --build`, for fresh figures).',
    );
  return { builtAt: new Date(builtAt).toISOString(), stale, built: missing || force };
}
