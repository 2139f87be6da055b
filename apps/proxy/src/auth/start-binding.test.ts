import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerConsent } from '../test-utils/consent';
import { startUrl } from './attempts';
import { createOwnerAttempt } from './owner-connection';
import {
  api,
  createHarness,
  createSession,
  embeddingOrigin,
  type Harness,
} from '../test-utils/harness';

/**
 * A sign-in link sent to someone else must not connect their calendar to the sender's chat:
 * a browser navigation that does not come from the attempt's own site is asked to confirm.
 */
let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

/** What a browser sends with a top-level navigation (the fetch metadata headers). */
const navigation = (referer?: string) => ({
  'sec-fetch-mode': 'navigate',
  'sec-fetch-dest': 'document',
  'sec-fetch-site': 'cross-site',
  ...(referer ? { referer } : {}),
});

async function attempt() {
  const token = await createSession(harness);
  const created = await api(harness, token).post('/api/auth/attempts', {
    integration: 'google-calendar',
  });
  const start = new URL(created.body.authorizeUrl as string);
  return {
    token,
    attemptId: created.body.attemptId as string,
    path: `${start.pathname}${start.search}`,
  };
}

describe('the start link', () => {
  it('goes straight to the provider when the browser comes from the chat’s own site', async () => {
    const { path } = await attempt();
    const response = await request(harness.proxy.app)
      .get(path)
      .set(navigation(`${embeddingOrigin}/pricing?plan=pro`));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.location ?? '').origin).toBe(harness.sandboxUrl);
  });

  it('goes straight on for a script client, which cannot show anyone a consent page', async () => {
    const { path } = await attempt();
    // Node's fetch says `cors`; a cross-site fetch in a browser gets an opaque answer.
    const response = await request(harness.proxy.app).get(path).set('sec-fetch-mode', 'cors');
    expect(response.status).toBe(302);
  });

  it.each([
    ['from another site (a link in a mail)', 'https://mail.example/inbox'],
    ['with the Referer stripped', undefined],
  ])('asks first when opened %s, and leaves the attempt unspent', async (_how, referer) => {
    const { path, attemptId, token } = await attempt();
    const page = await request(harness.proxy.app).get(path).set(navigation(referer));
    expect(page.status).toBe(200);
    expect(page.headers.location).toBeUndefined();
    expect(page.text).toContain(`the chat on <strong>${embeddingOrigin}</strong>`);
    expect(page.text).toContain('If someone sent you this link, close this window');
    expect(page.text).toContain(
      '<form method="post" action="http://localhost:3000/auth/google-calendar/start">',
    );
    expect(page.headers['content-security-policy']).toContain(
      `form-action 'self' ${harness.sandboxUrl}`,
    );
    // A form post from a same-origin page only carries our Origin with this policy.
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(harness.upstream).toHaveLength(0);
    const status = await api(harness, token).get(`/api/auth/attempts/${attemptId}`);
    expect(status.body.status).toBe('pending');
    // The visitor's own chat can still use it.
    const fromChat = await request(harness.proxy.app).get(path).set(navigation(embeddingOrigin));
    expect(fromChat.status).toBe(302);
  });

  it('goes on after "Continue" on that page, once', async () => {
    const { path, attemptId } = await attempt();
    const confirm = () =>
      request(harness.proxy.app)
        .post('/auth/google-calendar/start')
        .type('form')
        .set({ origin: harness.config.publicOrigin, referer: `${harness.config.publicUrl}${path}` })
        .send({ attempt: attemptId });
    const continued = await confirm();
    expect(continued.status).toBe(302);
    const callback = await answerConsent(continued.headers.location ?? '', 'allow');
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect((await confirm()).status).toBe(409);
  });

  it.each([
    ['a cross-site form', { origin: 'https://evil.example' }],
    ['a no-referrer page', { origin: 'null' }],
    ['no Origin at all', {}],
  ])('refuses "Continue" from %s', async (_what, headers) => {
    const { attemptId, token } = await attempt();
    const response = await request(harness.proxy.app)
      .post('/auth/google-calendar/start')
      .type('form')
      .set(headers)
      .send({ attempt: attemptId });
    expect(response.status).toBe(403);
    expect(response.headers.location).toBeUndefined();
    const status = await api(harness, token).get(`/api/auth/attempts/${attemptId}`);
    expect(status.body.status).toBe('pending');
  });

  it('asks the site owner too when the link was pasted into a browser (the CLI)', async () => {
    await harness.restart({ GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized' });
    const owner = await createOwnerAttempt(harness.proxy.context, 'google-calendar');
    const start = new URL(startUrl(harness.proxy.context, owner));
    const page = await request(harness.proxy.app)
      .get(`${start.pathname}${start.search}`)
      .set({ ...navigation(), 'sec-fetch-site': 'none' });
    expect(page.status).toBe(200);
    expect(page.text).toContain("the site owner's Google Calendar account");
  });
});
