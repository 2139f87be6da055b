/**
 * Where the proxy's CPU time goes, from a V8 sampling profile (.cpuprofile) taken while it was
 * under load: self time by package or proxy folder, inclusive time (a sample counts once for
 * every package on its stack), and the hottest functions.
 */
import { readFileSync } from 'node:fs';
import { round } from '../stats';
import { sourceMapper, type Frame } from './source-mapped';

interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  /** Share of busy time, percent. */
  self: { name: string; percent: number }[];
  inclusive: { name: string; percent: number }[];
  functions: { name: string; percent: number }[];
  /** Inclusive time per file of apps/proxy/src: which middleware or step costs what. */
  proxyFiles: { name: string; percent: number }[];
  /** Self time of every owner, ms: to set two profiles side by side (see `perCallDifference`). */
  selfMs: Record<string, number>;
}

/** A readable owner for a frame: an npm package, a proxy folder, a Node subsystem. */
export function categoryOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native code)';
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = url.slice(inModules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  const workspace = /\/(apps|packages)\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(url);
  if (workspace) return `@slotchat/${workspace[2]}${workspace[3] ? `/${workspace[3]}` : ''}`;
  // fetch is undici, whose HTTP parser is WebAssembly.
  if (url.startsWith('node:internal/deps/undici') || url.startsWith('wasm://'))
    return 'undici (fetch)';
  if (url.includes('/bench/src/')) return '(benchmark harness)';
  if (url.startsWith('node:')) {
    const module = url
      .slice('node:'.length)
      .replace(/^internal\//, '')
      .split('/')[0];
    return `node:${module}`;
  }
  return url;
}

export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const original = sourceMapper();
  for (const node of profile.nodes) node.callFrame = original(node.callFrame);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  const proxyFiles = new Map<string, number>();
  const add = (table: Map<string, number>, key: string, ms: number) =>
    table.set(key, (table.get(key) ?? 0) + ms);
  const nearestScript = (id: number): ProfileNode | undefined => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node?.callFrame.url) return node;
    }
    return undefined;
  };
  const stackHas = (id: number, test: (frame: ProfileNode['callFrame']) => boolean) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame && test(frame)) return true;
    }
    return false;
  };
  let idle = 0;
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') {
      idle += ms;
      return;
    }
    // Stopping the profiler serialises it on the main thread: that is not the proxy's work.
    if (stackHas(id, (frame) => frame.url === 'node:inspector')) return;
    busy += ms;
    // Native code (a SQLite statement, a socket write) is charged to the JavaScript that called it.
    const caller = node.callFrame.url ? node : nearestScript(id);
    const category = name.startsWith('(') ? name : categoryOf((caller ?? node).callFrame);
    add(self, category, ms);
    add(functions, functionLabel(node, caller), ms);
    const seen = new Set<string>();
    const files = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      seen.add(categoryOf(frame));
      const file = /\/apps\/proxy\/src\/(.+)$/.exec(frame.url)?.[1];
      if (file) files.add(file);
    }
    for (const category of seen) if (!/^(node:|\()/.test(category)) add(inclusive, category, ms);
    for (const file of files) add(proxyFiles, file, ms);
  });
  const top = (table: Map<string, number>, count: number) =>
    [...table.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, percent: round((100 * ms) / busy, 1) }));
  return {
    busyMs: round(busy, 0),
    idleMs: round(idle, 0),
    self: top(self, 14),
    inclusive: top(inclusive, 18),
    functions: top(functions, 15),
    proxyFiles: top(proxyFiles, 15),
    selfMs: Object.fromEntries([...self.entries()].map(([name, ms]) => [name, round(ms, 2)])),
  };
}

/**
 * Self time per call of each owner in two profiles of the same load (`calls` answers each), and
 * what the second spends beyond the first, largest first. Both carry the profiler's own cost.
 */
export function perCallDifference(
  base: { selfMs: Record<string, number>; calls: number },
  other: { selfMs: Record<string, number>; calls: number },
  count: number,
): { name: string; baseUs: number; otherUs: number; differenceUs: number }[] {
  const perCall = (ms: number | undefined, calls: number) => ((ms ?? 0) * 1000) / calls;
  const names = new Set([...Object.keys(base.selfMs), ...Object.keys(other.selfMs)]);
  return [...names]
    .map((name) => {
      const baseUs = perCall(base.selfMs[name], base.calls);
      const otherUs = perCall(other.selfMs[name], other.calls);
      return { name, baseUs, otherUs, differenceUs: otherUs - baseUs };
    })
    .sort((a, b) => b.differenceUs - a.differenceUs)
    .slice(0, count)
    .map((row) => ({
      name: row.name,
      baseUs: round(row.baseUs, 1),
      otherUs: round(row.otherUs, 1),
      differenceUs: round(row.differenceUs, 1),
    }));
}

function functionLabel(node: ProfileNode, caller: ProfileNode | undefined): string {
  // Line numbers of TypeScript files are tsx's output's, not the source's: name the file only.
  const where = (frame: ProfileNode['callFrame']) => {
    const file = frame.url.split('/').slice(-1)[0] ?? '';
    return file.endsWith('.ts') ? file : `${file}:${frame.lineNumber + 1}`;
  };
  const name = node.callFrame.functionName || '(anonymous)';
  if (node.callFrame.url) return `${name} ${where(node.callFrame)}`;
  if (name.startsWith('(') || !caller) return name;
  return `${name} (native, from ${where(caller.callFrame)})`;
}
