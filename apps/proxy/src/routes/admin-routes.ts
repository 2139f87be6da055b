import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { integrationIdSchema, integrationIds } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { startUrl } from '../auth/attempts';
import { createOwnerAttempt, disconnectOwner } from '../auth/owner-connection';
import { ApiError } from '../http/api-error';
import { requireAdmin } from '../security/require-admin';
import { renderAdminPage } from './admin-page';

const notices: Record<string, string> = {
  disconnected: 'Disconnected: the grant was revoked at the provider and deleted here.',
};

/** `/admin`: the site owner connects pre-authorized integrations (HTTP Basic with ADMIN_SECRET). */
export function adminRoutes(context: AppContext): express.Router {
  const router = express.Router();
  // Slows down guessing the secret; a real owner needs a handful of requests a minute.
  const guard = [
    rateLimit({ windowMs: 60_000, limit: 60, standardHeaders: 'draft-8', legacyHeaders: false }),
    requireAdmin(context),
  ];
  const noStore: express.RequestHandler = (_request, response, next) => {
    response.set('cache-control', 'no-store');
    next();
  };
  router.use('/admin', guard, noStore);

  router.get('/admin', async (request, response) => {
    const rows = [];
    for (const id of integrationIds) {
      rows.push({
        profile: context.profile(id),
        ownerGrant: await context.store.findGrant(id, { kind: 'owner' }),
      });
    }
    const notice =
      typeof request.query.notice === 'string' ? (notices[request.query.notice] ?? null) : null;
    response.type('html').send(renderAdminPage(rows, notice));
  });

  router.post('/admin/integrations/:id/connect', async (request, response) => {
    const id = integrationIdSchema.safeParse(request.params.id);
    if (!id.success) throw new ApiError('not_found', 'No such integration');
    const attempt = await createOwnerAttempt(context, id.data);
    // A fixed, same-origin target: the admin page never redirects anywhere it is told to.
    response.redirect(303, startUrl(context, attempt));
  });

  router.post('/admin/integrations/:id/disconnect', async (request, response) => {
    const id = integrationIdSchema.safeParse(request.params.id);
    if (!id.success) throw new ApiError('not_found', 'No such integration');
    await disconnectOwner(context, id.data);
    response.redirect(303, '/admin?notice=disconnected');
  });

  return router;
}
