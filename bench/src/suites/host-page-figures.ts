/** The host-page benchmark's figures and per-run details, from its runs. */
import type { Probes } from '../browser/page-probes';
import { figure, type SuiteResult } from '../results';
import { median, round } from '../stats';
import type { PageRun } from './host-page';

export interface HostRun {
  without: PageRun;
  with: PageRun;
  /** The probes once the chat was open. */
  opened: Probes;
  /** widget-chat.js from request to last byte (Resource Timing). */
  chunkFetchMs: number;
  /** Response bytes from the proxy while opening, as sent (after any content encoding). */
  openedBytes: number;
  encodings: Record<string, string>;
  /** When the parser reached the widget's tag (performance.mark). */
  scriptTag: number;
  /** The same visitor back on the page: probes once open, script requests that hit the network. */
  returned: { probes: Probes; scriptFetches: number };
}

/** Main-thread time of the loader before open, and of the chat chunk while opening (traces). */
export interface TracedRun {
  loaderMs: number;
  chatChunkMs: number;
}

const launcherMs = (run: HostRun) => (run.with.probes.launcherFrame ?? NaN) - run.scriptTag;
const openMsOf = (probes: Probes) =>
  (probes.textBoxFrame ?? NaN) - (probes.launcherPressedAt ?? NaN);
const openMs = (run: HostRun) => openMsOf(run.opened);
const returnOpenMs = (run: HostRun) => openMsOf(run.returned.probes);

export function hostPageFigures(
  runs: HostRun[],
  traced: TracedRun[],
): Omit<SuiteResult, 'durationMs'> {
  const tracedNote = `trace, median of ${traced.length} runs`;
  const of = (pick: (run: HostRun) => number, digits = 2) => round(median(runs.map(pick)), digits);
  const note = `median of ${runs.length} runs, fresh context each`;
  const worst = (pick: (run: HostRun) => number) => round(Math.max(...runs.map(pick)), 4);
  return {
    figures: [
      figure('host-page', 'script tag → launcher painted', of(launcherMs), 'ms', { note }),
      figure(
        'host-page',
        'main-thread time before open (with − without widget)',
        of((run) => run.with.taskMs - run.without.taskMs),
        'ms',
        { note: `${note}; CDP TaskDuration once idle` },
      ),
      figure(
        'host-page',
        'script time before open (with − without widget)',
        of((run) => run.with.scriptMs - run.without.scriptMs),
        'ms',
        { note: `${note}; CDP ScriptDuration` },
      ),
      figure(
        'host-page',
        'widget.js running on the main thread',
        round(median(traced.map((run) => run.loaderMs)), 2),
        'ms',
        { note: tracedNote },
      ),
      figure(
        'host-page',
        'long tasks before open (≥ 50 ms)',
        of((run) => run.with.probes.longTasks.length),
        'count',
      ),
      figure(
        'host-page',
        'layout shift before open (worst run)',
        worst((run) => run.with.probes.layoutShift),
        'score',
        { target: { op: '=', value: 0 } },
      ),
      figure(
        'host-page',
        'layout shift through opening (worst run)',
        worst((run) => run.opened.layoutShift),
        'score',
        { target: { op: '=', value: 0 }, note: 'shifts without recent input only' },
      ),
      figure(
        'host-page',
        'requests to the proxy before open',
        of((run) => run.with.proxyRequests),
        'count',
      ),
      figure('host-page', 'press launcher → text box ready', of(openMs), 'ms', { note }),
      figure(
        'host-page',
        'widget-chat.js fetch while opening',
        of((run) => run.chunkFetchMs),
        'ms',
        {
          note,
        },
      ),
      figure(
        'host-page',
        'widget-chat.js running while opening',
        round(median(traced.map((run) => run.chatChunkMs)), 2),
        'ms',
        {
          note: `${tracedNote}; compile + run, React's first render and the engine's preparation once idle included`,
        },
      ),
      figure(
        'host-page',
        'bytes from the proxy while opening',
        of((run) => run.openedBytes / 1024, 1),
        'KB',
        { note: 'as sent over the wire' },
      ),
      figure(
        'host-page',
        'returning visitor: widget scripts fetched from the proxy',
        worst((run) => run.returned.scriptFetches),
        'count',
        { note: 'worst run; loading the page and opening the chat again, same browser' },
      ),
      figure(
        'host-page',
        'returning visitor: press launcher → text box ready',
        of(returnOpenMs),
        'ms',
        {
          note: `${note}; the conversation kept, the scripts cached`,
        },
      ),
    ],
    details: {
      encodings: runs[0]?.encodings ?? {},
      traced: traced.map((run) => ({
        loaderMs: round(run.loaderMs, 2),
        chatChunkMs: round(run.chatChunkMs, 2),
      })),
      runs: runs.map((run) => ({
        launcherMs: round(launcherMs(run), 2),
        openMs: round(openMs(run), 2),
        returnOpenMs: round(returnOpenMs(run), 2),
        chunkFetchMs: round(run.chunkFetchMs, 2),
        taskMs: { with: round(run.with.taskMs, 2), without: round(run.without.taskMs, 2) },
        scriptMs: { with: round(run.with.scriptMs, 2), without: round(run.without.scriptMs, 2) },
        layoutMs: { with: round(run.with.layoutMs, 2), without: round(run.without.layoutMs, 2) },
        styleMs: { with: round(run.with.styleMs, 2), without: round(run.without.styleMs, 2) },
        proxyBytesBeforeOpen: run.with.proxyBytes,
        shifts: run.opened.shifts,
      })),
    },
  };
}
