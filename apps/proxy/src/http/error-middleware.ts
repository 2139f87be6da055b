import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestIdOf } from './access-log';
import { ApiError } from './api-error';
import { sendJson } from './node-middleware';

/** Unknown `/api` paths get the same JSON shape as every other failure. */
export const notFoundHandler: RequestHandler = (_request, _response, next) => {
  next(new ApiError('not_found', 'No such endpoint'));
};

/** The one place errors become responses: ApiError as is, body-parser errors mapped, the rest 500. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    sendError(logger, request, response, error);
  };
}

/**
 * Answers `error` in the API's JSON shape (see errorMiddleware), logging 5xx with the request's
 * id. After the headers are out nothing can be said: the connection is cut, so the client sees
 * a broken answer rather than a truncated one that looks whole.
 */
export function sendError(
  logger: Logger,
  request: IncomingMessage,
  response: ServerResponse,
  error: unknown,
): void {
  const apiError = toApiError(error);
  if (apiError.status >= 500) {
    logger.error(
      {
        err: error,
        errorCode: apiError.code,
        path: (request.url ?? '').split('?')[0],
        requestId: requestIdOf(response),
      },
      'request failed',
    );
  }
  // A client that hung up (mid-body, say) has no one to answer: the access log records the
  // request as aborted rather than as an answer nobody received.
  if (response.headersSent || request.socket.destroyed) response.destroy();
  else sendJson(response, apiError.status, apiError.toBody());
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return new ApiError('payload_too_large', 'The request body is too large');
  }
  if (
    type === 'entity.parse.failed' ||
    type === 'encoding.unsupported' ||
    type === 'charset.unsupported'
  ) {
    return new ApiError('bad_request', 'The request body is not valid JSON');
  }
  return new ApiError('internal_error', 'Something went wrong on the proxy', { cause: error });
}
