/**
 * Starts the sandbox and the proxy as child processes on free ports, for `pnpm transcripts
 * --with-sandbox`: the sandbox transcripts then need nothing running beforehand. The proxy and the
 * sandbox are started through their own `start` scripts, so this package does not depend on them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export interface LocalStack {
  proxyUrl: string;
  /** The sandbox's base URL (its admin API switches faults on). */
  sandboxUrl: string;
  /**
   * The sandbox's clock: it starts at the pinned instant and runs at real speed, so the dialog
   * reads "now" as the sandbox does and the seeded data is the same on every run.
   */
  now(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits for a health URL; processes start in seconds, so polling a few times a second is enough. */
async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
  anyAnswer = false,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited early:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok || anyAnswer) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

function start(
  workspaceRoot: string,
  filter: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string } {
  const child = spawn('pnpm', ['--filter', filter, 'start'], {
    cwd: workspaceRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => log };
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    // The pnpm wrapper's whole process group: pnpm, node (or tsx) and the server it runs.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export async function startLocalStack(
  workspaceRoot: string,
  /** Where the sandbox's clock starts (RFC 3339). */
  pinnedNow: string,
): Promise<LocalStack> {
  const [sandboxPort, proxyPort] = [await freePort(), await freePort()];
  const dataDir = await mkdtemp(join(tmpdir(), 'slotchat-transcripts-'));
  const proxyUrl = `http://localhost:${proxyPort}`;
  const base: NodeJS.ProcessEnv = { ...process.env };
  // Both integrations must use the sandbox here, whatever the developer's shell has configured.
  for (const key of Object.keys(base))
    if (/^(GOOGLE_CALENDAR|CALENDLY)_/.test(key)) delete base[key];
  const sandbox = start(workspaceRoot, '@slotchat/sandbox', {
    ...base,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_NOW: pinnedNow,
    SANDBOX_REDIRECT_URIS: `${proxyUrl}/auth/google-calendar/callback,${proxyUrl}/auth/calendly/callback`,
  });
  const proxy = start(workspaceRoot, '@slotchat/proxy', {
    ...base,
    PORT: String(proxyPort),
    PUBLIC_URL: proxyUrl,
    SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
    DATA_DIR: dataDir,
    // Every transcript is a new visitor with a new session, all from this one address: the
    // per-address limit on new sessions (30 a minute) is for the open internet, not this run.
    RATE_LIMIT_SESSIONS_PER_IP_PER_MINUTE: '1000',
  });
  const stop = async () => {
    stopGroup(proxy.child);
    stopGroup(sandbox.child);
    await rm(dataDir, { recursive: true, force: true });
  };
  // The sandbox reads SANDBOX_NOW as it starts; the dialog's clock follows from the same moment.
  const startedAt = Date.now();
  const now = () => Date.parse(pinnedNow) + (Date.now() - startedAt);
  try {
    // Any answer means the sandbox listens (its root has no page of its own).
    await waitFor(`http://127.0.0.1:${sandboxPort}/`, sandbox.child, sandbox.output, true);
    await waitFor(`${proxyUrl}/healthz`, proxy.child, proxy.output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { proxyUrl, sandboxUrl: `http://127.0.0.1:${sandboxPort}`, now, stop };
}
