/**
 * Instruments a page from inside, before any of its scripts run (Playwright init script): the
 * widget's moments are taken where they happen, on the page's own clock (performance.now), not
 * by polling from outside. Everything here must be self-contained: Playwright sends the
 * function's source to the page.
 */

export interface Probes {
  launcherInDom: number | null;
  /** The animation frame after the launcher exists: the frame it is painted in. */
  launcherFrame: number | null;
  /** Sum of layout-shift values not caused by input (the CLS inputs). */
  layoutShift: number;
  shifts: { value: number; at: number; input: boolean }[];
  longTasks: { at: number; duration: number }[];
  launcherPressedAt: number | null;
  textBoxReady: number | null;
  textBoxFrame: number | null;
  sendClickedAt: number | null;
  /** Set by `armCard`: when the next result card of a kind appeared. */
  cardReady: number | null;
  cardFrame: number | null;
  /** Watches for the next card matching `selector`; resolves when it is painted. */
  armCard(selector: string): Promise<void>;
  /**
   * Resolves once the page is done on its own: loaded, the launcher painted (when the page has
   * the widget's tag), and the browser idle. Awaited from outside without polling, so pages
   * with and without the widget run the same instrumentation.
   */
  settled(): Promise<void>;
  /** Resolves when the text box is ready after the launcher was pressed. */
  opened(): Promise<void>;
}

declare global {
  interface Window {
    __bench: Probes;
    /** The widget's command function (see packages/widget/src/embed/loader.ts). */
    Slotchat?: (...args: unknown[]) => void;
  }
}

export function installProbes(): void {
  const bench: Probes = {
    launcherInDom: null,
    launcherFrame: null,
    layoutShift: 0,
    shifts: [],
    longTasks: [],
    launcherPressedAt: null,
    textBoxReady: null,
    textBoxFrame: null,
    sendClickedAt: null,
    cardReady: null,
    cardFrame: null,
    armCard: () => Promise.resolve(),
    settled: () => Promise.resolve(),
    opened: () => Promise.resolve(),
  };
  window.__bench = bench;
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (!entry.hadRecentInput) bench.layoutShift += entry.value;
      bench.shifts.push({ value: entry.value, at: entry.startTime, input: entry.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ at: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const shadow = () => document.querySelector('slotchat-widget')?.shadowRoot ?? null;
  const hasBox = (element: Element | null | undefined) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  let launcherPainted: () => void = () => {};
  const painted = new Promise<void>((resolve) => (launcherPainted = resolve));
  let textBoxPainted: () => void = () => {};
  const opened = new Promise<void>((resolve) => (textBoxPainted = resolve));
  bench.opened = () => opened;
  const frameAfter = (set: (at: number) => void) =>
    requestAnimationFrame(() => set(performance.now()));
  const watched = new WeakSet<Node>();
  let card: { selector: string; baseline: number; painted: () => void } | null = null;

  const check = () => {
    const root = shadow();
    if (!root) return;
    if (!watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    }
    if (
      bench.launcherInDom === null &&
      hasBox(root.querySelector('button[aria-label="Open chat"]'))
    ) {
      bench.launcherInDom = performance.now();
      frameAfter((at) => {
        bench.launcherFrame = at;
        launcherPainted();
      });
    }
    if (bench.launcherPressedAt !== null && bench.textBoxReady === null) {
      const input = root.querySelector<HTMLInputElement>('input[aria-label="Message"]');
      if (input && !input.disabled && hasBox(input)) {
        bench.textBoxReady = performance.now();
        frameAfter((at) => {
          bench.textBoxFrame = at;
          textBoxPainted();
        });
      }
    }
    if (card && root.querySelectorAll(card.selector).length > card.baseline) {
      const { painted } = card;
      card = null;
      bench.cardReady = performance.now();
      frameAfter((at) => {
        bench.cardFrame = at;
        painted();
      });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });

  const loaded = new Promise<void>((resolve) => window.addEventListener('load', () => resolve()));
  bench.settled = async () => {
    await loaded;
    if (document.querySelector('script[src*="/widget.js"]')) await painted;
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
  };
  bench.armCard = (selector) =>
    new Promise<void>((painted) => {
      bench.cardReady = null;
      bench.cardFrame = null;
      bench.sendClickedAt = null;
      card = { selector, baseline: shadow()?.querySelectorAll(selector).length ?? 0, painted };
    });
  // Input events carry the time they were created: the visitor's press, not our handler's turn.
  window.addEventListener(
    'pointerdown',
    (event) => {
      const path = event.composedPath() as Element[];
      if (path.some((node) => node.getAttribute?.('aria-label') === 'Open chat'))
        bench.launcherPressedAt ??= event.timeStamp;
    },
    true,
  );
  window.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath() as Element[];
      if (path.some((node) => node.classList?.contains('send')))
        bench.sendClickedAt = event.timeStamp;
    },
    true,
  );
}

/**
 * The init script's source. tsx compiles with esbuild's keepNames, which wraps inner functions
 * in `__name(...)` calls; the page has no such helper, so the script brings a stand-in.
 */
export function probeScript(): { content: string } {
  return {
    content: `(() => { const __name = (target) => target; (${installProbes.toString()})(); })();`,
  };
}
