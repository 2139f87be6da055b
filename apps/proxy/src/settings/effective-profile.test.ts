import { describe, expect, it } from 'vitest';
import { integrations } from '@slotchat/integrations';
import { loadConfig } from '../config/load-config';
import { effectiveProfile, usesSandbox } from './effective-profile';
import type { IntegrationSettingsRecord } from './settings-records';

const sandboxUrl = 'http://localhost:3001';
const google = integrations['google-calendar'];

function saved(profile: Partial<NonNullable<IntegrationSettingsRecord['profile']>>) {
  return {
    integration: 'google-calendar' as const,
    enabled: true,
    mode: null,
    disabledTemplates: [],
    updatedAt: 0,
    profile: {
      clientId: 'owner-client.apps.googleusercontent.com',
      clientSecret: 'owner-secret',
      authorizationUrl: google.defaults.authorizationUrl,
      tokenUrl: google.defaults.tokenUrl,
      refreshTokenUrl: google.defaults.refreshTokenUrl,
      scopes: ['https://www.googleapis.com/auth/calendar'],
      ...profile,
    },
  };
}

describe('effectiveProfile', () => {
  it('is the configuration when the console saved nothing', () => {
    const configured = loadConfig({}).integrations['google-calendar'];
    expect(effectiveProfile(configured, google, undefined, sandboxUrl)).toEqual({
      ...configured,
      enabled: true,
      disabledTemplates: [],
    });
  });

  it('uses a saved real client with the provider URLs, revoke and API URLs following them', () => {
    const configured = loadConfig({}).integrations['google-calendar'];
    const profile = effectiveProfile(configured, google, saved({}), sandboxUrl);
    expect(profile).toMatchObject({
      sandbox: false,
      clientId: 'owner-client.apps.googleusercontent.com',
      clientSecret: 'owner-secret',
      revokeUrl: 'https://oauth2.googleapis.com/revoke',
      apiBaseUrl: 'https://www.googleapis.com/calendar/v3',
    });
    expect(usesSandbox(profile, sandboxUrl)).toBe(false);
  });

  it('runs a profile without a client id on the sandbox, whatever URLs it holds', () => {
    const configured = loadConfig({}).integrations['google-calendar'];
    const profile = effectiveProfile(configured, google, saved({ clientId: '' }), sandboxUrl);
    expect(profile).toMatchObject({
      sandbox: true,
      clientId: 'slotchat-sandbox-google',
      authorizationUrl: `${sandboxUrl}/google/o/oauth2/v2/auth`,
      apiBaseUrl: `${sandboxUrl}/google/calendar/v3`,
    });
  });

  it('lets every variable the environment sets win over the console', () => {
    const configured = loadConfig({
      GOOGLE_CALENDAR_CLIENT_ID: 'env-client',
      GOOGLE_CALENDAR_CLIENT_SECRET: 'env-secret',
      GOOGLE_CALENDAR_API_BASE_URL: 'https://calendar-proxy.example/v3',
      GOOGLE_CALENDAR_AUTH_MODE: 'preauthorized',
      TOKEN_ENCRYPTION_KEY: 'b'.repeat(64),
    }).integrations['google-calendar'];
    const profile = effectiveProfile(
      configured,
      google,
      { ...saved({ clientId: 'console-client' }), mode: 'user' },
      sandboxUrl,
    );
    expect(profile).toMatchObject({
      clientId: 'env-client',
      clientSecret: 'env-secret',
      apiBaseUrl: 'https://calendar-proxy.example/v3',
      mode: 'preauthorized',
    });
    expect(configured.lockedBy).toEqual({
      clientId: 'GOOGLE_CALENDAR_CLIENT_ID',
      clientSecret: 'GOOGLE_CALENDAR_CLIENT_SECRET',
      apiBaseUrl: 'GOOGLE_CALENDAR_API_BASE_URL',
      mode: 'GOOGLE_CALENDAR_AUTH_MODE',
    });
  });

  it('knows a profile pointing at the sandbox by its URLs even with a client id', () => {
    const configured = loadConfig({}).integrations['google-calendar'];
    const profile = effectiveProfile(
      configured,
      google,
      saved({
        clientId: 'slotchat-sandbox-google',
        authorizationUrl: `${sandboxUrl}/google/o/oauth2/v2/auth`,
      }),
      sandboxUrl,
    );
    expect(profile.sandbox).toBe(false);
    expect(usesSandbox(profile, sandboxUrl)).toBe(true);
    expect(profile.apiBaseUrl).toBe(`${sandboxUrl}/google/calendar/v3`);
  });
});
