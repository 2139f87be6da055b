import express from 'express';
import { signInRequestSchema, type AdminSession } from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import {
  adminCookie,
  adminCookieOptions,
  createAdminSession,
  findAdminSession,
  sameSiteProblem,
} from '../security/admin-session';
import { secretsEqual } from '../security/constant-time';
import { addressKey, windowLimit } from '../security/rate-limits';
import type { AdminSessionRecord } from '../settings/settings-records';

function answer(session: AdminSessionRecord): AdminSession {
  return { csrfToken: session.csrfToken, expiresAt: new Date(session.expiresAt).toISOString() };
}

/** Signing in to the admin console with ADMIN_SECRET, and out again. */
export function adminSessionRoutes(context: AppContext): express.Router {
  const router = express.Router();
  // Slows down guessing the secret; the owner needs one sign-in, not dozens a minute.
  const signInLimit = windowLimit({
    limit: 10,
    key: (request) => `sign-in:${addressKey((request as express.Request).ip ?? '')}`,
    message: 'Too many sign-in attempts; wait a minute',
  });

  router.post('/admin/api/session', signInLimit, async (request, response) => {
    const expected = context.config.adminSecret;
    const problem = sameSiteProblem(context, request);
    if (problem) throw new ApiError('csrf_failed', problem);
    const body = signInRequestSchema.safeParse(request.body);
    if (expected === null) throw consoleDisabled();
    if (!body.success || !secretsEqual(body.data.secret, expected)) {
      context.logger.warn({ ip: request.ip }, 'admin sign-in refused');
      throw new ApiError('admin_required', 'That admin secret is not right');
    }
    const session = await createAdminSession(context, response);
    await context.audit(`console:${session.id.slice(0, 6)}`, 'console.signed-in', null, {});
    response.json(answer(session));
  });

  router.get('/admin/api/session', async (request, response) => {
    if (context.config.adminSecret === null) throw consoleDisabled();
    const session = await findAdminSession(context, request);
    if (!session) throw new ApiError('admin_required', 'Sign in to the admin console');
    response.json(answer(session));
  });

  router.delete('/admin/api/session', async (request, response) => {
    const session = await findAdminSession(context, request);
    if (session) {
      await context.store.deleteAdminSession(session.id);
      await context.audit(`console:${session.id.slice(0, 6)}`, 'console.signed-out', null, {});
    }
    response.clearCookie(adminCookie, { ...adminCookieOptions(context, 0), maxAge: undefined });
    response.status(204).end();
  });

  return router;
}

function consoleDisabled(): ApiError {
  return new ApiError(
    'not_found',
    'The admin console is off: start the proxy with ADMIN_SECRET set (16 characters or more)',
  );
}
