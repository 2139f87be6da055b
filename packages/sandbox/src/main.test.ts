import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Starts `src/main.ts` as its own process (the standalone command) and resolves with its URL. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, url, exited, output: () => output };
}

describe('the standalone sandbox (src/main.ts)', () => {
  it('starts, logs its URL, answers over HTTP, and stops on SIGTERM', async () => {
    const main = startMain({ SANDBOX_PORT: '0' });
    const url = await main.url;
    const index = await fetch(`${url}/`);
    expect(((await index.json()) as { google: { apiBaseUrl: string } }).google.apiBaseUrl).toBe(
      `${url}/google/calendar/v3`,
    );
    const unauthorized = await fetch(`${url}/google/calendar/v3/calendars/primary/events/abc123`);
    expect(unauthorized.status).toBe(401);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  }, 20_000);

  it('switches on the fault rules of SANDBOX_FAULTS', async () => {
    const main = startMain({
      SANDBOX_PORT: '0',
      SANDBOX_FAULTS: JSON.stringify([
        { provider: 'google', operation: 'oauth.token', kind: 'server-error', times: 1 },
      ]),
    });
    const url = await main.url;
    const token = () => fetch(`${url}/google/token`, { method: 'POST' });
    const failed = await token();
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: string }).error).toBe('server_error');
    // `times: 1`: the next request reaches the token endpoint (and fails on its own merits).
    expect((await token()).status).toBe(401);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  }, 20_000);

  it('refuses a bad variable with a message naming it', async () => {
    const main = startMain({ SANDBOX_PORT: 'not-a-port' });
    await expect(main.url).rejects.toThrow(/SANDBOX_PORT/);
    const faults = startMain({ SANDBOX_FAULTS: '[{"kind":"server-error","operation":"nope"}]' });
    await expect(faults.url).rejects.toThrow(/Invalid SANDBOX_FAULTS: \[0\]\.operation/);
  }, 20_000);
});
