import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createLogger } from '../logger';
import { resolveEncryptionKey } from '../store/encryption-key';
import { encryptingStore } from '../store/encrypting-store';
import { createSqliteStore } from '../store/sqlite-store';
import type { Store } from '../store/store';
import { createTokenCipher } from '../store/token-cipher';
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

/** Shared by two instances' stores: who holds a refresh lease, and a sleep that waits for its release. */
function leaseWatch() {
  const held = new Set<string>();
  const waiters: (() => void)[] = [];
  let waits = 0;
  return {
    wrap(store: Store): Store {
      return {
        ...store,
        async tryLeaseRefresh(grantId, holder, now, until) {
          const taken = await store.tryLeaseRefresh(grantId, holder, now, until);
          if (taken) held.add(grantId);
          return taken;
        },
        async releaseRefresh(grantId, holder) {
          await store.releaseRefresh(grantId, holder);
          held.delete(grantId);
          for (const wake of waiters.splice(0)) wake();
        },
      };
    },
    sleep(): Promise<void> {
      if (held.size === 0) return Promise.resolve();
      waits += 1;
      return new Promise((resolve) => waiters.push(resolve));
    },
    waited: () => waits,
  };
}

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
    // Two instances, each with its own connection to the same SQLite file. A waiting instance
    // "sleeps" until the lease is let go (no wall-clock wait), then reads the other's result.
    const leases = leaseWatch();
    const key = resolveEncryptionKey(harness.config, createLogger('silent'));
    const instance = () =>
      createApp(harness.config, {
        ...harness.deps,
        sleep: leases.sleep,
        store: leases.wrap(
          encryptingStore(createSqliteStore({ dataDir: harness.dataDir }), createTokenCipher(key)),
        ),
      });
    await harness.proxy.close();
    harness.proxy = instance();
    const second = instance();
    try {
      const grant = await calendlyGrant();
      const before = calendlyTokenCalls();
      harness.clock.advance(3 * 3600_000);
      const tokens = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          (index % 2 === 0 ? harness.proxy : second).context.tokenManager.accessToken(grant),
        ),
      );
      expect(new Set(tokens).size).toBe(1);
      expect(calendlyTokenCalls() - before).toBe(1);
      expect(leases.waited()).toBeGreaterThan(0);
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

describe('token endpoint failures that are not the grant’s fault (sandbox over HTTP)', () => {
  const usersMe = '/api/operations/calendly:users.me';

  it('keeps every grant, logs loudly and answers integration_misconfigured when the client is refused', async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'calendly');
    // The operator rotates the client secret and makes a typo: the provider answers invalid_client.
    await harness.restart({ CALENDLY_CLIENT_SECRET: 'typo-in-the-secret' });
    harness.clock.advance(3 * 3600_000);
    const refused = await api(harness, token).post(usersMe, { params: {} });
    expect(refused.status).toBe(502);
    expect(refused.body.error).toMatchObject({
      code: 'integration_misconfigured',
      retryable: false,
      integration: 'calendly',
      details: { oauthError: 'invalid_client', status: 401 },
    });
    const status = await api(harness, token).get('/api/integrations');
    expect(status.body.integrations).toContainEqual(
      expect.objectContaining({ id: 'calendly', connected: true }),
    );
    const logged = harness.logs
      .text()
      .split('\n')
      .filter((line) => line.includes('CALENDLY_CLIENT_SECRET'));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({ level: 50, reason: 'invalid_client' });
    expect(harness.logs.text()).not.toContain('typo-in-the-secret');

    // Fixing the configuration brings the visitor back without a new sign-in.
    await harness.restart({ CALENDLY_CLIENT_SECRET: 'sandbox-calendly-secret' });
    const fixed = await api(harness, token).post(usersMe, { params: {} });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
  });

  it('keeps the grant and answers a retryable error while the token endpoint is down', async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'calendly');
    harness.sandbox.state.faults.add({
      provider: 'calendly',
      operation: 'oauth.token',
      kind: 'unavailable',
      times: 1,
    });
    harness.clock.advance(3 * 3600_000);
    const down = await api(harness, token).post(usersMe, { params: {} });
    expect(down.status).toBe(502);
    expect(down.body.error).toMatchObject({
      code: 'upstream_unavailable',
      retryable: true,
      integration: 'calendly',
    });
    const again = await api(harness, token).post(usersMe, { params: {} });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });
});
