import { describe, expect, it } from 'vitest';
import { loadMainConfig } from './main-config';

describe('loadMainConfig', () => {
  it('defaults to port 3001 on 127.0.0.1 with the proxy callbacks on localhost:3000', () => {
    const config = loadMainConfig({});
    expect(config.port).toBe(3001);
    expect(config.host).toBe('127.0.0.1');
    expect(config.clients.map((client) => client.redirectUris)).toEqual([
      ['http://localhost:3000/auth/google-calendar/callback'],
      ['http://localhost:3000/auth/calendly/callback'],
    ]);
  });

  it('adds SANDBOX_REDIRECT_URIS to both clients', () => {
    const config = loadMainConfig({
      SANDBOX_PORT: '4001',
      SANDBOX_REDIRECT_URIS:
        'http://localhost:4000/auth/google-calendar/callback, http://localhost:4000/auth/calendly/callback',
    });
    expect(config.port).toBe(4001);
    expect(config.clients[0]?.redirectUris).toContain(
      'http://localhost:4000/auth/calendly/callback',
    );
  });

  it('passes SANDBOX_SEED, SANDBOX_FAULTS and SANDBOX_NOW on to the sandbox', () => {
    const config = loadMainConfig(
      {
        SANDBOX_SEED: 'demo',
        SANDBOX_FAULTS: '[{"provider":"calendly","kind":"unavailable"}]',
        SANDBOX_NOW: '2026-11-20T20:00:00Z',
      },
      () => 0,
    );
    expect(config.sandbox.seed).toBe('demo');
    expect(config.sandbox.faults).toEqual([{ provider: 'calendly', kind: 'unavailable' }]);
    expect(config.sandbox.clock?.()).toBe(Date.parse('2026-11-20T20:00:00Z'));
  });

  it('names the bad variable', () => {
    expect(() => loadMainConfig({ SANDBOX_PORT: 'abc' })).toThrow(/SANDBOX_PORT/);
    expect(() => loadMainConfig({ SANDBOX_REDIRECT_URIS: 'not a url' })).toThrow(
      /SANDBOX_REDIRECT_URIS/,
    );
    expect(() => loadMainConfig({ SANDBOX_FAULTS: '[{"kind":"explode"}]' })).toThrow(
      /^Invalid SANDBOX_FAULTS: \[0\]\.kind/,
    );
  });
});
