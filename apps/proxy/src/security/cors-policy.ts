import cors from 'cors';
import type { RequestHandler } from 'express';
import type { ProxyConfig } from '../config/config-types';
import { ApiError } from '../http/api-error';

/**
 * CORS for the configured embedding origins only, and a hard refusal of API calls that a
 * browser says come from anywhere else (CORS alone would only hide the answer from them).
 */
export function corsPolicy(config: ProxyConfig): RequestHandler[] {
  const allowed = new Set(config.allowedOrigins);
  const refuseOthers: RequestHandler = (request, _response, next) => {
    const origin = request.get('origin');
    if (origin !== undefined && !allowed.has(origin) && origin !== config.publicOrigin) {
      next(
        new ApiError(
          'origin_not_allowed',
          `${origin.slice(0, 100)} is not allowed to use this proxy`,
        ),
      );
      return;
    }
    next();
  };
  return [
    cors({
      origin: (origin, callback) =>
        callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type'],
      maxAge: 600,
    }),
    refuseOthers,
  ];
}
