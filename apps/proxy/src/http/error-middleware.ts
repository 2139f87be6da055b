import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError } from './api-error';

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
    const apiError = toApiError(error);
    if (apiError.status >= 500) {
      logger.error(
        {
          err: error,
          errorCode: apiError.code,
          path: request.path,
          requestId: response.locals.requestId,
        },
        'request failed',
      );
    }
    response.status(apiError.status).json(apiError.toBody());
  };
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
