import type { Request, RequestHandler, Response } from 'express';
import { csrfHeader } from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { AdminSessionRecord } from '../settings/settings-records';
import { secretsEqual } from './constant-time';
import { randomToken, sha256 } from './random-token';

export const adminCookie = 'slotchat_admin';
/** A working day; the owner signs in again after that. */
export const adminSessionLifetimeMs = 8 * 3600_000;

/** The console's cookie: first-party, HttpOnly, SameSite=Strict, Secure on https, /admin only. */
export function adminCookieOptions(context: AppContext, maxAgeMs: number) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: context.config.publicUrl.startsWith('https:'),
    path: '/admin',
    maxAge: maxAgeMs,
  };
}

export async function createAdminSession(
  context: AppContext,
  response: Response,
): Promise<AdminSessionRecord> {
  const token = randomToken(32);
  const now = context.clock();
  const session: AdminSessionRecord = {
    id: randomToken(12),
    tokenHash: sha256(token),
    csrfToken: randomToken(24),
    createdAt: now,
    expiresAt: now + adminSessionLifetimeMs,
  };
  await context.store.createAdminSession(session);
  response.cookie(adminCookie, token, adminCookieOptions(context, adminSessionLifetimeMs));
  return session;
}

export async function findAdminSession(
  context: AppContext,
  request: Request,
): Promise<AdminSessionRecord | undefined> {
  const token: unknown = request.cookies?.[adminCookie];
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) return undefined;
  return context.store.findAdminSessionByTokenHash(sha256(token), context.clock());
}

/**
 * A change must come from the console itself: the browser says the request is same-origin
 * (Origin, and Sec-Fetch-Site where sent), and it carries the session's CSRF token. SameSite=
 * Strict already keeps the cookie off cross-site requests; this is the second lock.
 */
export function sameSiteProblem(context: AppContext, request: Request): string | undefined {
  const origin = request.get('origin');
  if (origin !== undefined && origin !== context.config.publicOrigin) {
    return 'Changes are only accepted from the admin console itself.';
  }
  const site = request.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return 'Changes are only accepted from the admin console itself.';
  }
  return undefined;
}

/** Requires a signed-in console; for changes, also the same origin and the CSRF token. */
export function requireAdminSession(context: AppContext): RequestHandler {
  return async (request, response, next) => {
    const session = await findAdminSession(context, request);
    if (!session) {
      next(new ApiError('admin_required', 'Sign in to the admin console (your session ended)'));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const problem = sameSiteProblem(context, request);
      const token = request.get(csrfHeader);
      if (problem) {
        next(new ApiError('csrf_failed', problem));
        return;
      }
      if (!token || !secretsEqual(token, session.csrfToken)) {
        next(
          new ApiError(
            'csrf_failed',
            'The request is missing the console’s CSRF token; reload the page and try again',
          ),
        );
        return;
      }
    }
    response.locals.adminSession = session;
    next();
  };
}

export function adminSessionOf(response: Response): AdminSessionRecord {
  const session = response.locals.adminSession as AdminSessionRecord | undefined;
  if (!session) throw new Error('requireAdminSession must run before this handler');
  return session;
}

/** How the audit log names a console user: by a short, non-secret part of the session id. */
export function consoleActor(response: Response): string {
  return `console:${adminSessionOf(response).id.slice(0, 6)}`;
}
