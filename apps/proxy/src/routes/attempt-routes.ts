import express from 'express';
import { attemptRequestSchema } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { attemptCreatedAnswer, attemptStatusAnswer, createAttempt } from '../auth/attempts';
import { ApiError } from '../http/api-error';
import { requireEnabled } from '../http/integration-enabled';
import { allowedOriginOf, requireSession, sessionOf } from '../security/require-session';

/** The widget's side of authorization: create an attempt, then ask what became of it. */
export function attemptRoutes(context: AppContext): express.Router {
  const router = express.Router();

  router.post('/api/auth/attempts', requireSession(context), async (request, response) => {
    const session = sessionOf(response);
    const body = attemptRequestSchema.safeParse(request.body);
    if (!body.success) {
      throw new ApiError('bad_request', 'Say which integration to connect', {
        details: body.error.issues,
      });
    }
    const profile = await context.profile(body.data.integration);
    requireEnabled(profile);
    if (profile.mode === 'preauthorized') {
      throw new ApiError('conflict', `${profile.name} is connected by the site owner`, {
        integration: profile.id,
      });
    }
    const attempt = await createAttempt(context, {
      integration: profile.id,
      kind: 'visitor',
      sessionId: session.id,
      origin: await allowedOriginOf(context, request),
    });
    response.status(201).json(attemptCreatedAnswer(context, attempt));
  });

  router.get(
    '/api/auth/attempts/:attemptId',
    requireSession(context),
    async (request, response) => {
      const found = await context.store.findAttempt(String(request.params.attemptId));
      // Someone else's attempt is answered exactly like a missing one.
      if (!found || found.kind !== 'visitor' || found.sessionId !== sessionOf(response).id) {
        throw new ApiError('not_found', 'No such authorization attempt');
      }
      response.json(await attemptStatusAnswer(context, found));
    },
  );

  return router;
}
