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

  it('names the bad variable', () => {
    expect(() => loadMainConfig({ SANDBOX_PORT: 'abc' })).toThrow(/SANDBOX_PORT/);
    expect(() => loadMainConfig({ SANDBOX_REDIRECT_URIS: 'not a url' })).toThrow(
      /SANDBOX_REDIRECT_URIS/,
    );
  });
});
