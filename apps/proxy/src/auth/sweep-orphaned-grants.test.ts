import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionLifetimeMs } from '../routes/session-routes';
import { connect, createHarness, createSession, type Harness } from '../test-utils/harness';
import { sweepOrphanedGrants } from './sweep-orphaned-grants';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

describe('sweeping grants of expired sessions', () => {
  it('revokes and deletes only the grants whose session has expired', async () => {
    const old = await createSession(harness);
    await connect(harness, old, 'google-calendar');
    harness.clock.advance(sessionLifetimeMs - 60_000);
    const recent = await createSession(harness);
    await connect(harness, recent, 'calendly');
    expect(await sweepOrphanedGrants(harness.proxy.context)).toBe(0);

    harness.clock.advance(120_000);
    expect(await sweepOrphanedGrants(harness.proxy.context)).toBe(1);
    expect(harness.sandbox.state.google.oauth.liveGrants()).toHaveLength(0);
    expect(harness.sandbox.state.calendly.oauth.liveGrants()).toHaveLength(1);
    expect(await sweepOrphanedGrants(harness.proxy.context)).toBe(0);
  });
});
