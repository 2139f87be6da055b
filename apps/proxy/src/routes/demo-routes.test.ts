import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { demoStateSchema } from '@slotchat/integrations/demo-api';
import { answerConsent } from '../test-utils/consent';
import { api, createHarness, createSession, type Harness } from '../test-utils/harness';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const demo = () => request(harness.proxy.app);
const origin = () => harness.config.publicOrigin;

describe('demo controls', () => {
  it('are off unless DEMO_CONTROLS is set', async () => {
    harness = await createHarness();
    expect((await demo().get('/api/demo')).status).toBe(404);
    const mode = await demo().put('/api/demo/mode').set('origin', origin()).send({ mode: 'user' });
    expect(mode.status).toBe(404);
  });

  it('are off as soon as one integration talks to a real provider', async () => {
    harness = await createHarness({
      env: {
        DEMO_CONTROLS: 'true',
        CALENDLY_CLIENT_ID: 'real-client',
        CALENDLY_CLIENT_SECRET: 'real-secret',
        TOKEN_ENCRYPTION_KEY: 'a'.repeat(64),
      },
    });
    const response = await demo().get('/api/demo');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('demo controls are off');
  });

  it('switch both integrations to the site owner and connect the sandbox owner account', async () => {
    harness = await createHarness({ env: { DEMO_CONTROLS: 'true' } });
    const switched = demoStateSchema.parse(
      (await demo().put('/api/demo/mode').set('origin', origin()).send({ mode: 'preauthorized' }))
        .body,
    );
    expect(switched.integrations.map((integration) => integration.mode)).toEqual([
      'preauthorized',
      'preauthorized',
    ]);
    const created = await demo()
      .post('/api/demo/owner-attempts')
      .set('origin', origin())
      .send({ integration: 'google-calendar' });
    expect(created.status).toBe(201);
    const start = new URL(created.body.authorizeUrl as string);
    const redirect = await demo().get(`${start.pathname}${start.search}`);
    const callback = await answerConsent(redirect.headers.location ?? '', 'allow');
    await demo().get(`${callback.pathname}${callback.search}`);
    const status = await demo().get(`/api/demo/owner-attempts/${created.body.attemptId as string}`);
    expect(status.body.status).toBe('connected');

    const visitor = await createSession(harness);
    const event = await api(harness, visitor).post('/api/operations/google-calendar:events.get', {
      params: { eventId: 'abc123' },
    });
    expect(event.status).toBe(200);
    const state = demoStateSchema.parse((await demo().get('/api/demo')).body);
    expect(state.integrations[0]).toMatchObject({
      ownerConnected: true,
      ownerAccount: 'avery.chen@example.com',
    });
    const audit = await harness.proxy.context.store.listAudit(5);
    expect(audit[0]).toMatchObject({ actor: 'demo', action: 'mode.changed' });
  });

  it('refuse a call from a site that may not embed the chat', async () => {
    harness = await createHarness({ env: { DEMO_CONTROLS: 'true' } });
    const response = await demo()
      .put('/api/demo/mode')
      .set('origin', 'https://evil.example')
      .send({ mode: 'preauthorized' });
    expect(response.status).toBe(403);
  });
});
