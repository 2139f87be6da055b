import { afterEach, describe, expect, it } from 'vitest';
import { fakeUpstream, json, unitContext } from '../test-utils/fake-upstream';

const revokeUrl = 'http://sandbox.test/google/revoke';
let unit: ReturnType<typeof unitContext>;
afterEach(async () => {
  await unit.close();
});

describe('TokenClient.revoke', () => {
  const revoke = () =>
    unit.context.tokenClient.revoke(unit.context.config.integrations['google-calendar'], 'tok');

  it('counts only invalid_token as already revoked', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', revokeUrl, () => json({}));
    upstream.expect('POST', revokeUrl, () =>
      json({ error: 'invalid_token', error_description: 'Token expired or revoked' }, 400),
    );
    await expect(revoke()).resolves.toBe('revoked');
    await expect(revoke()).resolves.toBe('already-revoked');
  });

  it('throws for any other refusal or failure, retryable only when waiting may help', async () => {
    const upstream = fakeUpstream();
    unit = unitContext(upstream.fetch);
    upstream.expect('POST', revokeUrl, () => json({ error: 'invalid_request' }, 400));
    upstream.expect('POST', revokeUrl, () => json({ error: 'invalid_client' }, 401));
    upstream.expect('POST', revokeUrl, () => new Response('<html>oops</html>', { status: 400 }));
    upstream.expect('POST', revokeUrl, () => json({ error: 'temporarily_unavailable' }, 503));
    upstream.expect('POST', revokeUrl, () => Promise.reject(new TypeError('fetch failed')));
    await expect(revoke()).rejects.toMatchObject({
      errorCode: 'invalid_request',
      retryable: false,
    });
    await expect(revoke()).rejects.toMatchObject({ errorCode: 'invalid_client', status: 401 });
    await expect(revoke()).rejects.toMatchObject({ errorCode: 'revoke_failed', status: 400 });
    await expect(revoke()).rejects.toMatchObject({ status: 503, retryable: true });
    await expect(revoke()).rejects.toMatchObject({ errorCode: 'token_endpoint_unreachable' });
  });
});
