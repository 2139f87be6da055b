import express from 'express';
import { attemptRequestSchema, integrationIds } from '@slotchat/integrations';
import { demoModeInputSchema, type DemoState } from '@slotchat/integrations/demo-api';
import type { AppContext } from '../app-context';
import { attemptCreatedAnswer, attemptStatusAnswer } from '../auth/attempts';
import { createOwnerAttempt } from '../auth/owner-connection';
import { ApiError } from '../http/api-error';
import { setMode } from '../settings/admin-actions';
import { usesSandbox } from '../settings/effective-profile';

/**
 * `/api/demo`: the demo page's switch between "each visitor authorizes" and "the site owner
 * authorized", without the admin secret. It exists only with DEMO_CONTROLS, and only while every
 * integration talks to the sandbox: nobody can reach a real account or a real client through it.
 */
export function demoRoutes(context: AppContext): express.Router {
  const router = express.Router();

  router.use('/api/demo', async (_request, _response, next) => {
    const profiles = await Promise.all(integrationIds.map((id) => context.profile(id)));
    const sandboxOnly = profiles.every((profile) =>
      usesSandbox(profile, context.config.sandboxUrl),
    );
    if (!context.config.demoControls || !sandboxOnly) {
      next(new ApiError('not_found', 'The demo controls are off on this proxy'));
      return;
    }
    next();
  });

  async function state(): Promise<DemoState> {
    const integrations = [];
    for (const id of integrationIds) {
      const profile = await context.profile(id);
      const grant = await context.store.findGrant(id, { kind: 'owner' });
      integrations.push({
        id,
        name: profile.name,
        mode: profile.mode,
        ownerAccount: grant?.account ?? null,
        ownerConnected: grant !== undefined,
      });
    }
    return { integrations };
  }

  router.get('/api/demo', async (_request, response) => {
    response.json(await state());
  });

  router.put('/api/demo/mode', async (request, response) => {
    const body = demoModeInputSchema.safeParse(request.body);
    if (!body.success) throw new ApiError('bad_request', 'Say which mode: user or preauthorized');
    for (const id of integrationIds) {
      if (!context.config.integrations[id].lockedBy.mode) {
        await setMode(context, 'demo', id, body.data.mode);
      }
    }
    response.json(await state());
  });

  router.post('/api/demo/owner-attempts', async (request, response) => {
    const body = attemptRequestSchema.safeParse(request.body);
    if (!body.success) throw new ApiError('bad_request', 'Say which integration to connect');
    const attempt = await createOwnerAttempt(context, body.data.integration);
    response.status(201).json(attemptCreatedAnswer(context, attempt));
  });

  router.get('/api/demo/owner-attempts/:attemptId', async (request, response) => {
    const found = await context.store.findAttempt(String(request.params.attemptId));
    if (!found || found.kind !== 'owner') {
      throw new ApiError('not_found', 'No such authorization attempt');
    }
    response.json(await attemptStatusAnswer(context, found));
  });

  return router;
}
