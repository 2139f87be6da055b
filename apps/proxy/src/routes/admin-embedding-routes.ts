import express from 'express';
import type { auditLogSchema } from '@slotchat/integrations/admin-api';
import { originsInputSchema } from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { consoleActor } from '../security/admin-session';
import { setAllowedOrigins } from '../settings/admin-actions';
import { embeddingView } from '../settings/admin-view';
import type { z } from 'zod';

/** The console's embedding page (origins, snippets) and the audit log. */
export function adminEmbeddingRoutes(context: AppContext): express.Router {
  const router = express.Router();

  router.get('/admin/api/embedding', async (_request, response) => {
    response.json(await embeddingView(context));
  });

  router.put('/admin/api/embedding/origins', async (request, response) => {
    const body = originsInputSchema.safeParse(request.body);
    if (!body.success) {
      throw new ApiError('invalid_params', 'Send the list of origins', {
        details: { fields: { origins: 'expected a list of origins' } },
      });
    }
    await setAllowedOrigins(context, consoleActor(response), body.data.origins);
    response.json(await embeddingView(context));
  });

  router.get('/admin/api/audit', async (request, response) => {
    const limit = Math.min(Math.max(Number(request.query.limit) || 100, 1), 500);
    const entries = await context.store.listAudit(limit);
    const answer: z.infer<typeof auditLogSchema> = {
      entries: entries.map((entry) => ({
        at: new Date(entry.at).toISOString(),
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        details: { ...entry.details },
      })),
    };
    response.json(answer);
  });

  return router;
}
