import express from 'express';
import { findOperation, operationCallSchema } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { authorizationRequired } from '../auth/token-manager';
import { forwardOperation } from '../forwarding/forward-operation';
import { ApiError } from '../http/api-error';
import { requireEnabled } from '../http/integration-enabled';
import { requireSession, sessionOf } from '../security/require-session';
import { subjectFor } from './integration-routes';

/** `POST /api/operations/:operationId`: allow-listed operations only, params checked by their schema. */
export function operationRoutes(
  context: AppContext,
  sessionLimiter: express.RequestHandler,
): express.Router {
  const router = express.Router();
  router.post(
    '/api/operations/:operationId',
    requireSession(context),
    sessionLimiter,
    async (request, response) => {
      const operationId = String(request.params.operationId);
      const operation = findOperation(operationId);
      if (!operation) {
        throw new ApiError(
          'unknown_operation',
          `"${operationId.slice(0, 80)}" is not an operation this proxy forwards`,
        );
      }
      const profile = await context.profile(operation.integration);
      requireEnabled(profile);
      const call = operationCallSchema.safeParse(request.body);
      const params = operation.params.safeParse(
        call.success ? (call.data.params ?? {}) : undefined,
      );
      if (!call.success || !params.success) {
        throw new ApiError('invalid_params', `The parameters for ${operation.id} are not valid`, {
          integration: profile.id,
          details: (call.success ? params.error : call.error)?.issues.map((issue) => ({
            path: issue.path.map(String),
            message: issue.message,
          })),
        });
      }
      const grant = await context.store.findGrant(
        profile.id,
        subjectFor(profile, sessionOf(response).id),
      );
      if (!grant) {
        throw authorizationRequired(
          profile.id,
          profile.mode === 'preauthorized'
            ? `The site owner has not connected ${profile.name} yet`
            : `Connect ${profile.name} first`,
        );
      }
      if (!operation.scopes.some((scope) => grant.scopes.includes(scope))) {
        throw new ApiError(
          'insufficient_scopes',
          `${profile.name} was not granted the permission this needs`,
          {
            integration: profile.id,
            details: { needsOneOf: operation.scopes },
          },
        );
      }
      const data = await forwardOperation(context, {
        operation,
        profile,
        params: params.data,
        grant,
      });
      response.set('cache-control', 'no-store').json({ data });
    },
  );
  return router;
}
