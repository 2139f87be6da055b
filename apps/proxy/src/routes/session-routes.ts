import express from 'express';
import type { SessionCreated } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { randomToken, sha256 } from '../security/random-token';
import { allowedOriginOf } from '../security/require-session';

/** Sessions last a month; the widget keeps the token in the embedding page's storage. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60_000;

export function sessionRoutes(context: AppContext): express.Router {
  const router = express.Router();
  router.post('/api/sessions', async (request, response) => {
    const origin = await allowedOriginOf(context, request);
    const token = randomToken();
    const now = context.clock();
    const expiresAt = now + sessionLifetimeMs;
    await context.store.createSession({
      id: randomToken(16),
      tokenHash: sha256(token),
      origin,
      createdAt: now,
      expiresAt,
    });
    const answer: SessionCreated = {
      sessionToken: token,
      expiresAt: new Date(expiresAt).toISOString(),
    };
    response.status(201).set('cache-control', 'no-store').json(answer);
  });
  return router;
}
