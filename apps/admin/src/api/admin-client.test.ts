import { describe, expect, it } from 'vitest';
import { AdminApiError, createAdminClient } from './admin-client';

function fakeFetch(answers: Record<string, { status: number; body: unknown }>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const key = `${init?.method ?? 'GET'} ${url}`;
    const answer = answers[key];
    // Fails closed: a request the test did not expect is a failure, not a silent 404.
    if (!answer) throw new Error(`unexpected request ${key}`);
    const body = answer.status === 204 ? null : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status });
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const session = { csrfToken: 'csrf-token-0123456789abcdef', expiresAt: '2026-12-01T18:00:00Z' };

describe('createAdminClient', () => {
  it('sends the CSRF token from the sign-in with every change, and the cookie with everything', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'POST /admin/api/session': { status: 200, body: session },
      'DELETE /admin/api/session': { status: 204, body: null },
    });
    const client = createAdminClient('/admin/api', fetchImpl);
    await client.signIn('the-secret');
    await client.signOut();
    expect(calls[0]?.init?.credentials).toBe('same-origin');
    expect(calls[0]?.init?.body).toBe(JSON.stringify({ secret: 'the-secret' }));
    expect((calls[1]?.init?.headers as Record<string, string>)['x-csrf-token']).toBe(
      session.csrfToken,
    );
    expect(client.csrfToken).toBeNull();
  });

  it('turns a refusal into an error with the code, the message and each field', async () => {
    const { fetchImpl } = fakeFetch({
      'PUT /admin/api/integrations/calendly/profile': {
        status: 400,
        body: {
          error: {
            code: 'invalid_params',
            message: 'Some fields need attention',
            retryable: false,
            details: { fields: { tokenUrl: 'Use https://' } },
          },
        },
      },
    });
    const client = createAdminClient('/admin/api', fetchImpl);
    const failure = await client
      .saveProfile('calendly', {
        clientId: 'x',
        authorizationUrl: 'https://a.example',
        tokenUrl: 'http://b.example',
        refreshTokenUrl: 'https://c.example',
        scopes: ['users:read'],
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AdminApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'invalid_params',
      message: 'Some fields need attention',
      fields: { tokenUrl: 'Use https://' },
    });
  });

  it('answers null for a signed-out session and refuses an answer it does not understand', async () => {
    const { fetchImpl } = fakeFetch({
      'GET /admin/api/session': {
        status: 401,
        body: { error: { code: 'admin_required', message: 'x', retryable: false } },
      },
      'GET /admin/api/embedding': { status: 200, body: { unexpected: true } },
    });
    const client = createAdminClient('/admin/api', fetchImpl);
    expect(await client.session()).toBeNull();
    await expect(client.embedding()).rejects.toThrow('does not understand');
  });
});
