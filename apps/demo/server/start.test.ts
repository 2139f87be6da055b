/**
 * The README's start command as a real process: it prints the URL, serves the demo, the widget
 * and a healthy proxy wired to a live sandbox, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const demoDirectory = fileURLToPath(new URL('..', import.meta.url));
const dataDirectories: string[] = [];
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts `tsx server/start.ts` and resolves with its output once it prints the demo URL. */
function start(env: Record<string, string>): Promise<{ child: ChildProcess; output: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'slotchat-start-'));
  dataDirectories.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: demoDirectory,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Slotchat demo: \S+/.test(output)) resolve({ child, output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const directory of dataDirectories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the URL and serves the demo, the widget and a ready proxy; SIGTERM stops it', async () => {
    const port = await freePort();
    const sandboxPort = await freePort();
    const { child, output } = await start({
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
    });
    expect(output).toContain(`Slotchat demo: http://localhost:${port}`);
    expect(output).toContain(`http://127.0.0.1:${sandboxPort}`);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/widget.js');
    expect((await fetch(`${base}/plain.html`)).status).toBe(200);
    // The admin console, with the secret printed for this run.
    const secret = /admin secret for this run: (\S+)/.exec(output)?.[1] ?? '';
    const console = await fetch(`${base}/admin`);
    expect(await console.text()).toContain('<div id="root">');
    const signIn = await fetch(`${base}/admin/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
      body: JSON.stringify({ secret }),
    });
    expect(signIn.status).toBe(200);
    const widget = await fetch(`${base}/widget.js`);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    // The sandbox it started is up on the port it was given.
    const sandbox = await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/grants`);
    expect(sandbox.status).toBe(200);
    const exited = exitCode(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a sandbox port equal to PORT, naming both variables', async () => {
    const port = await freePort();
    const failed = start({ PORT: String(port), SANDBOX_PORT: String(port) });
    await expect(failed).rejects.toThrow(/SANDBOX_PORT and PORT are both/);
  });

  it('stops with the variable named when PUBLIC_URL is not a URL', async () => {
    const failed = start({ PORT: String(await freePort()), PUBLIC_URL: 'not a url' });
    await expect(failed).rejects.toThrow(/PUBLIC_URL/);
  });
});
