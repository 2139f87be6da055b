import cors from 'cors';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { NodeMiddleware } from '../http/node-middleware';

/**
 * CORS for the allowed embedding origins only, and a hard refusal of API calls that a browser
 * says come from anywhere else (CORS alone would only hide the answer from them). The list is
 * read per request: an origin added in the admin console works at once.
 */
export function corsPolicy(context: AppContext): NodeMiddleware[] {
  const refuseOthers: NodeMiddleware = (request, _response, next) => {
    const origin = request.headers.origin;
    if (origin === undefined) {
      next();
      return;
    }
    context.allowedOrigins().then((allowed) => {
      if (allowed.includes(origin)) next();
      else {
        next(
          new ApiError(
            'origin_not_allowed',
            `${origin.slice(0, 100)} is not allowed to use this proxy`,
          ),
        );
      }
    }, next);
  };
  return [
    cors({
      origin: (origin, callback) => {
        if (origin === undefined) return callback(null, false);
        context.allowedOrigins().then(
          (allowed) => callback(null, allowed.includes(origin) ? origin : false),
          (error: unknown) => callback(error as Error),
        );
      },
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type'],
      maxAge: 600,
    }),
    refuseOthers,
  ];
}
