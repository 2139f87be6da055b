import type { IncomingMessage, ServerResponse } from 'node:http';
import { findOperation, operationCallSchema } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { authorizationRequired } from '../auth/token-manager';
import { forwardOperation } from '../forwarding/forward-operation';
import { ApiError } from '../http/api-error';
import { sendError } from '../http/error-middleware';
import { requireEnabled } from '../http/integration-enabled';
import { runMiddleware, sendJson, type NodeMiddleware } from '../http/node-middleware';
import { sessionOf } from '../security/require-session';
import { subjectFor } from './integration-routes';

const prefix = '/api/operations/';

/**
 * The operation id of `POST /api/operations/<id>`, or undefined for any other request. As
 * Express routes: the path in any case, one trailing slash allowed, the query string ignored.
 * The id is as sent, still percent-encoded.
 */
export function operationCallId(request: IncomingMessage): string | undefined {
  const url = request.url;
  if (request.method !== 'POST' || url?.slice(0, prefix.length).toLowerCase() !== prefix) {
    return undefined;
  }
  const query = url.indexOf('?');
  let id = url.slice(prefix.length, query < 0 ? undefined : query);
  if (id.endsWith('/')) id = id.slice(0, -1);
  return id && !id.includes('/') ? id : undefined;
}

/**
 * `POST /api/operations/:operationId`, the proxy's hot path (nearly every request is one):
 * allow-listed operations only, params checked by their schema, the call made with the
 * session's grant. It runs on Node's request and response, not through Express: routing and
 * Express's request and response objects cost more CPU per call than everything the proxy
 * itself does for it (BENCHMARKS.md, "Proxy"). `gate` is the very middleware that Express runs
 * in front of every other API route — log line, security headers, rate limits, CORS, the JSON
 * body, the session — so the two paths cannot drift apart.
 */
export function operationLane(
  context: AppContext,
  gate: readonly NodeMiddleware[],
): (request: IncomingMessage, response: ServerResponse, encodedId: string) => void {
  return (request, response, encodedId) => {
    const failed = (error: unknown) => sendError(context.logger, request, response, error);
    runMiddleware(gate, request, response, (error) => {
      if (error !== undefined) failed(error);
      else callOperation(context, request, response, encodedId).catch(failed);
    });
  };
}

async function callOperation(
  context: AppContext,
  request: IncomingMessage & { body?: unknown },
  response: ServerResponse,
  encodedId: string,
): Promise<void> {
  const operationId = decodedId(encodedId);
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
  const params = operation.params.safeParse(call.success ? (call.data.params ?? {}) : undefined);
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
  const data = await forwardOperation(context, { operation, profile, params: params.data, grant });
  response.setHeader('cache-control', 'no-store');
  sendJson(response, 200, { data });
}

function decodedId(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new ApiError('bad_request', 'The operation id in the path is not valid percent-encoding');
  }
}
