import net from 'node:net';
import { defaultClients } from '@slotchat/sandbox';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { answerConsent } from '../test-utils/consent';
import { api, consentFor, createHarness, createSession, type Harness } from '../test-utils/harness';
import { runCli, type CliDeps } from './run-cli';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

/**
 * The CLI as an operator runs it next to a running proxy: its own process state and store
 * connection on the same DATA_DIR. `/healthz` at PUBLIC_URL reaches the in-process proxy; the
 * first poll plays the operator who opens the printed URL and allows access.
 */
function cliDeps(decision: 'allow' | 'deny' = 'allow') {
  const out: string[] = [];
  const err: string[] = [];
  let browsed = false;
  const deps: CliDeps = {
    env: harness.env,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    logDestination: harness.logs.stream,
    // The proxy's clock and timers: attempts, expiries and timeouts all run on the test's time.
    clock: harness.clock.now,
    timeout: harness.timeouts.timeout,
    fetch: async (input, init) => {
      const url = new URL(String(input));
      if (url.origin !== harness.config.publicOrigin) return fetch(input, init);
      const response = await request(harness.proxy.app).get(url.pathname);
      return new Response(response.text, { status: response.status });
    },
    sleep: async () => {
      if (browsed) return;
      browsed = true;
      const printed = out.join('\n').match(/https?:\/\/\S+\/start\?attempt=\S+/)?.[0];
      if (!printed) throw new Error(`no URL printed: ${out.join('\n')}`);
      const callback = await consentFor(harness, printed, { decision });
      await request(harness.proxy.app).get(`${callback.pathname}${callback.search}`);
    },
  };
  return { deps, out, err };
}

describe('proxy CLI', () => {
  it("connects the site owner's account for everyone", async () => {
    harness = await createHarness({ env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' } });
    const { deps, out } = cliDeps();
    expect(await runCli(['connect', 'google-calendar'], deps)).toBe(0);
    expect(out.at(-1)).toMatch(/^Connected google-calendar/);

    const visitor = await createSession(harness);
    const event = await api(harness, visitor).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(event.status).toBe(200);

    const status = cliDeps();
    expect(await runCli(['status'], status.deps)).toBe(0);
    expect(status.out[0]).toMatch(/^google-calendar: preauthorized mode, sandbox, connected/);

    const disconnect = cliDeps();
    expect(await runCli(['disconnect', 'google-calendar'], disconnect.deps)).toBe(0);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
  });

  it('serves the sign-in itself when no proxy is running at PUBLIC_URL', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    harness = await createHarness({
      env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized', PUBLIC_URL: origin, PORT: String(port) },
      sandbox: { clients: defaultClients([origin]) },
    });
    const out: string[] = [];
    const code = await runCli(['connect', 'google-calendar'], {
      env: harness.env,
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      logDestination: harness.logs.stream,
      clock: harness.clock.now,
      timeout: harness.timeouts.timeout,
      every: harness.schedule.every,
      sleep: async () => {
        // The operator's browser, over real HTTP against the proxy the CLI started.
        const printed = out.join('\n').match(/http:\/\/\S+\/start\?attempt=\S+/)?.[0];
        if (!printed) return;
        out.length = 0;
        const start = await fetch(printed, { redirect: 'manual' });
        const callback = await answerConsent(start.headers.get('location') ?? '', 'allow');
        expect(callback.origin).toBe(origin);
        expect((await fetch(callback)).status).toBe(200);
      },
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toContain('Connected google-calendar');
    // The temporary server is gone again.
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
    expect(
      await harness.proxy.context.store.findGrant('google-calendar', { kind: 'owner' }),
    ).toBeDefined();
  });

  it('says when the provider did not confirm the revocation, with a non-zero exit code', async () => {
    harness = await createHarness({ env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' } });
    expect(await runCli(['connect', 'google-calendar'], cliDeps().deps)).toBe(0);
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'oauth.revoke',
      kind: 'unavailable',
    });
    const { deps, err } = cliDeps();
    expect(await runCli(['disconnect', 'google-calendar'], deps)).toBe(1);
    expect(err.join('\n')).toMatch(/did not confirm the revocation \(temporarily_unavailable\)/);
    const again = cliDeps();
    expect(await runCli(['disconnect', 'google-calendar'], again.deps)).toBe(0);
    expect(again.out).toEqual(['google-calendar was not connected.']);
  });

  it('gives up when the sign-in link expires, on the test clock', async () => {
    harness = await createHarness({ env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' } });
    const err: string[] = [];
    const code = await runCli(['connect', 'google-calendar'], {
      ...cliDeps().deps,
      err: (line) => err.push(line),
      // The operator never opens the link: each poll is a minute of the test's clock.
      sleep: async () => harness.clock.advance(60_000),
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/expired/);
  });

  it('reports a denial with a non-zero exit code', async () => {
    harness = await createHarness({ env: { GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' } });
    const { deps, err } = cliDeps('deny');
    expect(await runCli(['connect', 'google-calendar'], deps)).toBe(1);
    expect(err.join('\n')).toContain('denied');
  });

  it('explains that user-mode integrations are connected by each visitor', async () => {
    harness = await createHarness();
    const { deps, err } = cliDeps();
    expect(await runCli(['connect', 'calendly'], deps)).toBe(1);
    expect(err.join('\n')).toContain('cli mode calendly preauthorized');
  });

  it('names a bad variable and an unknown integration', async () => {
    harness = await createHarness();
    const bad = cliDeps();
    bad.deps.env = { ...harness.env, CALENDLY_AUTH_MODE: 'everyone' };
    expect(await runCli(['status'], bad.deps)).toBe(1);
    expect(bad.err.join('\n')).toContain('CALENDLY_AUTH_MODE');
    const unknown = cliDeps();
    expect(await runCli(['connect', 'outlook'], unknown.deps)).toBe(2);
  });
});
