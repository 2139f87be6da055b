/**
 * One fixed "now" for every browser test, so that "tomorrow", "next week" and "Monday to
 * Friday" mean the same days whichever day the suite runs: a Wednesday morning in Berlin. The
 * sandbox, the proxy and the browser all run on the same shifted clock — this instant plus the
 * real time elapsed since the run started — so expiries and timeouts still pass as they would.
 */
export const fixedStart = Date.parse('2026-11-18T08:30:00Z');

/** Epoch ms on the shifted clock; `shiftMs` is `fixedStart - (real time at the run's start)`. */
export function shiftedClock(shiftMs: number): () => number {
  return () => Date.now() + shiftMs;
}
