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
}

const percentRows = (list: { name: string; percent: number }[]) =>
  list.map((item) => [item.name, `${item.percent}%`]);

/**
 * What the CPU figures imply: when the 2 cores are the limit, a call costs the load generator +
 * the sandbox (+ a proxy) in CPU, and throughput goes as the inverse of that sum.
 */
function cpuBoundNote(rows: TargetRow[]): string {
  const cpu = (name: string) => rows.find((row) => row.target === name)?.cpuPerCall;
  const [direct, hop, slotchat] = [cpu('direct'), cpu('pass-through'), cpu('slotchat')];
  if (!direct || !hop || !slotchat) return '';
  const base = direct.loadGenerator + direct.sandbox;
  const share = (proxy: number) => `${Math.round((100 * base) / (base + proxy))}%`;
  return `Read as CPU: a direct call costs ${base} µs (load generator + sandbox); the pass-through adds ${hop.proxy} µs and Slotchat ${slotchat.proxy} µs (${(slotchat.proxy / hop.proxy).toFixed(1)}× the bare hop). If the 2 cores were the only limit, the proxied runs would keep ${share(hop.proxy)} and ${share(slotchat.proxy)} of direct throughput. The measured shares differ from these as far as the direct run is bound by round trips rather than CPU, but the point stands: the proxy's own CPU per call decides the ratio here.`;
}

export function proxySection(suite: SuiteResult): string {
  const details = suite.details as unknown as ProxyDetails;
  const { settings } = details;
  return [
    '## 4. Proxy',
    [
      'Three ways to get Google Calendar event `abc123` from the sandbox on loopback, measured side by side in one run: **direct** (`GET /google/calendar/v3/calendars/primary/events/abc123` on the sandbox with a bearer token), **pass-through** (the same request through a plain http-proxy-middleware server with a keep-alive agent: the cost of one HTTP hop), and **Slotchat** (`POST /api/operations/google-calendar:events.get` on the real proxy, with a session whose grant was connected through the sandbox’s consent page; configured as shipped — SQLite store, encrypted tokens, LOG_LEVEL info written to stdout by pino as in production, stdout being /dev/null — with only its rate limits raised so the load is not refused).',
      `The sandbox, the two proxies and the load generator (autocannon) are three processes, so the load never takes a server's event loop. The machine has **2 cores** for all of them (and whatever else runs on it), so the proxied runs, which need one more busy process, are short of CPU in a way production would not be: read the throughput ratio with that in mind. Each of ${settings.rounds} rounds runs every target (order rotated) at 1 connection for ${settings.latencySeconds} s (latency: every response timed with process.hrtime, percentiles over all rounds) and at ${settings.connections} connections for ${settings.throughputSeconds} s (throughput: 2xx per second, median of the rounds), after a warm-up.`,
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
    cpuBoundNote(details.perTarget),
    '### Token look-ups under refresh and revocation',
    `Cache of token look-ups: ${details.cache}. The checks below run right after the load.`,
    markdownTable(
      ['check', 'result', 'what happened'],
      details.tokenChecks.map((check) => [check.name, check.pass ? 'pass' : 'FAIL', check.detail]),
    ),
    '### Where the proxy’s time goes',
    `A V8 CPU profile of the proxy process under the ${settings.connections}-connection load (\`bench-results/proxy.cpuprofile\`, open it in Chrome DevTools): ${details.profile.busyMs} ms busy, ${details.profile.idleMs} ms idle. Shares are of busy time. *Inclusive*: a sample counts for every package or proxy file on its stack — synchronous stacks only (time after an \`await\` is charged to what resumes), and since each Express middleware calls the next one, an early middleware's inclusive share contains the ones after it. *Self* time is the reliable split.`,
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
  ].join('\n\n');
}
