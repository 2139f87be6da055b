import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config';
import { createLogger } from './logger';
import { sha256 } from './security/random-token';
import request from 'supertest';
import { drainTimeoutMs, startProxy, type RunningProxy } from './server';
import { createSqliteStore } from './store/sqlite-store';
import { manualSchedule, manualTimeouts } from './test-utils/fake-timers';
import {
  api,
  connect,
  createHarness,
  createSession,
  manualClock,
  type Harness,
} from './test-utils/harness';

const origin = 'https://shop.example';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A proxy listening on a port, with a provider that answers only when the test says so. */
async function listening(provider: (url: string) => Promise<Response>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-shutdown-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    DATA_DIR: dataDir,
    ALLOWED_ORIGINS: origin,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const clock = manualClock();
  const timeouts = manualTimeouts();
  const schedule = manualSchedule();
  const running: RunningProxy = await startProxy(
    config,
    {
      logger: createLogger('silent'),
      clock: clock.now,
      timeout: timeouts.timeout,
      every: schedule.every,
      sleep: async () => {},
      // Anything the test did not script fails closed.
      fetch: (input) => provider(String(input)),
    },
    { port: 0, host: '127.0.0.1' },
  );
  cleanups.push(() => running.shutdown());
  const base = running.url.replace('localhost', '127.0.0.1');
  const session = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: '{}',
  });
  const { sessionToken } = (await session.json()) as { sessionToken: string };
  const stored = await running.proxy.context.store.findSessionByTokenHash(
    sha256(sessionToken),
    clock.now(),
  );
  const grant = {
    id: 'g',
    integration: 'google-calendar' as const,
    subject: { kind: 'visitor' as const, sessionId: stored?.id ?? '' },
    accessToken: 'access',
    refreshToken: 'refresh',
    accessTokenExpiresAt: null,
    scopes: ['https://www.googleapis.com/auth/calendar'],
    account: null,
    createdAt: 0,
    updatedAt: 0,
  };
  await running.proxy.context.store.saveGrant(grant);
  const call = () =>
    fetch(`${base}/api/operations/google-calendar:events.get`, {
      method: 'POST',
      headers: {
        origin,
        authorization: `Bearer ${sessionToken}`,
        'content-type': 'application/json',
        connection: 'close',
      },
      body: JSON.stringify({ params: { eventId: 'abc123' } }),
    });
  return { running, base, call, config, dataDir, timeouts, schedule, grant };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('graceful shutdown', () => {
  it('turns /readyz to 503 first, lets an in-flight call finish, refuses new connections, then closes the database', async () => {
    const hit = deferred<void>();
    const answer = deferred<Response>();
    const { running, base, call } = await listening((url) => {
      if (!url.includes('/calendar/v3/calendars/primary/events/abc123')) {
        return Promise.reject(new Error(`unexpected upstream request ${url}`));
      }
      hit.resolve();
      return answer.promise;
    });
    const inFlight = call();
    await hit.promise;
    const stopped = running.shutdown();
    // Readiness goes before anything else, while the call is still under way.
    const readiness = await request(running.proxy.app).get('/readyz');
    expect(readiness.status).toBe(503);
    expect(readiness.body).toEqual({ status: 'shutting-down' });
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    await expect(running.proxy.context.store.ping()).resolves.toBeUndefined();

    answer.resolve(jsonResponse({ id: 'abc123', summary: 'Design review' }));
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { id: 'abc123', summary: 'Design review' } });
    await stopped;
    await expect(running.proxy.context.store.ping()).rejects.toThrow();
  });

  it('cuts off a request still running at the drain deadline, then closes the database', async () => {
    const hit = deferred<void>();
    // A handler stuck past every timeout of its own (this provider ignores the abort signal).
    const { running, call, config, timeouts } = await listening(() => {
      hit.resolve();
      return new Promise<Response>(() => {});
    });
    const inFlight = call().then(
      () => 'answered',
      () => 'cut off',
    );
    await hit.promise;
    const stopped = running.shutdown();
    await timeouts.until(drainTimeoutMs(config));
    expect(drainTimeoutMs(config)).toBe(config.operationTimeoutMs + 5_000);
    timeouts.expire();
    expect(await inFlight).toBe('cut off');
    await stopped;
    await expect(running.proxy.context.store.ping()).rejects.toThrow();
  });

  it('stops the sweep and waits for one under way before the database closes', async () => {
    const revokeHit = deferred<void>();
    const revoked = deferred<Response>();
    const { running, schedule, dataDir, grant } = await listening((url) => {
      if (!url.endsWith('/google/revoke')) {
        return Promise.reject(new Error(`unexpected upstream request ${url}`));
      }
      revokeHit.resolve();
      return revoked.promise;
    });
    // A grant whose session is gone: the sweep revokes and deletes it.
    await running.proxy.context.store.saveGrant({
      ...grant,
      id: 'orphan',
      subject: { kind: 'visitor', sessionId: 'gone' },
    });
    schedule.run();
    await revokeHit.promise;
    const stopped = running.shutdown();
    expect((await request(running.proxy.app).get('/readyz')).status).toBe(503);
    expect(schedule.scheduled()).toBe(0);
    // The sweep still holds the store: it must not be closed under it.
    await expect(running.proxy.context.store.ping()).resolves.toBeUndefined();
    revoked.resolve(jsonResponse({}));
    await stopped;
    const after = createSqliteStore({ dataDir });
    try {
      expect(await after.findGrantById('orphan')).toBeUndefined();
      expect(await after.findGrantById('g')).toBeDefined();
    } finally {
      await after.close();
    }
  });
});

describe('restart', () => {
  let harness: Harness;
  it('keeps sessions and grants: the visitor carries on after the proxy restarts', async () => {
    harness = await createHarness();
    cleanups.push(() => harness.close());
    const token = await createSession(harness);
    await connect(harness, token, 'google-calendar');
    await harness.restart();
    const event = await api(harness, token).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(event.status).toBe(200);
    const readiness = await api(harness, token).get('/readyz');
    expect(readiness.body).toEqual({ status: 'ready' });
    await harness.proxy.close();
    const closing = await api(harness, token).get('/readyz');
    expect(closing.status).toBe(503);
    await harness.restart();
  });
});
