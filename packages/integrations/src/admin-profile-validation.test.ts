import { describe, expect, it } from 'vitest';
import { checkProfile, originProblem, providerUrlProblem } from './admin-profile-validation';

const google = {
  clientId: 'client-1.apps.googleusercontent.com',
  authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  refreshTokenUrl: 'https://oauth2.googleapis.com/token',
  scopes: ['https://www.googleapis.com/auth/calendar'],
};

describe('providerUrlProblem', () => {
  it('requires https except on this machine', () => {
    expect(providerUrlProblem('https://auth.calendly.com/oauth/token')).toBeUndefined();
    expect(providerUrlProblem('http://localhost:3001/google/token')).toBeUndefined();
    expect(providerUrlProblem('http://127.0.0.1:3001/google/token')).toBeUndefined();
    expect(providerUrlProblem('http://auth.example.com/token')).toMatch(/https/);
    expect(providerUrlProblem('ftp://auth.example.com/token')).toMatch(/https/);
  });

  it('refuses what is not an absolute URL, or hides credentials or a fragment', () => {
    expect(providerUrlProblem('')).toMatch(/Enter a URL/);
    expect(providerUrlProblem('/oauth/token')).toMatch(/absolute/);
    expect(providerUrlProblem('https://user:pw@auth.example.com/')).toMatch(/credentials/);
    expect(providerUrlProblem('https://auth.example.com/#x')).toMatch(/fragment/);
  });
});

describe('checkProfile', () => {
  it('accepts a complete Google profile', () => {
    expect(checkProfile('google-calendar', google, true)).toEqual({
      errors: {},
      unknownScopes: [],
    });
  });

  it('names each bad field', () => {
    const { errors } = checkProfile(
      'google-calendar',
      { ...google, clientId: 'has space', tokenUrl: 'http://oauth2.example.com/token', scopes: [] },
      true,
    );
    expect(Object.keys(errors).sort()).toEqual(['clientId', 'scopes', 'tokenUrl']);
  });

  it('needs a secret with a client id, but none for the sandbox (no client id)', () => {
    expect(checkProfile('google-calendar', google, false).errors.clientSecret).toMatch(/secret/);
    expect(checkProfile('google-calendar', { ...google, clientId: '' }, false).errors).toEqual({});
  });

  it('flags scopes the provider does not define, without refusing them', () => {
    const check = checkProfile(
      'calendly',
      { ...google, scopes: ['users:read', 'calendar:write'] },
      true,
    );
    expect(check.errors).toEqual({});
    expect(check.unknownScopes).toEqual(['calendar:write']);
  });
});

describe('originProblem', () => {
  it('accepts exact https origins, and http only on this machine', () => {
    expect(originProblem('https://www.example.com')).toBeUndefined();
    expect(originProblem('https://www.example.com/')).toBeUndefined();
    expect(originProblem('http://localhost:8080')).toBeUndefined();
    expect(originProblem('http://www.example.com')).toMatch(/https/);
  });

  it('refuses paths and what is not a URL, saying what to enter instead', () => {
    expect(originProblem('https://www.example.com/shop')).toBe(
      'Enter only the origin, without a path: https://www.example.com',
    );
    expect(originProblem('example.com')).toMatch(/like https/);
  });
});
