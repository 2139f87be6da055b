/**
 * The servers under load run in their own processes, so the load generator (this process) never
 * takes their event loop, and the sandbox and the proxy each get theirs, as in production.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from '../timeout';

export interface Child<In, Out> {
  process: ChildProcess;
  send(message: In): void;
  /** The next message of this type. */
  next<T extends Out & { type: string }>(type: T['type']): Promise<T>;
  stop(): Promise<void>;
}

export function startChild<In, Out extends { type: string }>(
  entry: string,
  env: Record<string, string> = {},
  /** Where the child's stdout goes: the servers' logs are written, but not to the terminal. */
  stdout: 'inherit' | 'ignore' = 'inherit',
): Child<In, Out> {
  const child = fork(fileURLToPath(new URL(entry, import.meta.url)), [], {
    // The entry points are TypeScript, as the proxy and sandbox packages are.
    execArgv: ['--import', 'tsx'],
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  const waiting: {
    type: string;
    resolve: (message: Out) => void;
    reject: (error: Error) => void;
  }[] = [];
  child.on('message', (message: Out) => {
    const index = waiting.findIndex((entry) => entry.type === message.type);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
  });
  // One listener for every pending answer (one per `next` call would pile up on a long run).
  child.once('exit', (code) => {
    for (const pending of waiting.splice(0)) pending.reject(new Error(`${entry} exited (${code})`));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    send: (message) => child.send(message as object),
    next: <T extends Out>(type: T['type']) =>
      withTimeout(
        new Promise<T>((resolve, reject) => {
          if (child.exitCode !== null) {
            reject(new Error(`${entry} exited (${child.exitCode})`));
            return;
          }
          waiting.push({ type, resolve: (message) => resolve(message as T), reject });
        }),
        60_000,
        `${entry} did not answer "${type}"`,
      ),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
