/**
 * Stand-ins for every timer the proxy and the sandbox use, so that no test waits on the wall
 * clock: upstream timeouts fire when the test says, latency faults hold a request until the
 * test lets it go, and the hourly sweep runs when the test runs it.
 */

/** `AppDeps.timeout`: signals that abort only when `expire()` is called. */
export function manualTimeouts() {
  let live: { ms: number; controller: AbortController }[] = [];
  const requested: number[] = [];
  const waiting: { ms: number; resolve: () => void }[] = [];
  return {
    timeout(ms: number): AbortSignal {
      const controller = new AbortController();
      live.push({ ms, controller });
      requested.push(ms);
      for (const waiter of waiting.filter((entry) => entry.ms === ms)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
      return controller.signal;
    },
    /** Every timeout asked for so far, in ms, in order. */
    requested,
    /** Resolves once a timeout of exactly `ms` has been asked for (now or later). */
    until(ms: number): Promise<void> {
      if (requested.includes(ms)) return Promise.resolve();
      return new Promise((resolve) => waiting.push({ ms, resolve }));
    },
    /** Fires every pending timeout, as if each had run out. */
    expire(): void {
      const due = live;
      live = [];
      for (const { controller } of due) {
        controller.abort(
          new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
        );
      }
    },
  };
}

/**
 * The sandbox's `delay` for latency faults: each delayed request waits until released. With
 * `hold` off (the default) they pass at once.
 */
export function heldDelays() {
  const held: { ms: number; release: () => void }[] = [];
  const waiting: ((entry: { ms: number; release: () => void }) => void)[] = [];
  let holding = false;
  return {
    delay(ms: number): Promise<void> {
      if (!holding) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const entry = { ms, release: resolve };
        const waiter = waiting.shift();
        if (waiter) waiter(entry);
        else held.push(entry);
      });
    },
    hold(): void {
      holding = true;
    },
    /** The next request a latency fault holds (resolves as soon as the sandbox has it). */
    next(): Promise<{ ms: number; release: () => void }> {
      const entry = held.shift();
      if (entry) return Promise.resolve(entry);
      return new Promise((resolve) => waiting.push(resolve));
    },
    releaseAll(): void {
      holding = false;
      for (const entry of held.splice(0)) entry.release();
    },
  };
}

/** `AppDeps.every`: the task runs only when `run()` is called. */
export function manualSchedule() {
  const tasks = new Set<() => void>();
  return {
    every(_ms: number, task: () => void): () => void {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    run(): void {
      for (const task of tasks) task();
    },
    scheduled: () => tasks.size,
  };
}
