import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import {
  api,
  connect,
  createHarness,
  createSession,
  sessionIdOf,
  type Harness,
} from '../test-utils/harness';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const calendlyTokenCalls = () =>
  harness.upstream.filter((call) => call.url.endsWith('/calendly/oauth/token')).length;

async function calendlyGrant() {
  const token = await createSession(harness);
  const { callback } = await connect(harness, token, 'calendly');
  expect(callback.text).toContain('"status":"connected"');
  const integrations = await api(harness, token).get('/api/integrations');
  expect(integrations.body.integrations).toContainEqual(
    expect.objectContaining({ id: 'calendly', connected: true, connectedBy: 'visitor' }),
  );
  const sessionId = await sessionIdOf(harness, token);
  const grant = await harness.proxy.context.store.findGrant('calendly', {
    kind: 'visitor',
    sessionId,
  });
  if (!grant) throw new Error('no grant stored');
  return grant;
}

describe('token refresh with Calendly rotation (sandbox over HTTP)', () => {
  it('persists the rotated refresh token before using it; the old one is dead', async () => {
    const grant = await calendlyGrant();
    const firstRefresh = grant.refreshToken;
    harness.clock.advance(3 * 3600_000);

    const access = await harness.proxy.context.tokenManager.accessToken(grant);
    expect(access).not.toBe(grant.accessToken);
    const stored = await harness.proxy.context.store.findGrantById(grant.id);
    expect(stored?.accessToken).toBe(access);
    expect(stored?.refreshToken).not.toBe(firstRefresh);

    // Replaying the rotated-away refresh token fails at the provider, as Calendly's does.
    const replay = await harness.proxy.context.tokenClient
      .refresh(harness.config.integrations.calendly, firstRefresh ?? '')
      .catch((error: unknown) => error);
    expect(replay).toMatchObject({ errorCode: 'invalid_grant' });

    // After a restart the persisted refresh token still works.
    await harness.restart();
    harness.clock.advance(3 * 3600_000);
    const reloaded = await harness.proxy.context.store.findGrantById(grant.id);
    const afterRestart = await harness.proxy.context.tokenManager.accessToken(reloaded!);
    expect(afterRestart).not.toBe(access);
  });

  it('rotates exactly once for 100 concurrent callers, leaving a working grant', async () => {
    const grant = await calendlyGrant();
    const before = calendlyTokenCalls();
    harness.clock.advance(3 * 3600_000);
    const tokens = await Promise.all(
      Array.from({ length: 100 }, () => harness.proxy.context.tokenManager.accessToken(grant)),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(calendlyTokenCalls() - before).toBe(1);

    harness.clock.advance(3 * 3600_000);
    const stored = await harness.proxy.context.store.findGrantById(grant.id);
    await expect(harness.proxy.context.tokenManager.accessToken(stored!)).resolves.toBeTypeOf(
      'string',
    );
  });

  it('rotates exactly once when two proxy instances on one store are hit at the same time', async () => {
    await harness.close();
    // Real (1 ms) waits here: the waiting instance must let the other one's HTTP refresh finish.
    harness = await createHarness({
      deps: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1))) },
    });
    const grant = await calendlyGrant();
    const second = createApp(harness.config, {
      clock: harness.clock.now,
      fetch: (input, init) => {
        harness.upstream.push({ method: init?.method ?? 'GET', url: String(input) });
        return fetch(input, init);
      },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1))),
      logDestination: harness.logs.stream,
    });
    try {
      const before = calendlyTokenCalls();
      harness.clock.advance(3 * 3600_000);
      const tokens = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          (index % 2 === 0 ? harness.proxy : second).context.tokenManager.accessToken(grant),
        ),
      );
      expect(new Set(tokens).size).toBe(1);
      expect(calendlyTokenCalls() - before).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('drops the grant and asks for authorization when the refresh token was revoked', async () => {
    const grant = await calendlyGrant();
    for (const live of harness.sandbox.state.calendly.oauth.liveGrants()) {
      harness.sandbox.state.calendly.oauth.revokeGrant(live.id);
    }
    harness.clock.advance(3 * 3600_000);
    await expect(harness.proxy.context.tokenManager.accessToken(grant)).rejects.toMatchObject({
      code: 'authorization_required',
      integration: 'calendly',
    });
    expect(await harness.proxy.context.store.findGrantById(grant.id)).toBeUndefined();
  });
});
