/**
 * The read cache on the real path (sandbox over HTTP), with a clock that never lets an entry
 * age out: whatever the cache holds, a token the provider refreshed elsewhere or revoked must
 * never answer a visitor, and a disconnect here must take effect at once.
 */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { api, connect, createHarness, createSession, type Harness } from '../test-utils/harness';

const getEvent = '/api/operations/google-calendar:events.get';
let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function cachedHarness() {
  return createHarness({ env: { STORE_CACHE_MS: '60000' }, deps: { monotonic: () => 0 } });
}

describe('the store read cache', () => {
  it('never serves a token the provider revoked: the 401 sends the visitor to connect again', async () => {
    harness = await cachedHarness();
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    expect(
      (await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } })).status,
    ).toBe(200);
    const revoked = await fetch(`${harness.sandboxUrl}/__sandbox/grants/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'google' }),
    });
    expect(revoked.ok).toBe(true);
    const after = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(after.body.error.code).toBe('authorization_required');
  });

  it('uses the refreshed token after the provider expired the cached one', async () => {
    harness = await cachedHarness();
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    await fetch(`${harness.sandboxUrl}/__sandbox/tokens/expire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'google' }),
    });
    for (let call = 0; call < 3; call += 1) {
      const event = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
      expect(event.status).toBe(200);
    }
    const refreshes = harness.upstream.filter((call) => call.url.endsWith('/google/token'));
    // The code exchange, then exactly one refresh: later calls used the new token from the cache.
    expect(refreshes).toHaveLength(2);
  });

  it('takes a disconnect into account at once', async () => {
    harness = await cachedHarness();
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    const disconnected = await api(harness, visitor).delete(
      '/api/integrations/google-calendar/connection',
    );
    expect(disconnected.status).toBe(200);
    const after = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(after.body.error.code).toBe('authorization_required');
    const status = await request(harness.proxy.app)
      .get('/api/integrations')
      .set({ authorization: `Bearer ${visitor}`, origin: 'https://shop.example' });
    expect(status.body.integrations[0].connected).toBe(false);
  });

  it('runs the next call with what the console saved, though the profile built before is kept', async () => {
    harness = await cachedHarness();
    const visitor = await createSession(harness);
    await connect(harness, visitor, 'google-calendar');
    const before = await harness.proxy.context.profile('google-calendar');
    expect(await harness.proxy.context.profile('google-calendar')).toBe(before);
    await harness.proxy.context.store.saveIntegrationSettings({
      integration: 'google-calendar',
      enabled: false,
      mode: null,
      profile: null,
      disabledTemplates: [],
      updatedAt: harness.clock.now(),
    });
    const after = await api(harness, visitor).post(getEvent, { params: { eventId: 'abc123' } });
    expect(after.body.error.code).toBe('integration_disabled');
  });
});
