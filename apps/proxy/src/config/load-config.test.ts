import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const key = Buffer.alloc(32, 1).toString('base64');

function problemOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('defaults to port 3000, its own origin and the sandbox for both integrations', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      // Unset: the admin console decides (the proxy's own origin is always allowed).
      allowedOrigins: null,
      dataDir: path.resolve('.data'),
      sandboxUrl: 'http://localhost:3001',
      widgetDir: null,
      adminSecret: null,
    });
    expect(config.integrations['google-calendar']).toMatchObject({
      sandbox: true,
      mode: 'user',
      clientId: 'slotchat-sandbox-google',
      authorizationUrl: 'http://localhost:3001/google/o/oauth2/v2/auth',
      tokenUrl: 'http://localhost:3001/google/token',
      apiBaseUrl: 'http://localhost:3001/google/calendar/v3',
      redirectUri: 'http://localhost:3000/auth/google-calendar/callback',
      tokenEndpointAuth: 'client_secret_post',
    });
    expect(config.integrations.calendly).toMatchObject({
      sandbox: true,
      apiBaseUrl: 'http://localhost:3001/calendly/api',
      tokenEndpointAuth: 'client_secret_basic',
    });
  });

  it('uses the real provider URLs once a client id is set', () => {
    const config = loadConfig({
      GOOGLE_CALENDAR_CLIENT_ID: 'id.apps.googleusercontent.com',
      GOOGLE_CALENDAR_CLIENT_SECRET: 'secret',
      TOKEN_ENCRYPTION_KEY: key,
      PORT: '8080',
    });
    expect(config.integrations['google-calendar']).toMatchObject({
      sandbox: false,
      clientId: 'id.apps.googleusercontent.com',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      refreshTokenUrl: 'https://oauth2.googleapis.com/token',
      apiBaseUrl: 'https://www.googleapis.com/calendar/v3',
      scopes: ['https://www.googleapis.com/auth/calendar'],
      redirectUri: 'http://localhost:8080/auth/google-calendar/callback',
    });
    expect(config.integrations.calendly.sandbox).toBe(true);
  });

  it('lets every profile variable override the defaults', () => {
    const config = loadConfig({
      CALENDLY_AUTH_MODE: 'preauthorized',
      CALENDLY_SCOPES: 'users:read, scheduled_events:read',
      CALENDLY_API_BASE_URL: 'https://calendly.internal/api/',
      CALENDLY_TOKEN_URL: 'https://calendly.internal/token',
      CALENDLY_REFRESH_TOKEN_URL: 'https://calendly.internal/refresh',
      CALENDLY_AUTHORIZATION_URL: 'https://calendly.internal/authorize',
      PUBLIC_URL: 'https://chat.example.com/',
      ALLOWED_ORIGINS: 'https://www.example.com, https://shop.example.com',
    });
    expect(config.integrations.calendly).toMatchObject({
      mode: 'preauthorized',
      scopes: ['users:read', 'scheduled_events:read'],
      apiBaseUrl: 'https://calendly.internal/api',
      tokenUrl: 'https://calendly.internal/token',
      refreshTokenUrl: 'https://calendly.internal/refresh',
      authorizationUrl: 'https://calendly.internal/authorize',
      redirectUri: 'https://chat.example.com/auth/calendly/callback',
    });
    expect(config.allowedOrigins).toEqual(['https://www.example.com', 'https://shop.example.com']);
  });

  it('is frozen all the way down', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.integrations.calendly.scopes)).toBe(true);
    expect(() => {
      (config.integrations.calendly as { clientId: string }).clientId = 'x';
    }).toThrow();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL'],
    [{ ALLOWED_ORIGINS: 'https://a.example/path' }, 'ALLOWED_ORIGINS'],
    [{ GOOGLE_CALENDAR_AUTH_MODE: 'everyone' }, 'GOOGLE_CALENDAR_AUTH_MODE'],
    [{ CALENDLY_TOKEN_URL: 'ftp://x' }, 'CALENDLY_TOKEN_URL'],
    [
      { GOOGLE_CALENDAR_CLIENT_ID: 'id', TOKEN_ENCRYPTION_KEY: key },
      'GOOGLE_CALENDAR_CLIENT_SECRET',
    ],
    [
      { GOOGLE_CALENDAR_CLIENT_ID: 'id', GOOGLE_CALENDAR_CLIENT_SECRET: 's' },
      'TOKEN_ENCRYPTION_KEY',
    ],
    [{ TOKEN_ENCRYPTION_KEY: 'short' }, 'TOKEN_ENCRYPTION_KEY'],
    [{ ADMIN_SECRET: 'guessable' }, 'ADMIN_SECRET'],
    [{ UPSTREAM_TIMEOUT_MS: '-5' }, 'UPSTREAM_TIMEOUT_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(problemOf(env)).toContain(`${variable}:`);
  });

  it('reads CONFIG_FILE for what the variables do not set', () => {
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'slotchat-config-')),
      'slotchat.json',
    );
    fs.writeFileSync(
      file,
      JSON.stringify({
        allowedOrigins: ['https://www.example.com'],
        integrations: {
          calendly: {
            authMode: 'preauthorized',
            scopes: ['users:read'],
            apiBaseUrl: 'https://file.example/api',
          },
        },
      }),
    );
    const config = loadConfig({
      CONFIG_FILE: file,
      CALENDLY_API_BASE_URL: 'https://env.example/api',
    });
    expect(config.allowedOrigins).toEqual(['https://www.example.com']);
    expect(config.integrations.calendly).toMatchObject({
      mode: 'preauthorized',
      scopes: ['users:read'],
      apiBaseUrl: 'https://env.example/api',
    });
    fs.writeFileSync(
      file,
      JSON.stringify({ integrations: { calendly: { authMode: 'sometimes' } } }),
    );
    expect(problemOf({ CONFIG_FILE: file })).toMatch(
      /CONFIG_FILE: .*integrations\.calendly\.authMode/,
    );
    expect(problemOf({ CONFIG_FILE: `${file}.missing` })).toContain('CONFIG_FILE:');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('lists every bad variable at once', () => {
    const message = problemOf({ PORT: 'x', CALENDLY_AUTH_MODE: 'y' });
    expect(message).toContain('PORT:');
    expect(message).toContain('CALENDLY_AUTH_MODE:');
  });
});
