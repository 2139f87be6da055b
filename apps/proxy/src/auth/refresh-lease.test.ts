import { describe, expect, it } from 'vitest';
import { fakeUpstream, json, storedGrant, unitContext } from '../test-utils/fake-upstream';
import { refreshLeaseMs } from './token-manager';

const tokenUrl = 'http://sandbox.test/google/token';

describe('refresh lease across processes sharing a store', () => {
  it("waits for another instance's refresh instead of spending the refresh token again", async () => {
    const upstream = fakeUpstream(); // no token request is expected: any would fail the test
    const unit: ReturnType<typeof unitContext> = unitContext(upstream.fetch, {}, async () => {
      // Meanwhile the other instance finishes its refresh and lets go of the lease.
      const context = unit.context;
      await context.store.updateGrantTokens('grant-1', {
        accessToken: 'access-from-other-instance',
        refreshToken: 'refresh-2',
        accessTokenExpiresAt: context.clock() + 3600_000,
        scopes: ['https://www.googleapis.com/auth/calendar'],
        updatedAt: context.clock(),
      });
      await context.store.releaseRefresh('grant-1', 'other-instance');
    });
    try {
      const grant = await storedGrant(unit.context, { accessTokenExpiresAt: unit.now() - 1 });
      expect(
        await unit.context.store.tryLeaseRefresh(
          'grant-1',
          'other-instance',
          unit.now(),
          unit.now() + 30_000,
        ),
      ).toBe(true);
      await expect(unit.context.tokenManager.accessToken(grant)).resolves.toBe(
        'access-from-other-instance',
      );
      expect(unit.sleeps).toEqual([100]);
      expect(upstream.seen).toHaveLength(0);
    } finally {
      await unit.close();
    }
  });

  it("takes over a crashed instance's lapsed lease", async () => {
    const upstream = fakeUpstream();
    const unit = unitContext(upstream.fetch);
    try {
      upstream.expect('POST', tokenUrl, () => json({ access_token: 'fresh', expires_in: 3600 }));
      const grant = await storedGrant(unit.context, { accessTokenExpiresAt: unit.now() - 1 });
      await unit.context.store.tryLeaseRefresh(
        'grant-1',
        'crashed',
        unit.now() - 60_000,
        unit.now() - 30_000,
      );
      await expect(unit.context.tokenManager.accessToken(grant)).resolves.toBe('fresh');
      expect((await unit.context.store.findGrantById('grant-1'))?.refreshToken).toBe('refresh-1');
    } finally {
      await unit.close();
    }
  });

  it('gives up with a retryable error when the lease is never released', async () => {
    const upstream = fakeUpstream();
    const unit = unitContext(upstream.fetch);
    try {
      const grant = await storedGrant(unit.context, { accessTokenExpiresAt: unit.now() - 1 });
      await unit.context.store.tryLeaseRefresh('grant-1', 'stuck', unit.now(), unit.now() + 30_000);
      await expect(unit.context.tokenManager.accessToken(grant)).rejects.toMatchObject({
        code: 'upstream_unavailable',
        retryable: true,
      });
      expect(upstream.seen).toHaveLength(0);
    } finally {
      await unit.close();
    }
  });
});

describe('refresh lease length', () => {
  it('outlives a token request as slow as UPSTREAM_TIMEOUT_MS, so no second instance takes over', async () => {
    const upstream = fakeUpstream();
    const unit = unitContext(upstream.fetch, { UPSTREAM_TIMEOUT_MS: '40000' });
    try {
      const grant = await storedGrant(unit.context, { accessTokenExpiresAt: unit.now() - 1 });
      let takenByOther: boolean | undefined;
      upstream.expect('POST', tokenUrl, async () => {
        // The provider takes the whole timeout to answer; another instance tries its luck.
        unit.advance(40_000);
        takenByOther = await unit.context.store.tryLeaseRefresh(
          grant.id,
          'other-instance',
          unit.now(),
          unit.now() + 1_000,
        );
        return json({ access_token: 'fresh', expires_in: 3600 });
      });
      await expect(unit.context.tokenManager.accessToken(grant)).resolves.toBe('fresh');
      expect(takenByOther).toBe(false);
      expect(refreshLeaseMs(40_000)).toBeGreaterThan(2 * 40_000);
    } finally {
      await unit.close();
    }
  });
});

describe('a grant without a refresh token', () => {
  it('serves until its token really expires, then asks to connect again, naming the integration', async () => {
    const upstream = fakeUpstream(); // no token request may happen: there is nothing to refresh with
    const unit = unitContext(upstream.fetch);
    try {
      const grant = await storedGrant(unit.context, {
        refreshToken: null,
        accessTokenExpiresAt: unit.now() + 30_000,
      });
      await expect(unit.context.tokenManager.accessToken(grant)).resolves.toBe('access-1');
      expect(await unit.context.store.findGrantById(grant.id)).toBeDefined();
      unit.advance(30_000);
      await expect(unit.context.tokenManager.accessToken(grant)).rejects.toMatchObject({
        code: 'authorization_required',
        integration: 'google-calendar',
        retryable: false,
      });
      expect(await unit.context.store.findGrantById(grant.id)).toBeUndefined();
      expect(upstream.seen).toHaveLength(0);
    } finally {
      await unit.close();
    }
  });

  it('names the integration when the grant was removed while a call was under way', async () => {
    const unit = unitContext(fakeUpstream().fetch);
    try {
      const grant = await storedGrant(unit.context, {
        integration: 'calendly',
        accessTokenExpiresAt: unit.now() - 1,
      });
      await unit.context.store.deleteGrant(grant.id);
      await expect(unit.context.tokenManager.accessToken(grant)).rejects.toMatchObject({
        code: 'authorization_required',
        integration: 'calendly',
      });
    } finally {
      await unit.close();
    }
  });
});
