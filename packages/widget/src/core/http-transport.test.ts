import { describe, expect, it } from 'vitest';
import { createHttpTransport, memorySessionTokens } from './http-transport';
import { TransportError } from './transport';

type Route = (request: { body: unknown; headers: Headers }) => Response;

/** A fetch that answers only the routes given; anything else fails the test (fails closed). */
function fakeFetch(routes: Record<string, Route[] | Route>) {
  const calls: { key: string; authorization: string | null; body: unknown }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ key, authorization: headers.get('authorization'), body });
    const route = routes[key];
    const handler = Array.isArray(route) ? route.shift() : route;
    if (!handler) throw new Error(`unexpected request ${key}`);
    return handler({ body, headers });
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const session = (token: string) => () =>
  json(201, { sessionToken: token, expiresAt: '2030-01-01T00:00:00Z' });

const token1 = 'session-token-1-abcdefghijklmnop';
const token2 = 'session-token-2-abcdefghijklmnop';

describe('createHttpTransport', () => {
  it('creates a session once and sends it as a bearer token', async () => {
    const { fetch, calls } = fakeFetch({
      'POST /api/sessions': [session(token1)],
      'GET /api/integrations': () =>
        json(200, {
          integrations: [
            {
              id: 'google-calendar',
              name: 'Google Calendar',
              mode: 'user',
              connected: false,
              connectedBy: null,
              account: null,
              sandbox: true,
            },
          ],
        }),
    });
    const transport = createHttpTransport({ proxyUrl: 'http://proxy.test/', fetch });
    const [first] = await Promise.all([transport.listIntegrations(), transport.listIntegrations()]);
    expect(first.integrations[0]?.name).toBe('Google Calendar');
    expect(calls.filter((call) => call.key === 'POST /api/sessions')).toHaveLength(1);
    expect(calls.filter((call) => call.key === 'GET /api/integrations')).toEqual([
      expect.objectContaining({ authorization: `Bearer ${token1}` }),
      expect.objectContaining({ authorization: `Bearer ${token1}` }),
    ]);
  });

  it('posts operation params and returns the data', async () => {
    const { fetch, calls } = fakeFetch({
      'POST /api/operations/google-calendar%3Aevents.get': () =>
        json(200, { data: { id: 'abc123' } }),
    });
    const transport = createHttpTransport({
      proxyUrl: 'http://proxy.test',
      fetch,
      sessionTokens: memorySessionTokens(token1),
    });
    await expect(
      transport.callOperation('google-calendar:events.get', { eventId: 'abc123' }),
    ).resolves.toEqual({ id: 'abc123' });
    expect(calls[0]?.body).toEqual({ params: { eventId: 'abc123' } });
  });

  it('replaces a session the proxy forgot, once', async () => {
    const tokens = memorySessionTokens(token1);
    const { fetch, calls } = fakeFetch({
      'POST /api/sessions': [session(token2)],
      'POST /api/auth/attempts': [
        () =>
          json(401, {
            error: { code: 'session_required', message: 'Unknown session', retryable: false },
          }),
        () =>
          json(201, {
            attemptId: 'attempt-0123456789abcdef',
            authorizeUrl: 'http://proxy.test/auth/google-calendar/start?attempt=x',
            expiresAt: '2030-01-01T00:00:00Z',
          }),
      ],
    });
    const transport = createHttpTransport({
      proxyUrl: 'http://proxy.test',
      fetch,
      sessionTokens: tokens,
    });
    const attempt = await transport.createAttempt('google-calendar');
    expect(attempt.attemptId).toBe('attempt-0123456789abcdef');
    expect(tokens.get()).toBe(token2);
    expect(calls.map((call) => call.authorization)).toEqual([
      `Bearer ${token1}`,
      null,
      `Bearer ${token2}`,
    ]);
  });

  it('turns the proxy error body into a TransportError with its code', async () => {
    const { fetch } = fakeFetch({
      'POST /api/operations/google-calendar%3Aevents.get': () =>
        json(401, {
          error: {
            code: 'authorization_required',
            message: 'Connect Google Calendar first',
            retryable: false,
            integration: 'google-calendar',
          },
        }),
    });
    const transport = createHttpTransport({
      proxyUrl: 'http://proxy.test',
      fetch,
      sessionTokens: memorySessionTokens(token1),
    });
    const error = await transport.callOperation('google-calendar:events.get', {}).catch((e) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({
      code: 'authorization_required',
      integration: 'google-calendar',
      status: 401,
      retryable: false,
    });
  });

  it('refuses answers that do not match the contract', async () => {
    const { fetch } = fakeFetch({
      'GET /api/auth/attempts/a1': () => json(200, { attemptId: 'a1', status: 'maybe' }),
      'GET /api/integrations': () => new Response('<html>oops</html>', { status: 502 }),
    });
    const transport = createHttpTransport({
      proxyUrl: 'http://proxy.test',
      fetch,
      sessionTokens: memorySessionTokens(token1),
    });
    await expect(transport.getAttempt('a1')).rejects.toMatchObject({ code: 'bad_response' });
    await expect(transport.listIntegrations()).rejects.toMatchObject({
      code: 'bad_response',
      retryable: true,
    });
  });

  it('reports an unreachable proxy as a retryable network error', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const transport = createHttpTransport({
      proxyUrl: 'http://proxy.test',
      fetch,
      sessionTokens: memorySessionTokens(token1),
    });
    await expect(transport.disconnect('calendly')).rejects.toMatchObject({
      code: 'network_error',
      retryable: true,
    });
  });
});
