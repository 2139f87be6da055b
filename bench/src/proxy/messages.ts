/** What the benchmark's server processes and the load process say to each other over IPC. */

export type ToServers =
  | { type: 'configure'; sandboxUrl: string }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'cpu' };

export type FromServers =
  | {
      type: 'listening';
      slotchatPort: number;
      passThroughPort: number;
      floorPort: number;
      nodeFloorPort: number;
    }
  /** `storeCacheMs`: the proxy's STORE_CACHE_MS as configured (its read cache of the store). */
  | { type: 'configured'; storeCacheMs: number }
  | { type: 'profile-started' }
  | { type: 'profile-stopped' }
  | CpuUsage;

export type ToSandbox = { type: 'mint-token' } | { type: 'cpu' };

export type FromSandbox =
  { type: 'listening'; url: string } | { type: 'token'; token: string } | CpuUsage;

/** A process's CPU time so far (user + system, microseconds), from `process.cpuUsage()`. */
export interface CpuUsage {
  type: 'cpu';
  micros: number;
}

export function cpuUsage(): CpuUsage {
  const { user, system } = process.cpuUsage();
  return { type: 'cpu', micros: user + system };
}

/** The embedding origin the benchmark's sessions belong to. */
export const benchOrigin = 'https://shop.example';
