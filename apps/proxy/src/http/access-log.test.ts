import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  createSession,
  embeddingOrigin,
  logCapture,
  type Harness,
} from '../test-utils/harness';
import { accessLog } from './access-log';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface Line {
  level: number;
  msg: string;
  req?: { id: number; method: string; url: string };
  res?: { statusCode: number | null };
  responseTime?: number;
}

const lines = (text = harness!.logs.text()): Line[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line)
    .filter((line) => line.req !== undefined);

describe('access log', () => {
  it('writes one line per request with method, path, status and time, numbered in order', async () => {
    harness = await createHarness();
    await createSession(harness);
    await request(harness.proxy.app).get('/api/nowhere');

    const [created, missing] = lines();
    expect(created).toMatchObject({
      msg: 'request completed',
      level: 30,
      req: { method: 'POST', url: '/api/sessions' },
      res: { statusCode: 201 },
    });
    expect(created?.responseTime).toBeGreaterThanOrEqual(0);
    expect(missing).toMatchObject({ req: { url: '/api/nowhere' }, res: { statusCode: 404 } });
    expect(missing!.req!.id).toBe(created!.req!.id + 1);
  });

  it('keeps query values and attempt ids out, and leaves the health probes unlogged', async () => {
    harness = await createHarness();
    await request(harness.proxy.app).get('/auth/callback?code=secret-code&state=secret-state');
    await request(harness.proxy.app).get('/api/auth/attempts/attempt-id-secret');
    await request(harness.proxy.app).get('/healthz');
    await request(harness.proxy.app).get('/readyz');

    const urls = lines().map((line) => line.req?.url);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toBe('/auth/callback?code=…&state=…');
    expect(urls[1]).toMatch(/^\/api\/auth\/attempts\/#[0-9a-f]{12}$/);
    const text = harness.logs.text();
    for (const secret of ['secret-code', 'secret-state', 'attempt-id-secret'])
      expect(text).not.toContain(secret);
  });
});

describe('access log beside the error log', () => {
  it('names the error code of a 5xx (not blanked as an OAuth code would be) and the request it belongs to', async () => {
    harness = await createHarness({ env: { UPSTREAM_TIMEOUT_MS: '1000' } });
    harness.proxy.context.store.findIntegrationSettings = () => {
      throw new Error('the store is down');
    };
    const token = await createSession(harness);
    await request(harness.proxy.app)
      .post('/api/operations/google-calendar:events.get')
      .set({ authorization: `Bearer ${token}`, origin: embeddingOrigin })
      .send({ params: { calendarId: 'primary', eventId: 'abc123' } })
      .expect(500);
    const failed = harness.logs
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line & { errorCode?: string; requestId?: number })
      .find((line) => line.msg === 'request failed');
    const access = lines().at(-1);
    expect(failed).toMatchObject({ level: 50, errorCode: 'internal_error' });
    expect(access).toMatchObject({ level: 50, msg: 'request completed', res: { statusCode: 500 } });
    expect(failed?.requestId).toBe(access?.req?.id);
  });
});

describe('access log, by itself', () => {
  it('logs a 5xx at error level', async () => {
    const logs = logCapture();
    let clock = 100;
    const app = express();
    app.use(accessLog(pino(logs.stream), () => clock));
    app.get('/broken', (_request, response) => {
      clock += 42;
      response.status(503).end();
    });
    await request(app).get('/broken');
    expect(lines(logs.text())).toEqual([
      {
        level: 50,
        msg: 'request completed',
        req: { id: 1, method: 'GET', url: '/broken' },
        res: { statusCode: 503 },
        responseTime: 42,
        time: expect.any(Number),
        pid: expect.any(Number),
        hostname: expect.any(String),
      },
    ]);
  });

  it('logs a request whose client went away before the answer as aborted, with no status', async () => {
    let written = '';
    let logged!: () => void;
    const wasLogged = new Promise<void>((resolve) => (logged = resolve));
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString('utf8');
        logged();
        callback();
      },
    });
    const app = express();
    app.use(accessLog(pino(stream)));
    const arrived = new Promise<void>((resolve) => app.get('/slow', () => resolve()));
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const client = httpRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`);
    client.on('error', () => {});
    client.end();
    await arrived;
    client.destroy();
    await wasLogged;
    server.close();
    expect(lines(written)).toMatchObject([
      { level: 30, msg: 'request aborted', req: { url: '/slow' }, res: { statusCode: null } },
    ]);
  });
});
