import express, { type Response } from 'express';
import {
  attemptRequestSchema,
  integrationIdSchema,
  type AttemptCreated,
  type AttemptStatus,
  type AttemptStatusValue,
} from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { AttemptStateStore, attemptOf, bindAttempt } from '../auth/attempt-state-store';
import { createAttempt, currentAttempt, startUrl } from '../auth/attempts';
import { renderCallbackPage } from '../auth/callback-page';
import { completeAuthorization, type AuthorizationOutcome } from '../auth/complete-authorization';
import { createPassport } from '../auth/oauth-strategy';
import { ApiError } from '../http/api-error';
import { allowedOriginOf, requireSession, sessionOf } from '../security/require-session';
import type { AttemptRecord } from '../store/store';

/** The widget's attempt API and the popup's start and callback pages. */
export function authRoutes(context: AppContext): express.Router {
  const router = express.Router();
  const stateStore = new AttemptStateStore(context);
  const passport = createPassport(context, stateStore, async (request, tokens) => {
    const attempt = attemptOf(request);
    if (!attempt || attempt.integration !== request.params.integration) {
      throw new Error('The state belongs to another integration');
    }
    return completeAuthorization(context, attempt, tokens);
  });

  router.post('/api/auth/attempts', requireSession(context), async (request, response) => {
    const session = sessionOf(response);
    const body = attemptRequestSchema.safeParse(request.body);
    if (!body.success) {
      throw new ApiError('bad_request', 'Say which integration to connect', {
        details: body.error.issues,
      });
    }
    const profile = context.profile(body.data.integration);
    if (profile.mode === 'preauthorized') {
      throw new ApiError('conflict', `${profile.name} is connected by the site owner`, {
        integration: profile.id,
      });
    }
    const attempt = await createAttempt(context, {
      integration: profile.id,
      kind: 'visitor',
      sessionId: session.id,
      origin: allowedOriginOf(context, request),
    });
    const answer: AttemptCreated = {
      attemptId: attempt.id,
      authorizeUrl: startUrl(context, attempt),
      expiresAt: new Date(attempt.expiresAt).toISOString(),
    };
    response.status(201).json(answer);
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
      const attempt = await currentAttempt(context, found);
      const answer: AttemptStatus = {
        attemptId: attempt.id,
        integration: attempt.integration,
        status: attempt.status,
        ...(attempt.message ? { message: attempt.message } : {}),
      };
      response.json(answer);
    },
  );

  router.get('/auth/:integration/start', async (request, response, next) => {
    const integration = integrationIdSchema.safeParse(request.params.integration);
    const attemptId = typeof request.query.attempt === 'string' ? request.query.attempt : '';
    const found = integration.success ? await context.store.findAttempt(attemptId) : undefined;
    if (!found || !integration.success || found.integration !== integration.data) {
      sendPage(
        response,
        400,
        renderCallbackPage({
          headline: 'This sign-in link is not valid.',
          message: null,
          target: null,
        }),
      );
      return;
    }
    const attempt = await currentAttempt(context, found);
    if (attempt.status !== 'pending') {
      sendResult(context, response, attempt, attempt.status, 410);
      return;
    }
    if (!(await context.store.startAttempt(attempt.id, context.clock()))) {
      sendPage(
        response,
        409,
        renderCallbackPage({
          headline: 'This sign-in link was already used.',
          message: null,
          target: null,
        }),
      );
      return;
    }
    bindAttempt(request, attempt);
    passport.authenticate(attempt.integration, { session: false })(request, response, next);
  });

  router.get('/auth/:integration/callback', async (request, response, next) => {
    const integration = integrationIdSchema.safeParse(request.params.integration);
    const invalid = () =>
      sendPage(
        response,
        400,
        renderCallbackPage({
          headline: 'This sign-in response is not valid.',
          message: null,
          target: null,
        }),
      );
    if (!integration.success) return invalid();

    if (request.query.error !== undefined) {
      // The provider came back without a code: the visitor said no, or the provider failed.
      // passport would not look at `state` here, so it is consumed (once) by hand.
      await stateStore.take(request, request.query.state);
      const attempt = attemptOf(request);
      if (!attempt || attempt.integration !== integration.data) return invalid();
      const status: AttemptStatusValue =
        request.query.error === 'access_denied' ? 'denied' : 'failed';
      await context.store.settleAttempt(
        attempt.id,
        status,
        status === 'denied' ? 'Access was not granted' : 'The provider refused the sign-in',
      );
      sendResult(context, response, attempt, status);
      return;
    }
    // Without a code passport would start a new authorization: a callback must never redirect.
    if (typeof request.query.code !== 'string') return invalid();

    passport.authenticate(
      integration.data,
      { session: false },
      (error: unknown, outcome: AuthorizationOutcome | false) => {
        const attempt = attemptOf(request);
        if (!attempt || attempt.integration !== integration.data) {
          // Missing, forged or replayed state: nobody to tell.
          sendPage(
            response,
            403,
            renderCallbackPage({
              headline: 'This sign-in response is not valid.',
              message: null,
              target: null,
            }),
          );
          return;
        }
        if (!error && !outcome) {
          // The state was real but the attempt could not go on (it expired): say what became of it.
          context.store
            .findAttempt(attempt.id)
            .then(
              (current) =>
                sendResult(
                  context,
                  response,
                  attempt,
                  current?.status === 'expired' ? 'expired' : 'failed',
                  410,
                ),
              next,
            );
          return;
        }
        if (error || !outcome) {
          context.logger.warn(
            { integration: attempt.integration, attemptId: attempt.id, err: error },
            'authorization failed',
          );
          context.store
            .settleAttempt(attempt.id, 'failed', 'The code exchange failed')
            .then(() => sendResult(context, response, attempt, 'failed'), next);
          return;
        }
        sendResult(context, response, attempt, outcome.status);
      },
    )(request, response, next);
  });

  return router;
}

function sendPage(
  response: Response,
  status: number,
  page: ReturnType<typeof renderCallbackPage>,
): void {
  response
    .status(status)
    .set({
      'content-security-policy': page.contentSecurityPolicy,
      // The popup must keep its opener (the widget on another origin) to post the result.
      'cross-origin-opener-policy': 'unsafe-none',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    })
    .type('html')
    .send(page.html);
}

function sendResult(
  context: AppContext,
  response: Response,
  attempt: AttemptRecord,
  status: AttemptStatusValue,
  httpStatus = 200,
): void {
  if (attempt.kind === 'owner') {
    const link = context.config.adminSecret
      ? { href: `${context.config.publicUrl}/admin`, text: 'Back to the admin page' }
      : undefined;
    sendPage(
      response,
      httpStatus,
      renderCallbackPage({
        message: {
          type: 'slotchat:auth-result',
          attemptId: attempt.id,
          integration: attempt.integration,
          status,
        },
        target: null,
        ...(link ? { link } : {}),
      }),
    );
    return;
  }
  sendPage(
    response,
    httpStatus,
    renderCallbackPage({
      message: {
        type: 'slotchat:auth-result',
        attemptId: attempt.id,
        integration: attempt.integration,
        status,
      },
      target: attempt.origin,
    }),
  );
}
