import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../create-sandbox';
import { calendlyApi } from '../test-utils/calendly-api';
import { googleApi } from '../test-utils/google-api';
import { googleClient } from '../test-utils/oauth-flow';

const event = '/calendars/primary/events/abc123';

describe('fault switches', () => {
  it('answers Google rateLimitExceeded as 403 and as 429, per operation, through the admin API', async () => {
    const { sandbox, get } = await googleApi();
    const added = await request(sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'google', operation: 'events.get', kind: 'rate-limit', times: 1 });
    expect(added.status).toBe(201);
    const limited = await get(event);
    expect(limited.status).toBe(403);
    expect(limited.body.error.errors[0]).toEqual({
      domain: 'usageLimits',
      reason: 'rateLimitExceeded',
      message: 'Rate Limit Exceeded',
    });
    // `times: 1` switched itself off; other operations were never affected.
    expect((await get(event)).status).toBe(200);
    await request(sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'google', kind: 'rate-limit-429' });
    const tooMany = await get('/calendars/primary/events');
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.error.errors[0].reason).toBe('rateLimitExceeded');
    await request(sandbox.app).delete('/__sandbox/faults').expect(204);
    expect((await get(event)).status).toBe(200);
  });

  it.each([
    ['server-error', 500, 'backendError'],
    ['unavailable', 503, 'backendError'],
  ] as const)('answers Google %s with %i', async (kind, status, reason) => {
    const { get } = await googleApi({ faults: [{ kind }] });
    const response = await get(event);
    expect(response.status).toBe(status);
    expect(response.body.error.errors[0].reason).toBe(reason);
  });

  it('sends malformed JSON with a 200', async () => {
    const { get } = await googleApi({ faults: [{ provider: 'google', kind: 'malformed-json' }] });
    const response = await get(event)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(() => JSON.parse(response.body as string)).toThrow();
  });

  it('adds latency through the injected delay', async () => {
    const delays: number[] = [];
    const { get } = await googleApi({
      faults: [{ kind: 'latency', latencyMs: 1500, operation: 'events.get' }],
      delay: async (ms) => {
        delays.push(ms);
      },
    });
    expect((await get(event)).status).toBe(200);
    expect(delays).toEqual([1500]);
  });

  it('answers Calendly rate limits with 429 and its headers', async () => {
    const api = await calendlyApi();
    await request(api.sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'calendly', kind: 'rate-limit' });
    const response = await api.get('/users/me');
    expect(response.status).toBe(429);
    expect(response.body.title).toBe('Too Many Requests');
    expect(response.headers['x-ratelimit-remaining']).toBe('0');
    expect(response.headers['x-ratelimit-limit']).toBe('500');
  });

  it('enforces Calendly’s 500 requests per minute and resets after the minute', async () => {
    let now = Date.parse('2026-11-20T20:00:00Z');
    const api = await calendlyApi({ clock: () => now });
    for (let index = 0; index < 500; index += 1) {
      expect((await api.get('/users/me')).status).toBe(200);
    }
    const limited = await api.get('/users/me');
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    now += 60_000;
    expect((await api.get('/users/me')).status).toBe(200);
    // 502 requests in process: room for a machine shared with other work.
  }, 20_000);

  it('refuses a malformed fault rule with the field named', async () => {
    const { sandbox } = await googleApi();
    const response = await request(sandbox.app).post('/__sandbox/faults').send({ kind: 'latency' });
    expect(response.status).toBe(400);
    expect(response.body.issues[0].path).toBe('latencyMs');
    expect(
      (await request(sandbox.app).post('/__sandbox/faults').send({ kind: 'explode' })).status,
    ).toBe(400);
  });

  it('refuses an operation name that does not exist, listing the valid ones', async () => {
    const { sandbox } = await googleApi();
    const typo = await request(sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'google', operation: 'events.lst', kind: 'rate-limit' });
    expect(typo.status).toBe(400);
    expect(typo.body.issues).toEqual([
      { path: 'operation', message: expect.stringContaining('unknown operation "events.lst"') },
    ]);
    expect(typo.body.issues[0].message).toContain('events.list');
    expect(typo.body.issues[0].message).toContain('scheduled_events.list');
    const wrongProvider = await request(sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'calendly', operation: 'events.get', kind: 'rate-limit' });
    expect(wrongProvider.status).toBe(400);
    expect(wrongProvider.body.issues[0]).toMatchObject({
      path: 'operation',
      message: expect.stringMatching(
        /^"events\.get" is not a calendly operation; valid: users\.get/,
      ),
    });
    expect((await request(sandbox.app).get('/__sandbox/faults')).body.faults).toEqual([]);
    expect(() =>
      createSandbox({ faults: [{ operation: 'nope' as 'events.get', kind: 'server-error' }] }),
    ).toThrow(/unknown operation "nope"/);
  });

  it('expires access tokens now; the refresh token still works', async () => {
    const { sandbox, get, tokens } = await googleApi();
    const expired = await request(sandbox.app)
      .post('/__sandbox/tokens/expire')
      .send({ provider: 'google' });
    expect(expired.body.expired).toBe(1);
    expect((await get(event)).status).toBe(401);
    const refreshed = await request(sandbox.app).post('/google/token').type('form').send({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      client_id: googleClient.clientId,
      client_secret: googleClient.clientSecret,
    });
    expect(refreshed.status).toBe(200);
  });

  it('revokes grants: API calls get 401 and the refresh token invalid_grant', async () => {
    const api = await calendlyApi();
    const grants = await request(api.sandbox.app).get('/__sandbox/grants');
    expect(grants.body.grants).toHaveLength(1);
    const revoked = await request(api.sandbox.app)
      .post('/__sandbox/grants/revoke')
      .send({ provider: 'calendly' });
    expect(revoked.body.revoked).toBe(1);
    const call = await api.get('/users/me');
    expect(call.status).toBe(401);
    expect(call.body).toEqual({ title: 'Unauthenticated', message: 'The access token is invalid' });
    const refresh = await request(api.sandbox.app).post('/calendly/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      refresh_token: api.tokens.refresh_token,
      client_id: 'slotchat-sandbox-calendly',
      client_secret: 'sandbox-calendly-secret',
    });
    expect(refresh.body.error).toBe('invalid_grant');
  });

  it('says when a Calendly token has expired', async () => {
    let now = Date.parse('2026-11-20T20:00:00Z');
    const api = await calendlyApi({ clock: () => now });
    now += 7200 * 1000;
    const response = await api.get('/users/me');
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('The access token expired');
  });

  it('fails the token endpoint on its own with oauth.token, in OAuth error form', async () => {
    const { sandbox, get, tokens } = await googleApi();
    await request(sandbox.app)
      .post('/__sandbox/faults')
      .send({ provider: 'google', operation: 'oauth.token', kind: 'server-error', times: 1 });
    const refresh = () =>
      request(sandbox.app).post('/google/token').type('form').send({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: googleClient.clientId,
        client_secret: googleClient.clientSecret,
      });
    const failed = await refresh();
    expect(failed.status).toBe(500);
    expect(failed.body.error).toBe('server_error');
    expect((await get(event)).status).toBe(200);
    expect((await refresh()).status).toBe(200);
  });
});
