/** The proxy's section of BENCHMARKS.md: method, figures, per-target table, token checks, profile. */
import type { SuiteResult } from '../results';
import type { Check } from '../proxy/token-checks';
import type { ProfileSummary } from '../proxy/cpu-profile';
import { markdownTable } from './markdown-table';
import { figureTable } from './suite-sections';

interface TargetRow {
  target: string;
  idle: { samples: number; p50: number; p99: number };
  loaded: { samples: number; p50: number; p99: number };
  throughputPerRound: number[];
  non2xx: number;
  errors: number;
  cpuPerCall?: { loadGenerator: number; sandbox: number; proxy: number };
}

interface ProxyDetails {
  settings: {
    rounds: number;
    latencySeconds: number;
    throughputSeconds: number;
    connections: number;
  };
  cache: string;
  perTarget: TargetRow[];
  tokenChecks: Check[];
  profile: ProfileSummary;
  /** Self time per call, Node floor against Slotchat, from two profiles of the same load. */
  beyondFloor?: {
    calls: { floor: number; slotchat: number };
    rows: { name: string; baseUs: number; otherUs: number; differenceUs: number }[];
  };
}

const percentRows = (list: { name: string; percent: number }[]) =>
  list.map((item) => [item.name, `${item.percent}%`]);

/**
 * What the CPU figures imply. A proxied call keeps one core of the proxy's busy for its CPU per
 * call, and the load generator, the sandbox and the proxy share the 2 cores, so the proxied
 * rate is at most min(1 / proxy, 2 / (load + sandbox + proxy)). Solving that for 70% of the
 * measured direct rate gives the CPU per call the target allows, to set against the floor.
 */
function cpuBoundNote(rows: TargetRow[], directRate: number | undefined): string {
  const cpu = (name: string) => rows.find((row) => row.target === name)?.cpuPerCall;
  const [direct, hop, expressFloor, floor, slotchat] = [
    cpu('direct'),
    cpu('pass-through'),
    cpu('express-floor'),
    cpu('node-floor'),
    cpu('slotchat'),
  ];
  if (!direct || !hop || !expressFloor || !floor || !slotchat || !directRate) return '';
  const base = direct.loadGenerator + direct.sandbox;
  const wanted = 0.7 * directRate;
  const allowed = Math.round(Math.min(1e6 / wanted, 2e6 / wanted - base));
  const within = (cost: number) => (cost <= allowed ? 'within it' : 'over it');
  return `Read as CPU: a direct call costs ${base} µs (load generator + sandbox). On top of that, the pass-through costs ${hop.proxy} µs per call, the Express floor ${expressFloor.proxy} µs, the Node floor ${floor.proxy} µs and Slotchat ${slotchat.proxy} µs (${slotchat.proxy - floor.proxy} µs more than the Node floor its operation calls run on: sessions, grants, validation, rate limits, security headers, CORS and the log line). A proxy process serves at most 1 / its CPU per call on its one core, and the three processes share the 2 cores, so keeping 70% of the direct rate (${Math.round(wanted)} of ${Math.round(directRate)} req/s) allows a proxy at most about ${allowed} µs per call on this machine: the pass-through is ${within(hop.proxy)}, the Node floor ${within(floor.proxy)}, Slotchat ${within(slotchat.proxy)}.`;
}

function beyondFloorSection(beyond: ProxyDetails['beyondFloor']): string[] {
  if (!beyond) return [];
  return [
    '### What Slotchat spends beyond the Node floor',
    `The same profile taken of the Node floor under the same load (\`bench-results/node-floor.cpuprofile\`), and self time per answered call in each (${beyond.calls.floor} and ${beyond.calls.slotchat} calls while profiled; both figures include the profiler's own cost, so they run higher than the CPU per call above). The owners where Slotchat spends the most beyond the floor; the floor's own handler is "(benchmark harness)", Slotchat's is in @slotchat/proxy.`,
    markdownTable(
      ['owner (self time)', 'floor µs/call', 'Slotchat µs/call', 'beyond the floor'],
      beyond.rows.map((row) => [row.name, row.baseUs, row.otherUs, `${row.differenceUs}`]),
    ),
  ];
}

export function proxySection(suite: SuiteResult): string {
  const details = suite.details as unknown as ProxyDetails;
  const { settings } = details;
  return [
    '## 4. Proxy',
    [
      'Five ways to get Google Calendar event `abc123` from the sandbox on loopback, measured side by side in one run: **direct** (`GET /google/calendar/v3/calendars/primary/events/abc123` on the sandbox with a bearer token), **pass-through** (the same request through a plain http-proxy-middleware server with a keep-alive agent: the cost of one HTTP hop), the **Express floor** (`bench/src/proxy/express-floor.ts`: an Express app that parses the JSON body with express.json, makes the call through undici on a keep-alive pool, parses the answer and sends it with `res.json`, and does nothing else: what any Express proxy of this shape costs), the **Node floor** (`bench/src/proxy/node-floor.ts`: the same work on Node’s own http, which is what Slotchat’s operation calls run on — `apps/proxy/src/routes/operation-lane.ts` — while Express serves the rest), and **Slotchat** (`POST /api/operations/google-calendar:events.get` on the real proxy, with a session whose grant was connected through the sandbox’s consent page; configured as shipped — SQLite store, encrypted tokens, LOG_LEVEL info written to stdout by pino as in production, stdout being /dev/null — with only its rate limits raised so the load is not refused).',
      `The sandbox, the proxies (one process, one server each) and the load generator (autocannon) are three processes, so the load never takes a server's event loop. The machine has **2 cores** for all of them (and whatever else runs on it), so the proxied runs, which need one more busy process, are short of CPU in a way production would not be: read the throughput ratio with that in mind. Each of ${settings.rounds} rounds runs every target (order rotated) at 1 connection for ${settings.latencySeconds} s (latency: every response timed with process.hrtime, percentiles over all rounds) and at ${settings.connections} connections for ${settings.throughputSeconds} s (throughput: 2xx per second, median of the rounds), after a warm-up.`,
    ].join('\n\n'),
    figureTable(suite.figures),
    markdownTable(
      [
        'target',
        'p50 / p99, 1 connection',
        `p50 / p99, ${settings.connections} connections`,
        'req/s per round',
        'CPU µs per call: load / sandbox / proxy',
        'non-2xx',
        'errors',
      ],
      details.perTarget.map((row) => [
        row.target,
        `${row.idle.p50} / ${row.idle.p99} ms`,
        `${row.loaded.p50} / ${row.loaded.p99} ms`,
        row.throughputPerRound.join(', '),
        row.cpuPerCall
          ? `${row.cpuPerCall.loadGenerator} / ${row.cpuPerCall.sandbox} / ${row.target === 'direct' ? '—' : row.cpuPerCall.proxy}`
          : '—',
        row.non2xx,
        row.errors,
      ]),
    ),
    cpuBoundNote(
      details.perTarget,
      suite.figures.find((item) => item.name === 'direct throughput')?.value,
    ),
    '### Token look-ups under refresh and revocation',
    `Cache of token look-ups: ${details.cache}. The checks below run right after the load.`,
    markdownTable(
      ['check', 'result', 'what happened'],
      details.tokenChecks.map((check) => [check.name, check.pass ? 'pass' : 'FAIL', check.detail]),
    ),
    '### Where the proxy’s time goes',
    `A V8 CPU profile of the proxy process under the ${settings.connections}-connection load (\`bench-results/proxy.cpuprofile\`, open it in Chrome DevTools): ${details.profile.busyMs} ms busy, ${details.profile.idleMs} ms idle. Shares are of busy time. *Inclusive*: a sample counts for every package or proxy file on its stack — synchronous stacks only (time after an \`await\` is charged to what resumes), and since each middleware calls the next one, an early middleware's inclusive share contains the ones after it. *Self* time is the reliable split.`,
    markdownTable(
      ['apps/proxy/src file (inclusive)', 'share'],
      percentRows(details.profile.proxyFiles),
    ),
    markdownTable(['package (inclusive)', 'share'], percentRows(details.profile.inclusive)),
    markdownTable(
      ['owner (self time; native code charged to its caller)', 'share'],
      percentRows(details.profile.self),
    ),
    markdownTable(['function (self time)', 'share'], percentRows(details.profile.functions)),
    ...beyondFloorSection(details.beyondFloor),
  ].join('\n\n');
}
