/**
 * The shape of bench-results/*.json. Every figure the table and BENCHMARKS.md show is a
 * `Figure` here, so the report can never show a number the run did not produce.
 */

export type Unit = 'ms' | 'µs' | 'KB' | 'req/s' | '%' | '×' | 'score' | 'count';

export interface Target {
  /** How the value must compare with the limit to pass. */
  op: '<=' | '<' | '>=' | '=';
  value: number;
}

export interface Figure {
  suite: SuiteId;
  name: string;
  value: number;
  unit: Unit;
  target?: Target;
  /** Set when there is a target. */
  pass?: boolean;
  /** How it was measured, in a few words (runs, samples). */
  note?: string;
}

export const suiteIds = ['weight', 'host-page', 'engine', 'proxy', 'end-to-end'] as const;
export type SuiteId = (typeof suiteIds)[number];

export interface SuiteResult {
  figures: Figure[];
  /** Anything else worth keeping (per-run samples, attribution tables); free-form JSON. */
  details: Record<string, unknown>;
  durationMs: number;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  loadAverage: number[];
  os: string;
  node: string;
  chromium: string | null;
}

export interface BenchResults {
  schema: 1;
  startedAt: string;
  durationMs: number;
  commit: string | null;
  /** `quick` runs are smoke tests (fewer runs, shorter loads), not figures to publish. */
  mode: 'full' | 'quick';
  /** packages/widget/dist as measured: when it was built, and whether its sources are newer. */
  widgetBuild: { builtAt: string; stale: boolean; built: boolean };
  machine: Machine;
  suites: Partial<Record<SuiteId, SuiteResult>>;
  errors: { suite: SuiteId; message: string }[];
}

export function check(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '>=':
      return value >= target.value;
    case '=':
      return value === target.value;
  }
}

/** A figure, with its pass/fail worked out from the target when there is one. */
export function figure(
  suite: SuiteId,
  name: string,
  value: number,
  unit: Unit,
  options: { target?: Target; note?: string } = {},
): Figure {
  return {
    suite,
    name,
    value,
    unit,
    ...(options.target ? { target: options.target, pass: check(value, options.target) } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
}
