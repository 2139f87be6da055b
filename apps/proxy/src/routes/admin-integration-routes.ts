import express from 'express';
import { integrationIdSchema, type IntegrationId } from '@slotchat/integrations';
import {
  profileInputSchema,
  settingsInputSchema,
  templateInputSchema,
  type OwnerAttempt,
} from '@slotchat/integrations/admin-api';
import type { AppContext } from '../app-context';
import { attemptCreatedAnswer, attemptStatusAnswer } from '../auth/attempts';
import { createOwnerAttempt, disconnectOwner } from '../auth/owner-connection';
import { ApiError } from '../http/api-error';
import { consoleActor } from '../security/admin-session';
import {
  resetProfile,
  saveProfile,
  setIntegrationEnabled,
  setMode,
  setTemplateEnabled,
} from '../settings/admin-actions';
import { adminIntegrationView } from '../settings/admin-view';
import type { z } from 'zod';

function integrationOf(value: unknown): IntegrationId {
  const id = integrationIdSchema.safeParse(value);
  if (!id.success) throw new ApiError('not_found', 'No such integration');
  return id.data;
}

function bodyOf<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'body'), issue.message]),
    );
    throw new ApiError('invalid_params', 'The request does not have the expected fields', {
      details: { fields },
    });
  }
  return parsed.data;
}

/** The console's integration pages: profile, mode, enabling, owner authorization. */
export function adminIntegrationRoutes(context: AppContext): express.Router {
  const router = express.Router();

  router.get('/admin/api/integrations', async (_request, response) => {
    const ids = integrationIdSchema.options;
    response.json({
      integrations: await Promise.all(ids.map((id) => adminIntegrationView(context, id))),
    });
  });

  router.put('/admin/api/integrations/:id/profile', async (request, response) => {
    const id = integrationOf(request.params.id);
    await saveProfile(
      context,
      consoleActor(response),
      id,
      bodyOf(profileInputSchema, request.body),
    );
    response.json(await adminIntegrationView(context, id));
  });

  router.delete('/admin/api/integrations/:id/profile', async (request, response) => {
    const id = integrationOf(request.params.id);
    await resetProfile(context, consoleActor(response), id);
    response.json(await adminIntegrationView(context, id));
  });

  router.put('/admin/api/integrations/:id/settings', async (request, response) => {
    const id = integrationOf(request.params.id);
    const input = bodyOf(settingsInputSchema, request.body);
    if (input.mode !== undefined) await setMode(context, consoleActor(response), id, input.mode);
    if (input.enabled !== undefined) {
      await setIntegrationEnabled(context, consoleActor(response), id, input.enabled);
    }
    response.json(await adminIntegrationView(context, id));
  });

  router.put('/admin/api/integrations/:id/templates/:templateId', async (request, response) => {
    const id = integrationOf(request.params.id);
    const { enabled } = bodyOf(templateInputSchema, request.body);
    const owner = await setTemplateEnabled(
      context,
      consoleActor(response),
      String(request.params.templateId),
      enabled,
    );
    if (owner !== id) throw new ApiError('not_found', `That template is not one of ${id}'s`);
    response.json(await adminIntegrationView(context, id));
  });

  router.post('/admin/api/integrations/:id/authorizations', async (request, response) => {
    const id = integrationOf(request.params.id);
    const attempt = await createOwnerAttempt(context, id);
    await context.audit(consoleActor(response), 'owner.authorization-started', id, {});
    const answer: OwnerAttempt = attemptCreatedAnswer(context, attempt);
    response.status(201).json(answer);
  });

  router.get('/admin/api/authorizations/:attemptId', async (request, response) => {
    const found = await context.store.findAttempt(String(request.params.attemptId));
    if (!found || found.kind !== 'owner') {
      throw new ApiError('not_found', 'No such authorization attempt');
    }
    response.json(await attemptStatusAnswer(context, found));
  });

  router.delete('/admin/api/integrations/:id/connection', async (request, response) => {
    const id = integrationOf(request.params.id);
    const outcome = await disconnectOwner(context, id);
    // Nothing connected is not a failure: the owner wanted it gone, and it is.
    const revoked = outcome?.revoked ?? true;
    await context.audit(consoleActor(response), 'owner.disconnected', id, {
      wasConnected: outcome !== undefined,
      revoked,
    });
    response.json({ revoked });
  });

  return router;
}
