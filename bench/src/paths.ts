import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory `pnpm bench` was started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const widgetDist = join(repoRoot, 'packages/widget/dist');
export const resultsDir = join(repoRoot, 'bench-results');
export const benchmarksFile = join(repoRoot, 'BENCHMARKS.md');
