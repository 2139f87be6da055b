import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createSandbox, type Sandbox } from '@slotchat/sandbox';
import type { IntegrationId } from '@slotchat/integrations';
import request from 'supertest';
import { expect } from 'vitest';
import { createApp, type ProxyApp } from '../app';
import type { AppDeps } from '../app-context';
import { undiciClient } from '../forwarding/http-client';
import type { ProxyConfig } from '../config/config-types';
import { loadConfig } from '../config/load-config';
import { sha256 } from '../security/random-token';
import { answerConsent } from './consent';
import { heldDelays, manualSchedule, manualTimeouts } from './fake-timers';

export const embeddingOrigin = 'https://shop.example';
export const publicUrl = 'http://localhost:3000';

/** A clock tests move by hand, shared by proxy and sandbox. */
export function manualClock(start = Date.parse('2026-11-20T15:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Everything pino wrote, to prove no secret ever reaches the logs. */
export function logCapture() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString('utf8');
      callback();
    },
  });
  return { stream, text: () => text };
}

export interface Harness {
  sandbox: Sandbox;
  sandboxUrl: string;
  dataDir: string;
  /** The variables the config was loaded from. */
  env: Record<string, string>;
  config: ProxyConfig;
  /** What the proxy runs on (clock, recording fetch, sleeper, fake timers), to build another one. */
  deps: AppDeps;
  proxy: ProxyApp;
  clock: ReturnType<typeof manualClock>;
  logs: ReturnType<typeof logCapture>;
  /** Every request the proxy sent upstream, in order. */
  upstream: UpstreamCall[];
  sleeps: number[];
  /** The proxy's upstream timeouts: they fire only when the test calls `expire()`. */
  timeouts: ReturnType<typeof manualTimeouts>;
  /** The sandbox's latency faults: held until released once `hold()` is on. */
  delays: ReturnType<typeof heldDelays>;
  /** The proxy's hourly sweep: runs on `run()`. */
  schedule: ReturnType<typeof manualSchedule>;
  /**
   * A new proxy on the same DATA_DIR (a restart); the old one is closed. `env` changes
   * variables for the new one (an operator editing the configuration).
   */
  restart(env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface UpstreamCall {
  method: string;
  url: string;
  headers: Headers;
  /** The request body as sent (form or JSON text), when there was one. */
  body: string | undefined;
}

/** The sandbox listening on an ephemeral port, and the proxy (in process) configured for it. */
export async function createHarness(
  options: {
    env?: Record<string, string>;
    deps?: AppDeps;
    sandbox?: Parameters<typeof createSandbox>[0];
  } = {},
): Promise<Harness> {
  const clock = manualClock();
  const delays = heldDelays();
  const timeouts = manualTimeouts();
  const schedule = manualSchedule();
  const sandbox = createSandbox({ clock: clock.now, delay: delays.delay, ...options.sandbox });
  const running = await sandbox.listen(0);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-proxy-'));
  const env = {
    SANDBOX_URL: running.url,
    DATA_DIR: dataDir,
    // The CLI tests write through a second store; this proxy must see that at once.
    STORE_CACHE_MS: '0',
    PUBLIC_URL: publicUrl,
    ALLOWED_ORIGINS: embeddingOrigin,
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const config = loadConfig(env);
  const logs = logCapture();
  const upstream: UpstreamCall[] = [];
  const sleeps: number[] = [];
  const providerClient = undiciClient({ timeout: timeouts.timeout });
  const deps: AppDeps = {
    clock: clock.now,
    fetch: (input, init) => {
      upstream.push({
        method: init?.method ?? 'GET',
        url: String(input),
        headers: new Headers(init?.headers),
        body: init?.body === undefined || init.body === null ? undefined : String(init.body),
      });
      return fetch(input, init);
    },
    // Provider API calls go through the production client (undici), recorded the same way.
    http: async (url, exchange) => {
      upstream.push({
        method: exchange.method,
        url: String(url),
        headers: new Headers(exchange.headers),
        body: exchange.body,
      });
      return providerClient(url, exchange);
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    timeout: timeouts.timeout,
    every: schedule.every,
    random: () => 0.5,
    logDestination: logs.stream,
    ...options.deps,
  };
  const harness: Harness = {
    sandbox,
    sandboxUrl: running.url,
    dataDir,
    env,
    config,
    deps,
    proxy: createApp(config, deps),
    clock,
    logs,
    upstream,
    sleeps,
    timeouts,
    delays,
    schedule,
    async restart(changes = {}) {
      await harness.proxy.close();
      harness.env = { ...harness.env, ...changes };
      harness.config = loadConfig(harness.env);
      harness.proxy = createApp(harness.config, deps);
    },
    async close() {
      await harness.proxy.close();
      delays.releaseAll();
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

export async function createSession(harness: Harness, origin = embeddingOrigin): Promise<string> {
  const response = await request(harness.proxy.app)
    .post('/api/sessions')
    .set('origin', origin)
    .send({});
  expect(response.status).toBe(201);
  return (response.body as { sessionToken: string }).sessionToken;
}

export function api(harness: Harness, token: string) {
  const app = request(harness.proxy.app);
  const headers = { authorization: `Bearer ${token}`, origin: embeddingOrigin };
  return {
    get: (url: string) => app.get(url).set(headers),
    post: (url: string, body: unknown = {}) =>
      app
        .post(url)
        .set(headers)
        .send(body as object),
    delete: (url: string) => app.delete(url).set(headers),
  };
}

export interface ConnectResult {
  attemptId: string;
  callback: request.Response;
  callbackUrl: URL;
}

/** The popup journey: attempt → start page → sandbox consent → the proxy's callback page. */
export async function connect(
  harness: Harness,
  token: string,
  integration: IntegrationId,
  options: { decision?: 'allow' | 'deny'; keepScopes?: (scope: string) => boolean } = {},
): Promise<ConnectResult> {
  const created = await api(harness, token).post('/api/auth/attempts', { integration });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { attemptId, authorizeUrl } = created.body as { attemptId: string; authorizeUrl: string };
  const callbackUrl = await consentFor(harness, authorizeUrl, options);
  const callback = await request(harness.proxy.app).get(
    `${callbackUrl.pathname}${callbackUrl.search}`,
  );
  return { attemptId, callback, callbackUrl };
}

/** Opens a start URL in the proxy and answers the consent page; returns the callback URL. */
export async function consentFor(
  harness: Harness,
  startUrl: string,
  options: { decision?: 'allow' | 'deny'; keepScopes?: (scope: string) => boolean } = {},
): Promise<URL> {
  const start = new URL(startUrl);
  const redirect = await request(harness.proxy.app).get(`${start.pathname}${start.search}`);
  expect(redirect.status, redirect.text).toBe(302);
  return answerConsent(redirect.headers.location ?? '', options.decision ?? 'allow', options);
}

/** The store's id of the session behind a bearer token. */
export async function sessionIdOf(harness: Harness, token: string): Promise<string> {
  const session = await harness.proxy.context.store.findSessionByTokenHash(
    sha256(token),
    harness.clock.now(),
  );
  if (!session) throw new Error('unknown session token');
  return session.id;
}
