import express, { Router } from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import type { CalendarStore } from '../google/calendar/calendar-store';
import type { FaultController } from '../faults/fault-controller';
import { faultRuleInputSchema } from '../faults/fault-rule';
import type { OAuthStore } from '../oauth/oauth-store';
import { providers, type Provider } from '../sandbox-options';

export interface AdminRouterOptions {
  faults: FaultController;
  oauth: Record<Provider, OAuthStore>;
  calendars: CalendarStore;
}

const providerBody = z
  .object({ provider: z.enum(providers).optional(), grantId: z.string().optional() })
  .strict();

function badRequest(response: Response, error: z.ZodError) {
  response.status(400).json({
    error: 'invalid_request',
    issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}

/**
 * The sandbox's own admin API under `/__sandbox`, for tests and for trying error handling by hand:
 * fault switches, expiring access tokens, revoking grants, and what Google "sent".
 */
export function createAdminRouter({ faults, oauth, calendars }: AdminRouterOptions): Router {
  const router = Router();
  router.use(express.json());
  const selected = (provider: Provider | undefined) => (provider ? [provider] : [...providers]);

  router.get('/faults', (_request, response) => {
    response.json({ faults: faults.list() });
  });
  router.post('/faults', (request, response) => {
    const parsed = faultRuleInputSchema.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(response, parsed.error);
    response.status(201).json(faults.add(parsed.data));
  });
  router.delete('/faults', (_request, response) => {
    faults.clear();
    response.status(204).end();
  });
  router.delete('/faults/:id', (request, response) => {
    if (faults.remove(request.params.id)) response.status(204).end();
    else response.status(404).json({ error: 'not_found' });
  });

  router.get('/grants', (_request, response) => {
    response.json({
      grants: providers.flatMap((provider) =>
        oauth[provider].liveGrants().map((grant) => ({ provider, ...grant })),
      ),
    });
  });
  router.post('/tokens/expire', (request, response) => {
    const parsed = providerBody.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(response, parsed.error);
    const expired = selected(parsed.data.provider).reduce(
      (sum, provider) => sum + oauth[provider].expireAccessTokens(parsed.data.grantId),
      0,
    );
    response.json({ expired });
  });
  router.post('/grants/revoke', (request, response) => {
    const parsed = providerBody.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(response, parsed.error);
    let revoked = 0;
    for (const provider of selected(parsed.data.provider)) {
      for (const grant of oauth[provider].liveGrants()) {
        if (parsed.data.grantId === undefined || grant.id === parsed.data.grantId) {
          if (oauth[provider].revokeGrant(grant.id)) revoked += 1;
        }
      }
    }
    response.json({ revoked });
  });

  router.get('/google/notifications', (_request, response) => {
    response.json({ notifications: calendars.notifications });
  });
  router.use((_request, response) => {
    response.status(404).json({ error: 'not_found' });
  });
  router.use(
    (
      error: unknown,
      _request: express.Request,
      response: Response,
      next: (error: unknown) => void,
    ) => {
      if ((error as { type?: string }).type === 'entity.parse.failed') {
        response.status(400).json({ error: 'invalid_json' });
        return;
      }
      next(error);
    },
  );
  return router;
}
