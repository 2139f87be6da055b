import { disconnectResultSchema } from '@slotchat/integrations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionLifetimeMs } from '../routes/session-routes';
import {
  api,
  connect,
  createHarness,
  createSession,
  sessionIdOf,
  type Harness,
} from '../test-utils/harness';
import { sweepOrphanedGrants } from './sweep-orphaned-grants';

/**
 * Several sessions of one person on one Google account, and what revocation does to them:
 * Google revokes per account and client, Calendly per grant (sandbox over HTTP).
 */
let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const getEvent = '/api/operations/google-calendar:events.get';
const usersMe = '/api/operations/calendly:users.me';
const callEvent = (token: string) =>
  api(harness, token).post(getEvent, { params: { eventId: 'abc123' } });
const disconnect = async (token: string, integration: string) => {
  const response = await api(harness, token).delete(`/api/integrations/${integration}/connection`);
  expect(response.status).toBe(200);
  return disconnectResultSchema.parse(response.body);
};
const connectedTo = async (token: string, integration: string) =>
  (
    (await api(harness, token).get('/api/integrations')).body.integrations as {
      id: string;
      connected: boolean;
    }[]
  ).find((item) => item.id === integration)?.connected;
const grantOf = async (token: string, integration: 'google-calendar' | 'calendly') =>
  harness.proxy.context.store.findGrant(integration, {
    kind: 'visitor',
    sessionId: await sessionIdOf(harness, token),
  });

describe('a returning Google visitor', () => {
  it('gets a refresh token in a new session too: two sessions on one account both work 2 h later', async () => {
    const first = await createSession(harness);
    await connect(harness, first, 'google-calendar');
    // Another device, or cleared storage: a new session, the same Google account.
    const second = await createSession(harness);
    const { callbackUrl } = await connect(harness, second, 'google-calendar');
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    for (const token of [first, second]) {
      expect((await grantOf(token, 'google-calendar'))?.refreshToken).toEqual(expect.any(String));
    }
    harness.clock.advance(2 * 3600_000);
    for (const token of [first, second]) {
      const response = await callEvent(token);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
  });
});

describe('disconnecting one of several sessions on one account', () => {
  it('Google: ends the other sessions too (Google revokes per account); they are asked to connect again and can', async () => {
    const first = await createSession(harness);
    const second = await createSession(harness);
    await connect(harness, first, 'google-calendar');
    await connect(harness, second, 'google-calendar');
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(2);

    expect(await disconnect(second, 'google-calendar')).toEqual({
      integration: 'google-calendar',
      wasConnected: true,
      revoked: true,
    });
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
    // The first session says so at once, instead of failing on its next call.
    expect(await connectedTo(first, 'google-calendar')).toBe(false);
    const call = await callEvent(first);
    expect(call.status).toBe(401);
    expect(call.body.error).toMatchObject({
      code: 'authorization_required',
      integration: 'google-calendar',
    });

    await connect(harness, first, 'google-calendar');
    harness.clock.advance(2 * 3600_000);
    expect((await callEvent(first)).status).toBe(200);
  });

  it('Calendly: ends only that session’s grant', async () => {
    const first = await createSession(harness);
    const second = await createSession(harness);
    await connect(harness, first, 'calendly');
    await connect(harness, second, 'calendly');
    expect(await disconnect(second, 'calendly')).toMatchObject({ revoked: true });
    expect(harness.sandbox.state.calendly.oauth.liveGrants()).toHaveLength(1);
    harness.clock.advance(3 * 3600_000);
    const call = await api(harness, first).post(usersMe, { params: {} });
    expect(call.status, JSON.stringify(call.body)).toBe(200);
  });

  it('the sweep of an expired session does not revoke a Google account a live session still uses', async () => {
    const old = await createSession(harness);
    await connect(harness, old, 'google-calendar');
    harness.clock.advance(sessionLifetimeMs - 60_000);
    const live = await createSession(harness);
    await connect(harness, live, 'google-calendar');
    harness.clock.advance(120_000);

    expect(await sweepOrphanedGrants(harness.proxy.context)).toBe(1);
    expect(harness.upstream.some((call) => call.url.endsWith('/google/revoke'))).toBe(false);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(2);
    harness.clock.advance(2 * 3600_000);
    expect((await callEvent(live)).status).toBe(200);

    // Once the last session of that account has gone too, the grant is revoked.
    harness.clock.advance(sessionLifetimeMs);
    expect(await sweepOrphanedGrants(harness.proxy.context)).toBe(1);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
  });
});

describe('a revocation the provider does not confirm', () => {
  it('is surfaced: the grant is gone here, the answer says revoked: false', async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'google-calendar');
    harness.sandbox.state.faults.add({
      provider: 'google',
      operation: 'oauth.revoke',
      kind: 'unavailable',
    });
    expect(await disconnect(token, 'google-calendar')).toEqual({
      integration: 'google-calendar',
      wasConnected: true,
      revoked: false,
    });
    expect(await connectedTo(token, 'google-calendar')).toBe(false);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(1);
    expect(harness.logs.text()).toContain('did not confirm the revocation');
  });

  it('counts a token Google already revoked (invalid_token) as revoked', async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'google-calendar');
    // The visitor removed the app in their Google account settings.
    for (const grant of harness.sandbox.state.google.oauth.liveGrants()) {
      harness.sandbox.state.google.oauth.revokeGrant(grant.id);
    }
    expect(await disconnect(token, 'google-calendar')).toMatchObject({ revoked: true });
  });

  it('answers wasConnected: false when there was nothing to disconnect', async () => {
    const token = await createSession(harness);
    expect(await disconnect(token, 'calendly')).toEqual({
      integration: 'calendly',
      wasConnected: false,
      revoked: true,
    });
    expect(harness.upstream).toHaveLength(0);
  });
});
