import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config';
import { createLogger } from './logger';
import { sha256 } from './security/random-token';
import { startProxy, type RunningProxy } from './server';
import { api, connect, createHarness, createSession, type Harness } from './test-utils/harness';

const origin = 'https://shop.example';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('graceful shutdown', () => {
  it('lets an in-flight call finish, refuses new connections, then closes the database', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-shutdown-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let release: (response: Response) => void = () => {};
    let upstreamHit: () => void = () => {};
    const hit = new Promise<void>((resolve) => (upstreamHit = resolve));
    const config = loadConfig({
      DATA_DIR: dataDir,
      ALLOWED_ORIGINS: origin,
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
    const running: RunningProxy = await startProxy(
      config,
      {
        logger: createLogger('silent'),
        // The provider answers only when the test says so; anything else fails closed.
        fetch: (input) => {
          if (!String(input).includes('/calendar/v3/calendars/primary/events/abc123')) {
            return Promise.reject(new Error(`unexpected upstream request ${String(input)}`));
          }
          upstreamHit();
          return new Promise<Response>((resolve) => (release = resolve));
        },
      },
      { port: 0, host: '127.0.0.1' },
    );
    const base = running.url.replace('localhost', '127.0.0.1');
    const session = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: '{}',
    });
    const { sessionToken } = (await session.json()) as { sessionToken: string };
    const stored = await running.proxy.context.store.findSessionByTokenHash(
      sha256(sessionToken),
      Date.now(),
    );
    await running.proxy.context.store.saveGrant({
      id: 'g',
      integration: 'google-calendar',
      subject: { kind: 'visitor', sessionId: stored?.id ?? '' },
      accessToken: 'access',
      refreshToken: null,
      accessTokenExpiresAt: null,
      scopes: ['https://www.googleapis.com/auth/calendar'],
      account: null,
      createdAt: 0,
      updatedAt: 0,
    });

    const inFlight = fetch(`${base}/api/operations/google-calendar:events.get`, {
      method: 'POST',
      headers: {
        origin,
        authorization: `Bearer ${sessionToken}`,
        'content-type': 'application/json',
        connection: 'close',
      },
      body: JSON.stringify({ params: { eventId: 'abc123' } }),
    });
    await hit;
    const stopped = running.shutdown();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();

    release(
      new Response(JSON.stringify({ id: 'abc123', summary: 'Design review' }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { id: 'abc123', summary: 'Design review' } });
    await stopped;
    await expect(running.proxy.context.store.ping()).rejects.toThrow();
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
