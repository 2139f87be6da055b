import { knownScopes } from './known-scopes';
import type { IntegrationId } from './operation';

export interface ProfileFields {
  clientId: string;
  authorizationUrl: string;
  tokenUrl: string;
  refreshTokenUrl: string;
  scopes: readonly string[];
}

export interface ProfileCheck {
  /** Field name → why it cannot be saved. */
  errors: Partial<Record<keyof ProfileFields | 'clientSecret', string>>;
  /** Scopes the provider does not define: saved if the owner insists, but flagged. */
  unknownScopes: string[];
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a provider URL cannot be used, or undefined when it can. */
export function providerUrlProblem(value: string): string | undefined {
  if (value.trim() === '') return 'Enter a URL.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter an absolute URL, like https://accounts.example.com/oauth/authorize.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'Use an https:// URL.';
  }
  // Codes and tokens travel over these URLs: plain http is only acceptable on this machine.
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    return 'Use https:// — plain http is only allowed for localhost.';
  }
  if (url.username || url.password) return 'Leave credentials out of the URL.';
  if (url.hash) return 'Leave the #fragment out of the URL.';
  return undefined;
}

/**
 * Checks an authorization profile as the admin console submits it; the console runs it as the
 * owner types and the proxy runs it again before saving. `secretIsSet`: a secret is stored (or
 * given with this submission).
 */
export function checkProfile(
  integration: IntegrationId,
  fields: ProfileFields,
  secretIsSet: boolean,
): ProfileCheck {
  const errors: ProfileCheck['errors'] = {};
  const clientId = fields.clientId.trim();
  if (/\s/.test(clientId)) errors.clientId = 'A client id has no spaces.';
  if (clientId !== '' && !secretIsSet) {
    errors.clientSecret = 'Enter the client secret that belongs to this client id.';
  }
  for (const field of ['authorizationUrl', 'tokenUrl', 'refreshTokenUrl'] as const) {
    const problem = providerUrlProblem(fields[field]);
    if (problem) errors[field] = problem;
  }
  const scopes = fields.scopes.map((scope) => scope.trim()).filter(Boolean);
  if (scopes.length === 0) errors.scopes = 'Enter at least one scope.';
  else if (scopes.some((scope) => /\s/.test(scope))) errors.scopes = 'Put one scope per line.';
  const known = new Set(knownScopes[integration]);
  return { errors, unknownScopes: scopes.filter((scope) => !known.has(scope)) };
}

/**
 * Why an embedding origin cannot be allowed, or undefined. Browsers compare origins exactly, so
 * only `scheme://host[:port]` is accepted, and https except on this machine.
 */
export function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter an origin like https://www.example.com.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an https:// origin.';
  if (url.origin !== value.trim().replace(/\/$/, '')) {
    return `Enter only the origin, without a path: ${url.origin}`;
  }
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    return 'Use https:// — plain http is only allowed for localhost.';
  }
  return undefined;
}
