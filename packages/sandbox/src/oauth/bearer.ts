import type { Request } from 'express';
import type { Grant, OAuthStore } from './oauth-store';

export type BearerCheck =
  { ok: true; grant: Grant; token: string } | { ok: false; reason: 'missing' | 'invalid' };

/**
 * The access token of an API request: `Authorization: Bearer …`, or for Google the `access_token`
 * or `oauth_token` query parameter (both standard parameters of its discovery document).
 */
export function bearerToken(request: Request, allowQuery: boolean): string | undefined {
  const header = request.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (match?.[1]) return match[1];
  if (!allowQuery) return undefined;
  const query = request.query.access_token ?? request.query.oauth_token;
  return typeof query === 'string' && query ? query : undefined;
}

/** Checks an API request's access token against the store: known, not expired, grant not revoked. */
export function checkBearer(request: Request, store: OAuthStore, allowQuery = false): BearerCheck {
  const token = bearerToken(request, allowQuery);
  if (!token) return { ok: false, reason: request.get('authorization') ? 'invalid' : 'missing' };
  const found = store.findAccessToken(token);
  return found.ok ? { ok: true, grant: found.grant, token } : { ok: false, reason: 'invalid' };
}
