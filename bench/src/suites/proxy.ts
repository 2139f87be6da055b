/**
 * Proxy (issue 8 §4): forwarded-call throughput and added latency, side by side in one run —
 * the sandbox called directly, through a plain http-proxy-middleware hop, through the Express
 * floor (express-floor.ts: the framework and two HTTP exchanges, nothing else), through the Node
 * floor (node-floor.ts: the same on Node's http), and through the Slotchat proxy (POST
 * /api/operations/google-calendar:events.get with a session whose grant came from the sandbox's
 * consent page). Three processes: sandbox, proxies, and this one as the load generator. The runs
 * are interleaved round by round so that noise from other work on the machine falls on every
 * target alike.
 */
import { join } from 'node:path';
import { proxyBuild } from '../build';
import { resultsDir } from '../paths';
import { figure, type Figure, type SuiteResult } from '../results';
import { openSession } from '../stack/proxy-client';
import { proxySettings as settings } from '../settings';
import { median, percentile, round } from '../stats';
import { startChild } from '../proxy/child-process';
import { perCallDifference, summarizeProfile } from '../proxy/cpu-profile';
import { runLoad, type LoadRun, type Target } from '../proxy/load';
import {
  benchOrigin,
  type FromSandbox,
  type FromServers,
  type ToSandbox,
  type ToServers,
  type CpuUsage,
} from '../proxy/messages';
import { tokenChecks } from '../proxy/token-checks';

/** CPU time per 2xx answer (µs) that each process spent during one throughput run. */
interface CpuPerCall {
  target: string;
  loadGenerator: number;
  sandbox: number;
  /** The servers process: Slotchat, the pass-through or a floor (the target). */
  proxy: number;
}

async function checkTarget(target: Target): Promise<void> {
  const response = await fetch(target.url, {
    method: target.method,
    headers: target.headers,
    ...(target.body === undefined ? {} : { body: target.body }),
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"abc123"'))
    throw new Error(`${target.name} answered ${response.status}: ${text.slice(0, 200)}`);
}

export async function runProxy(): Promise<SuiteResult> {
  const started = performance.now();
  proxyBuild();
  const servers = startChild<ToServers, FromServers>('./servers-process.ts', {}, 'ignore');
  const sandbox = { stop: async () => {} } as { stop(): Promise<void> };
  try {
    const ports = await servers.next<Extract<FromServers, { type: 'listening' }>>('listening');
    const proxyUrl = `http://localhost:${ports.slotchatPort}`;
    const sandboxChild = startChild<ToSandbox, FromSandbox>('./sandbox-process.ts', {
      PROXY_URL: proxyUrl,
    });
    sandbox.stop = () => sandboxChild.stop();
    const { url: sandboxUrl } =
      await sandboxChild.next<Extract<FromSandbox, { type: 'listening' }>>('listening');
    servers.send({ type: 'configure', sandboxUrl });
    const { storeCacheMs } =
      await servers.next<Extract<FromServers, { type: 'configured' }>>('configured');

    const session = await openSession(proxyUrl, benchOrigin);
    await session.connect('google-calendar');
    sandboxChild.send({ type: 'mint-token' });
    const { token } = await sandboxChild.next<Extract<FromSandbox, { type: 'token' }>>('token');
    const eventPath = '/google/calendar/v3/calendars/primary/events/abc123';
    const bearer = { authorization: `Bearer ${token}`, accept: 'application/json' };
    // The same operation call for the two floors and Slotchat.
    const eventCall = JSON.stringify({ params: { calendarId: 'primary', eventId: 'abc123' } });
    const targets: Target[] = [
      { name: 'direct', url: `${sandboxUrl}${eventPath}`, method: 'GET', headers: bearer },
      {
        name: 'pass-through',
        url: `http://127.0.0.1:${ports.passThroughPort}${eventPath}`,
        method: 'GET',
        headers: bearer,
      },
      {
        name: 'express-floor',
        url: `http://127.0.0.1:${ports.floorPort}/events`,
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: eventCall,
      },
      {
        name: 'node-floor',
        url: `http://127.0.0.1:${ports.nodeFloorPort}/events`,
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: eventCall,
      },
      {
        name: 'slotchat',
        url: `http://127.0.0.1:${ports.slotchatPort}/api/operations/google-calendar:events.get`,
        method: 'POST',
        headers: session.headers,
        body: eventCall,
      },
    ];
    for (const target of targets) await checkTarget(target);
    for (const target of targets)
      await runLoad(target, settings.connections, settings.warmupSeconds);

    const latency: LoadRun[] = [];
    const throughput: LoadRun[] = [];
    const cpuOf = async (child: {
      send(message: { type: 'cpu' }): void;
      next(type: 'cpu'): Promise<unknown>;
    }) => {
      const answer = child.next('cpu');
      child.send({ type: 'cpu' });
      return ((await answer) as CpuUsage).micros;
    };
    /** CPU time each process spent per 2xx answer during one throughput run (µs). */
    const cpu: CpuPerCall[] = [];
    const measured = async (target: Target) => {
      const own = process.cpuUsage();
      const before = await Promise.all([cpuOf(sandboxChild), cpuOf(servers)]);
      const run = await runLoad(target, settings.connections, settings.throughputSeconds);
      const after = await Promise.all([cpuOf(sandboxChild), cpuOf(servers)]);
      const { user, system } = process.cpuUsage(own);
      const calls = Math.max(1, run.latenciesMs.length);
      cpu.push({
        target: target.name,
        loadGenerator: (user + system) / calls,
        sandbox: (after[0]! - before[0]!) / calls,
        proxy: (after[1]! - before[1]!) / calls,
      });
      return run;
    };
    for (let round = 0; round < settings.rounds; round += 1) {
      // Rotate the order, so no target always runs first (or right after the heaviest).
      const order = targets.map((_, index) => targets[(index + round) % targets.length]!);
      for (const target of order) {
        latency.push(await runLoad(target, 1, settings.latencySeconds));
        throughput.push(await measured(target));
      }
    }

    // Profiles of Slotchat and of the Node floor under the same load: where the CPU goes, and
    // what Slotchat spends beyond the floor its operation calls run on.
    const profiled = async (name: string, file: string) => {
      servers.send({ type: 'profile-start' });
      await servers.next('profile-started');
      const target = targets.find((each) => each.name === name)!;
      const run = await runLoad(target, settings.connections, settings.throughputSeconds);
      servers.send({ type: 'profile-stop', file });
      await servers.next('profile-stopped');
      return { file, calls: Math.max(1, run.latenciesMs.length), ...summarizeProfile(file) };
    };
    const profile = await profiled('slotchat', join(resultsDir, 'proxy.cpuprofile'));
    const floorProfile = await profiled('node-floor', join(resultsDir, 'node-floor.cpuprofile'));

    const checks = await tokenChecks(session, sandboxUrl);
    return {
      figures: [
        ...proxyFigures(latency, throughput, checks.filter((check) => check.pass).length),
        ...cpuFigures(cpu),
      ],
      details: {
        settings,
        cache: storeCacheDescription(storeCacheMs),
        perTarget: targets.map((target) => ({
          ...perTarget(target.name, latency, throughput),
          cpuPerCall: cpuMedians(cpu, target.name),
        })),
        tokenChecks: checks,
        profile,
        beyondFloor: {
          calls: { floor: floorProfile.calls, slotchat: profile.calls },
          rows: perCallDifference(floorProfile, profile, 16),
        },
      },
      durationMs: performance.now() - started,
    };
  } finally {
    await sandbox.stop();
    await servers.stop();
  }
}

function storeCacheDescription(ms: number): string {
  if (ms <= 0)
    return 'none (STORE_CACHE_MS=0): every call reads its session, the integration settings and its grant from the store and decrypts the token (AES-256-GCM)';
  return `STORE_CACHE_MS=${ms} as shipped: each instance keeps a session, the integration settings and a grant (decrypted) for ${ms} ms; its own writes (a refresh, a disconnect) drop the entry at once, and the refresh after a provider 401 reads the grant from the store itself`;
}

function pooled(runs: LoadRun[], target: string): number[] {
  return runs.filter((run) => run.target === target).flatMap((run) => run.latenciesMs);
}

function rates(runs: LoadRun[], target: string): number[] {
  return runs.filter((run) => run.target === target).map((run) => run.throughput);
}

function perTarget(name: string, latency: LoadRun[], throughput: LoadRun[]) {
  const idle = pooled(latency, name);
  const loaded = pooled(throughput, name);
  const runs = [...latency, ...throughput].filter((run) => run.target === name);
  return {
    target: name,
    idle: { samples: idle.length, p50: round(median(idle)), p99: round(percentile(idle, 99)) },
    loaded: {
      samples: loaded.length,
      p50: round(median(loaded)),
      p99: round(percentile(loaded, 99)),
    },
    throughputPerRound: rates(throughput, name).map((rate) => round(rate, 0)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

function proxyFigures(latency: LoadRun[], throughput: LoadRun[], checksPassed: number): Figure[] {
  const p = (target: string, q: number) => percentile(pooled(latency, target), q);
  const rps = (target: string) => median(rates(throughput, target));
  const one = `1 connection, ${settings.rounds} × ${settings.latencySeconds} s`;
  const many = `${settings.connections} connections, median of ${settings.rounds} × ${settings.throughputSeconds} s`;
  return [
    figure('proxy', 'direct p50', round(p('direct', 50)), 'ms', { note: one }),
    figure('proxy', 'direct p99', round(p('direct', 99)), 'ms', { note: one }),
    figure('proxy', 'pass-through p50', round(p('pass-through', 50)), 'ms', { note: one }),
    figure('proxy', 'pass-through p99', round(p('pass-through', 99)), 'ms', { note: one }),
    figure('proxy', 'Express floor p50', round(p('express-floor', 50)), 'ms', { note: one }),
    figure('proxy', 'Express floor p99', round(p('express-floor', 99)), 'ms', { note: one }),
    figure('proxy', 'Node floor p50', round(p('node-floor', 50)), 'ms', { note: one }),
    figure('proxy', 'Node floor p99', round(p('node-floor', 99)), 'ms', { note: one }),
    figure('proxy', 'Slotchat p50', round(p('slotchat', 50)), 'ms', { note: one }),
    figure('proxy', 'Slotchat p99', round(p('slotchat', 99)), 'ms', { note: one }),
    figure(
      'proxy',
      'Slotchat adds at p50 (vs direct)',
      round(p('slotchat', 50) - p('direct', 50)),
      'ms',
      {
        target: { op: '<', value: 2 },
      },
    ),
    figure(
      'proxy',
      'Slotchat adds at p99 (vs direct)',
      round(p('slotchat', 99) - p('direct', 99)),
      'ms',
    ),
    figure(
      'proxy',
      'Slotchat adds at p50 (vs pass-through)',
      round(p('slotchat', 50) - p('pass-through', 50)),
      'ms',
    ),
    figure(
      'proxy',
      'pass-through / direct p50 latency',
      round(p('pass-through', 50) / p('direct', 50), 2),
      '×',
    ),
    figure(
      'proxy',
      'Slotchat / direct p50 latency',
      round(p('slotchat', 50) / p('direct', 50), 2),
      '×',
    ),
    figure('proxy', 'direct throughput', round(rps('direct'), 0), 'req/s', { note: many }),
    figure('proxy', 'pass-through throughput', round(rps('pass-through'), 0), 'req/s', {
      note: many,
    }),
    figure('proxy', 'Express floor throughput', round(rps('express-floor'), 0), 'req/s', {
      note: many,
    }),
    figure('proxy', 'Node floor throughput', round(rps('node-floor'), 0), 'req/s', {
      note: many,
    }),
    figure('proxy', 'Slotchat throughput', round(rps('slotchat'), 0), 'req/s', { note: many }),
    figure(
      'proxy',
      'pass-through / direct throughput',
      round((100 * rps('pass-through')) / rps('direct'), 1),
      '%',
    ),
    figure(
      'proxy',
      'Express floor / direct throughput',
      round((100 * rps('express-floor')) / rps('direct'), 1),
      '%',
    ),
    figure(
      'proxy',
      'Node floor / direct throughput',
      round((100 * rps('node-floor')) / rps('direct'), 1),
      '%',
    ),
    figure(
      'proxy',
      'Slotchat / Node floor throughput',
      round((100 * rps('slotchat')) / rps('node-floor'), 1),
      '%',
    ),
    figure(
      'proxy',
      'Slotchat / direct throughput',
      round((100 * rps('slotchat')) / rps('direct'), 1),
      '%',
      {
        target: { op: '>=', value: 70 },
      },
    ),
    figure('proxy', 'token look-ups correct under refresh and revocation', checksPassed, 'count', {
      target: { op: '=', value: 3 },
      note: 'checks passed of 3',
    }),
  ];
}

function cpuMedians(cpu: CpuPerCall[], target: string) {
  const runs = cpu.filter((run) => run.target === target);
  const of = (key: 'loadGenerator' | 'sandbox' | 'proxy') =>
    round(median(runs.map((run) => run[key])), 0);
  return { loadGenerator: of('loadGenerator'), sandbox: of('sandbox'), proxy: of('proxy') };
}

/**
 * CPU per forwarded call depends far less on how the 2 cores are shared out than throughput
 * does, so it is the figure to compare versions by (it still moves with the machine's load).
 */
function cpuFigures(cpu: CpuPerCall[]): Figure[] {
  const note = `process.cpuUsage over each ${settings.connections}-connection run ÷ 2xx answers, median of ${settings.rounds}`;
  const direct = cpuMedians(cpu, 'direct');
  return [
    figure('proxy', 'Slotchat proxy CPU per call', cpuMedians(cpu, 'slotchat').proxy, 'µs', {
      note,
    }),
    figure('proxy', 'pass-through CPU per call', cpuMedians(cpu, 'pass-through').proxy, 'µs', {
      note,
    }),
    figure('proxy', 'Express floor CPU per call', cpuMedians(cpu, 'express-floor').proxy, 'µs', {
      note,
    }),
    figure('proxy', 'Node floor CPU per call', cpuMedians(cpu, 'node-floor').proxy, 'µs', {
      note,
    }),
    figure('proxy', 'sandbox CPU per call', direct.sandbox, 'µs', { note }),
    figure('proxy', 'load generator CPU per call', direct.loadGenerator, 'µs', { note }),
  ];
}
