import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { undiciClient } from './http-client';

let server: http.Server;
let base: string;
const client = undiciClient();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/redirect') {
      response.writeHead(302, { location: 'https://elsewhere.example/steal' }).end();
      return;
    }
    if (request.url === '/hang') return; // never answers
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.setHeader('set-cookie', ['a=1', 'b=2']);
      response.writeHead(201, { 'content-type': 'application/json', 'retry-after': '3' });
      response.end(
        JSON.stringify({ method: request.method, auth: request.headers.authorization, body }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('undiciClient', () => {
  it('sends the method, headers and body, and answers status, headers and text', async () => {
    const answer = await client(new URL(`${base}/events`), {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"x":1}',
      timeoutMs: 10_000,
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('Retry-After')).toBe('3');
    // Repeated headers read as fetch's Headers reads them: joined with a comma.
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(answer.headers.get('x-absent')).toBeNull();
    expect(JSON.parse(answer.text)).toEqual({ method: 'POST', auth: 'Bearer t', body: '{"x":1}' });
  });

  it('never follows a redirect', async () => {
    const answer = await client(new URL(`${base}/redirect`), {
      method: 'GET',
      headers: {},
      timeoutMs: 10_000,
    });
    expect(answer.status).toBe(302);
  });

  it('fails like fetch: the socket error as the cause, or the signal’s reason', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await client(new URL(`http://127.0.0.1:${port}/`), {
      method: 'GET',
      headers: {},
      timeoutMs: 10_000,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');

    const controller = new AbortController();
    const handFired = undiciClient({ timeout: () => controller.signal });
    const pending = handFired(new URL(`${base}/hang`), {
      method: 'GET',
      headers: {},
      timeoutMs: 1,
    });
    const reason = new DOMException('took too long', 'TimeoutError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  describe('its own timer (no signal handed in)', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up after timeoutMs with a TimeoutError, as AbortSignal.timeout would', async () => {
      const pending = client(new URL(`${base}/hang`), {
        method: 'GET',
        headers: {},
        timeoutMs: 5_000,
      }).catch((error: unknown) => error);
      await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
      vi.advanceTimersByTime(4_999);
      await Promise.resolve();
      expect(await Promise.race([pending, 'still waiting'])).toBe('still waiting');
      vi.advanceTimersByTime(1);
      const error = await pending;
      expect(error).toBeInstanceOf(DOMException);
      expect((error as DOMException).name).toBe('TimeoutError');
    });

    it('clears the timer once the answer is in', async () => {
      await client(new URL(`${base}/events`), { method: 'GET', headers: {}, timeoutMs: 5_000 });
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
