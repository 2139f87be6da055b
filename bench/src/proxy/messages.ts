/** What the benchmark's server processes and the load process say to each other over IPC. */

export type ToServers =
  | { type: 'configure'; sandboxUrl: string }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };

export type FromServers =
  | { type: 'listening'; slotchatPort: number; passThroughPort: number }
  | { type: 'configured' }
  | { type: 'profile-started' }
  | { type: 'profile-stopped' };

export type ToSandbox = { type: 'mint-token' };

export type FromSandbox = { type: 'listening'; url: string } | { type: 'token'; token: string };

/** The embedding origin the benchmark's sessions belong to. */
export const benchOrigin = 'https://shop.example';
