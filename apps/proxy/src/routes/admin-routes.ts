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
  'revocation-failed':
    "Disconnected here, but the provider did not confirm the revocation, so the access may still be live there: remove this app's access in the connected account's settings.",
  'not-connected': 'It was not connected.',
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
    // Chrome sends `Origin: null` on form posts from a no-referrer page; requireAdmin needs the
    // real origin to tell the owner's own forms from cross-site ones.
    response.set({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
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
    // "Connect" posts here and is redirected on to the provider: browsers apply form-action to
    // every hop of that redirect chain, so the providers' origins must be allowed.
    const providers = integrationIds.map(
      (id) => new URL(context.profile(id).authorizationUrl).origin,
    );
    response
      .set(
        'content-security-policy',
        `default-src 'self'; style-src 'unsafe-inline'; form-action 'self' ${[...new Set(providers)].join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
      )
      .type('html')
      .send(renderAdminPage(rows, notice));
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
    const outcome = await disconnectOwner(context, id.data);
    const notice = !outcome
      ? 'not-connected'
      : outcome.revoked
        ? 'disconnected'
        : 'revocation-failed';
    response.redirect(303, `/admin?notice=${notice}`);
  });

  return router;
}
