/**
 * How long and how often each benchmark measures, in one place without imports, so that
 * `--quick` can shorten them before any benchmark module (and the packages it measures) loads.
 */
export const engineSettings = { warmupPasses: 5, measureMs: 4_000, maxPasses: 400 };

export const proxySettings = {
  rounds: 3,
  latencySeconds: 3,
  throughputSeconds: 4,
  warmupSeconds: 1.5,
  /** Enough to keep one Node server busy on a 2-core machine without queueing for nothing. */
  connections: 10,
};

export const hostSettings = { runs: 9, tracedRuns: 3 };

export const endToEndSettings = { runs: 20 };

export function quick(): void {
  Object.assign(engineSettings, { warmupPasses: 2, measureMs: 1_000 });
  Object.assign(proxySettings, { rounds: 1, latencySeconds: 1, throughputSeconds: 1.5 });
  Object.assign(hostSettings, { runs: 3, tracedRuns: 1 });
  Object.assign(endToEndSettings, { runs: 5 });
}
