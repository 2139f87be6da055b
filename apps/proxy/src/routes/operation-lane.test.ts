import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  createHarness,
  createSession,
  embeddingOrigin,
  type Harness,
} from '../test-utils/harness';
import { operationCallId } from './operation-lane';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const getEvent = '/api/operations/google-calendar:events.get';
const call = { params: { eventId: 'abc123' } };
const requestOf = (method: string, url: string) => ({ method, url }) as IncomingMessage;

describe('the operation lane', () => {
  it('takes POST /api/operations/<id> only, spelt as Express would route it', () => {
    const id = 'google-calendar:events.get';
    expect(operationCallId(requestOf('POST', getEvent))).toBe(id);
    expect(operationCallId(requestOf('POST', `${getEvent}?x=1`))).toBe(id);
    expect(operationCallId(requestOf('POST', `${getEvent}/`))).toBe(id);
    expect(operationCallId(requestOf('POST', `${getEvent}/?x=1`))).toBe(id);
    expect(operationCallId(requestOf('POST', `/API/Operations/${id}`))).toBe(id);
    expect(operationCallId(requestOf('GET', getEvent))).toBeUndefined();
    expect(operationCallId(requestOf('POST', '/api/operations/'))).toBeUndefined();
    expect(operationCallId(requestOf('POST', `${getEvent}/more`))).toBeUndefined();
    expect(operationCallId(requestOf('POST', '/api/sessions'))).toBeUndefined();
  });

  it('leaves every other request to the Express app, which answers in the same shape', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    const read = await api(harness, token).get(getEvent);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('not_found');
  });

  it('answers the embedding origin with CORS headers, and refuses any other origin', async () => {
    harness = await createHarness({
      env: { ALLOWED_ORIGINS: `${embeddingOrigin},https://other.example` },
    });
    const token = await createSession(harness);
    const allowed = await api(harness, token).post(getEvent, call);
    expect(allowed.status).toBe(401);
    expect(allowed.body.error.code).toBe('authorization_required');
    expect(allowed.headers['access-control-allow-origin']).toBe(embeddingOrigin);
    expect(allowed.headers.vary).toMatch(/origin/i);

    const stranger = await request(harness.proxy.app)
      .post(getEvent)
      .set({ authorization: `Bearer ${token}`, origin: 'https://evil.example' })
      .send(call);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.code).toBe('origin_not_allowed');
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();

    // Allowed to embed, but not the site that started this session.
    const otherSite = await request(harness.proxy.app)
      .post(getEvent)
      .set({ authorization: `Bearer ${token}`, origin: 'https://other.example' })
      .send(call);
    expect(otherSite.status).toBe(403);
    expect(otherSite.body.error.code).toBe('origin_not_allowed');
  });

  it('counts its calls in the same per-IP window as every other API call', async () => {
    harness = await createHarness({ env: { RATE_LIMIT_IP_PER_MINUTE: '4' } });
    const token = await createSession(harness);
    const statuses = [
      (await api(harness, token).post(getEvent, call)).status,
      (await api(harness, token).get('/api/integrations')).status,
      (await api(harness, token).post(getEvent, call)).status,
      (await api(harness, token).post(getEvent, call)).status,
    ];
    expect(statuses).toEqual([401, 200, 401, 429]);
    const refused = await api(harness, token).get('/api/integrations');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', retryable: true });
  });

  it('refuses an operation id that is not valid percent-encoding, and one it does not forward', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    const broken = await api(harness, token).post('/api/operations/google%E0%A4%A', call);
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatchObject({
      code: 'bad_request',
      message: 'The operation id in the path is not valid percent-encoding',
    });
    const unknown = await api(harness, token).post(
      '/api/operations/google-calendar%3Aevents.delete',
      call,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      code: 'unknown_operation',
      message: '"google-calendar:events.delete" is not an operation this proxy forwards',
    });
  });

  it('writes its calls to the access log, numbered with the requests Express serves', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    await api(harness, token).post(`${getEvent}?calendar=secret`, call);
    const [created, operation] = harness.logs
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { req?: { id: number; url: string }; res?: unknown })
      .filter((line) => line.req !== undefined);
    expect(operation).toMatchObject({
      req: { id: created!.req!.id + 1, url: `${getEvent}?calendar=…` },
      res: { statusCode: 401 },
    });
  });

  it('logs a call whose client hung up mid-body as aborted, and answers no one', async () => {
    harness = await createHarness();
    const token = await createSession(harness);
    let arrived!: () => void;
    const hasArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer((request, response) => {
      harness!.proxy.app(request, response);
      arrived();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const client = httpRequest(`http://127.0.0.1:${port}${getEvent}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        origin: embeddingOrigin,
        'content-type': 'application/json',
        'content-length': '100',
      },
    });
    client.on('error', () => {});
    client.write('{"par');
    await hasArrived;
    client.destroy();
    await vi.waitFor(() => expect(harness!.logs.text()).toContain('request aborted'));
    server.close();
    const aborted = harness.logs
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; req?: { url: string }; res?: unknown })
      .find((line) => line.msg === 'request aborted');
    expect(aborted).toMatchObject({ req: { url: getEvent }, res: { statusCode: null } });
  });
});
