import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  disconnectResultSchema,
  integrationsStatusSchema,
  type IntegrationId,
} from '@slotchat/integrations';
import { api, connect, createHarness, createSession, type Harness } from '../test-utils/harness';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

async function statusOf(token: string, id: IntegrationId) {
  const response = await api(harness, token).get('/api/integrations');
  expect(response.status).toBe(200);
  return integrationsStatusSchema.parse(response.body).integrations.find((item) => item.id === id);
}

describe('integrations and connections', () => {
  it('lists both integrations, who is connected and with which account, per the contract schema', async () => {
    const token = await createSession(harness);
    expect(await statusOf(token, 'calendly')).toEqual({
      id: 'calendly',
      name: 'Calendly',
      mode: 'user',
      connected: false,
      connectedBy: null,
      account: null,
      sandbox: true,
      enabled: true,
    });
    await connect(harness, token, 'google-calendar');
    const google = await statusOf(token, 'google-calendar');
    expect(google).toMatchObject({ connected: true, connectedBy: 'visitor' });
    expect(google?.account).toMatch(/@/);
  });

  it('requires a session', async () => {
    const response = await request(harness.proxy.app).get('/api/integrations');
    expect(response.status).toBe(401);
  });

  it("disconnects the visitor's own grant: revoked at the provider, then deleted here", async () => {
    const token = await createSession(harness);
    await connect(harness, token, 'google-calendar');
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(1);
    const response = await api(harness, token).delete(
      '/api/integrations/google-calendar/connection',
    );
    expect(response.status).toBe(200);
    expect(disconnectResultSchema.parse(response.body)).toEqual({
      integration: 'google-calendar',
      wasConnected: true,
      revoked: true,
    });
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
    expect(await statusOf(token, 'google-calendar')).toMatchObject({ connected: false });
    const call = await api(harness, token).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(call.body.error.code).toBe('authorization_required');
  });

  it("cannot disconnect another visitor's grant", async () => {
    const owner = await createSession(harness);
    const other = await createSession(harness);
    await connect(harness, owner, 'google-calendar');
    const response = await api(harness, other).delete(
      '/api/integrations/google-calendar/connection',
    );
    expect(response.body).toMatchObject({ wasConnected: false });
    expect(await statusOf(owner, 'google-calendar')).toMatchObject({ connected: true });
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(1);
  });

  it('connects Calendly with HTTP Basic client authentication and PKCE', async () => {
    const token = await createSession(harness);
    const { callback } = await connect(harness, token, 'calendly');
    expect(callback.text).toContain('"status":"connected"');
    const tokenRequest = harness.upstream.find((call) =>
      call.url.endsWith('/calendly/oauth/token'),
    );
    // Our TokenClient made the exchange (not passport's bundled client, which cannot do Basic):
    // the credentials in the header only, and the PKCE verifier in the form.
    const basic = Buffer.from('slotchat-sandbox-calendly:sandbox-calendly-secret').toString(
      'base64',
    );
    expect(tokenRequest?.headers.get('authorization')).toBe(`Basic ${basic}`);
    const form = new URLSearchParams(tokenRequest?.body);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(form.has('client_secret')).toBe(false);
    expect(form.has('client_id')).toBe(false);
    expect(await statusOf(token, 'calendly')).toMatchObject({
      connected: true,
      connectedBy: 'visitor',
    });
  });

  it('answers unknown integrations with not_found', async () => {
    const token = await createSession(harness);
    const response = await api(harness, token).delete('/api/integrations/outlook/connection');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});
