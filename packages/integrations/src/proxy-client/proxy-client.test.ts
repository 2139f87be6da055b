import { describe, expect, it } from 'vitest';
import { connectProxy } from './proxy-client';

/** A fake proxy that answers only the requests listed; anything else fails the test. */
function fakeProxy(routes: Record<string, (init: RequestInit) => Response>): {
  fetch: typeof fetch;
  seen: RequestInit[];
} {
  const seen: RequestInit[] = [];
  const fake = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const key = `${init.method ?? 'GET'} ${url.pathname}`;
    const route = routes[key];
    if (!route) throw new Error(`Unexpected request ${key}`);
    seen.push(init);
    return route(init);
  };
  return { fetch: fake as typeof fetch, seen };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('connectProxy', () => {
  it('opens a session and sends its token and the origin with every call', async () => {
    const proxy = fakeProxy({
      'POST /api/sessions': () =>
        json(201, { sessionToken: 't'.repeat(32), expiresAt: '2026-11-20T00:00:00Z' }),
      'POST /api/operations/google-calendar%3Aevents.get': (init) => {
        expect(JSON.parse(String(init.body))).toEqual({ params: { eventId: 'abc123' } });
        return json(200, { data: { id: 'abc123' } });
      },
    });
    const client = await connectProxy({ baseUrl: 'http://proxy.test/', fetch: proxy.fetch });
    expect(await client.call('google-calendar:events.get', { eventId: 'abc123' })).toEqual({
      ok: true,
      data: { id: 'abc123' },
    });
    const headers = proxy.seen[1]?.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Bearer ${'t'.repeat(32)}`);
    expect(headers.origin).toBe('http://proxy.test');
  });

  it('returns the proxy’s typed error for a failed call', async () => {
    const proxy = fakeProxy({
      'POST /api/sessions': () => json(201, { sessionToken: 't'.repeat(32), expiresAt: 'x' }),
      'POST /api/operations/calendly%3Ausers.me': () =>
        json(401, {
          error: {
            code: 'authorization_required',
            message: 'Connect Calendly',
            retryable: false,
            integration: 'calendly',
          },
        }),
    });
    const client = await connectProxy({ baseUrl: 'http://proxy.test', fetch: proxy.fetch });
    expect(await client.call('calendly:users.me', {})).toEqual({
      ok: false,
      error: { code: 'authorization_required', message: 'Connect Calendly', retryable: false },
    });
  });

  it('names the problem when the session cannot be opened', async () => {
    const proxy = fakeProxy({
      'POST /api/sessions': () =>
        json(403, {
          error: { code: 'origin_not_allowed', message: 'Not this origin', retryable: false },
        }),
    });
    await expect(
      connectProxy({ baseUrl: 'http://proxy.test', fetch: proxy.fetch }),
    ).rejects.toThrow('origin_not_allowed: Not this origin');
  });
});
