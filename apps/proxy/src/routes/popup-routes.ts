import express from 'express';
import { integrationIdSchema, type AttemptStatusValue } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { AttemptStateStore, attemptOf, bindAttempt } from '../auth/attempt-state-store';
import { currentAttempt } from '../auth/attempts';
import { completeAuthorization, type AuthorizationOutcome } from '../auth/complete-authorization';
import { createAuthenticator } from '../auth/oauth-strategy';
import { OAuthTokenError } from '../auth/token-client';
import { logId } from '../logger';
import { sendNotice, sendPage, sendResult } from '../auth/popup-response';
import { startNeedsConfirmation } from '../auth/start-binding';
import { renderStartConfirmation } from '../auth/start-confirmation';
import type { AttemptRecord } from '../store/store';

/**
 * The pages the popup visits: `/auth/:integration/start?attempt=…` (302 to the provider, or a
 * confirmation page when it was not opened from its chat) and `/auth/:integration/callback`
 * (the provider's redirect; posts the result and closes).
 */
export function popupRoutes(context: AppContext): express.Router {
  const router = express.Router();
  const stateStore = new AttemptStateStore(context);
  const authenticate = createAuthenticator(context, stateStore, async (request, tokens) => {
    const attempt = attemptOf(request);
    if (!attempt) throw new Error('No attempt is bound to this callback');
    return completeAuthorization(context, attempt, tokens);
  });

  /** The attempt a start request names, if it can still be started; otherwise answered here. */
  async function startable(
    request: express.Request,
    response: express.Response,
    attemptId: unknown,
  ): Promise<AttemptRecord | undefined> {
    const integration = integrationIdSchema.safeParse(request.params.integration);
    const found =
      integration.success && typeof attemptId === 'string'
        ? await context.store.findAttempt(attemptId)
        : undefined;
    if (!found || !integration.success || found.integration !== integration.data) {
      sendNotice(response, 400, 'This sign-in link is not valid.');
      return undefined;
    }
    const attempt = await currentAttempt(context, found);
    if (attempt.status !== 'pending') {
      sendResult(context, response, attempt, attempt.status, 410);
      return undefined;
    }
    if (attempt.startedAt !== null) {
      sendNotice(response, 409, 'This sign-in link was already used.');
      return undefined;
    }
    return attempt;
  }

  /** Spends the attempt's single start and hands the popup to passport (302 to the provider). */
  async function start(
    attempt: AttemptRecord,
    request: express.Request,
    response: express.Response,
    next: express.NextFunction,
  ): Promise<void> {
    if (!(await context.store.startAttempt(attempt.id, context.clock()))) {
      sendNotice(response, 409, 'This sign-in link was already used.');
      return;
    }
    bindAttempt(request, attempt);
    (await authenticate(attempt.integration, { session: false }))(request, response, next);
  }

  router.get('/auth/:integration/start', async (request, response, next) => {
    const attempt = await startable(request, response, request.query.attempt);
    if (!attempt) return;
    if (startNeedsConfirmation(request, attempt)) {
      // Not opened from its chat: ask first, and leave the attempt unspent.
      const profile = await context.profile(attempt.integration);
      const page = renderStartConfirmation({
        attempt,
        integrationName: profile.name,
        action: `${context.config.publicUrl}/auth/${attempt.integration}/start`,
        providerOrigin: new URL(profile.authorizationUrl).origin,
      });
      sendPage(response, 200, page, 'same-origin');
      return;
    }
    await start(attempt, request, response, next);
  });

  // "Continue" on the confirmation page. Only our own page can post here: a cross-site form
  // would carry its own Origin (or `null`), so it cannot skip the question.
  router.post(
    '/auth/:integration/start',
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (request, response, next) => {
      if (request.get('origin') !== context.config.publicOrigin) {
        sendNotice(response, 403, 'This sign-in must be continued from its own page.');
        return;
      }
      const body = request.body as Record<string, unknown> | undefined;
      const attempt = await startable(request, response, body?.attempt);
      if (attempt) await start(attempt, request, response, next);
    },
  );

  router.get('/auth/:integration/callback', async (request, response, next) => {
    const integration = integrationIdSchema.safeParse(request.params.integration);
    const invalid = (status: number) =>
      sendNotice(response, status, 'This sign-in response is not valid.');
    if (!integration.success) return invalid(400);

    if (request.query.error !== undefined) {
      // The provider came back without a code: the visitor said no, or the provider failed.
      // passport would not look at `state` here, so it is consumed (once) by hand.
      await stateStore.take(request, request.query.state);
      const attempt = attemptOf(request);
      if (!attempt) return invalid(400);
      // Too late (the state store has just settled it `expired`): say that, not "denied".
      const current = await context.store.findAttempt(attempt.id);
      if (current && current.status !== 'pending') {
        sendResult(context, response, attempt, current.status, 410);
        return;
      }
      const status: AttemptStatusValue =
        request.query.error === 'access_denied' ? 'denied' : 'failed';
      const message =
        status === 'denied' ? 'Access was not granted' : 'The provider refused the sign-in';
      await context.store.settleAttempt(attempt.id, status, message);
      sendResult(context, response, attempt, status);
      return;
    }
    // Without a code passport would start a new authorization: a callback must never redirect.
    if (typeof request.query.code !== 'string') return invalid(400);

    const finish = (error: unknown, outcome: AuthorizationOutcome | false) => {
      // The state store binds the attempt only for a known, unused state of this integration.
      const attempt = attemptOf(request);
      if (!attempt) return invalid(403);
      if (outcome) return sendResult(context, response, attempt, outcome.status);
      if (!error) {
        // A real state whose attempt could not go on (it expired): say what became of it.
        return context.store.findAttempt(attempt.id).then((current) => {
          const status = current?.status === 'expired' ? 'expired' : 'failed';
          sendResult(context, response, attempt, status, 410);
        }, next);
      }
      // A refused client (invalid_client …) is the operator's to fix: say so at error level.
      const refusesClient = error instanceof OAuthTokenError && error.refusesClient;
      context.logger[refusesClient ? 'error' : 'warn'](
        { integration: attempt.integration, attempt: logId(attempt.id), err: error },
        refusesClient
          ? `the code exchange was refused (${error.errorCode}): check the client id, secret and token URL of ${attempt.integration}`
          : 'authorization failed',
      );
      return context.store
        .settleAttempt(attempt.id, 'failed', 'The code exchange failed')
        .then(() => sendResult(context, response, attempt, 'failed'), next);
    };
    (await authenticate(integration.data, { session: false }, finish))(request, response, next);
  });

  return router;
}
