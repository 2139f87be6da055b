import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ProxyConfig } from '../config/config-types';
import { ApiError } from '../http/api-error';
import { sessionOf } from './require-session';

function limited(message: string): RequestHandler {
  return (_request, _response, next) => {
    next(new ApiError('rate_limited', message));
  };
}

/** In-memory windows: right for one process; several instances would share a store (Redis). */
export function rateLimits(config: ProxyConfig): {
  perIp: RequestHandler;
  sessionCreation: RequestHandler;
  perSession: RequestHandler;
} {
  // Draft-7 headers: one RateLimit and one RateLimit-Policy line. Draft 8's hash of each key
  // cost more than the counting itself. On an operation call the per-session limit, set last,
  // is the one the headers describe: it is the one a chat reaches first.
  const common = { windowMs: 60_000, standardHeaders: 'draft-7' as const, legacyHeaders: false };
  return {
    perIp: rateLimit({
      ...common,
      limit: config.rateLimits.perIpPerMinute,
      handler: limited('Too many requests from this address; wait a minute'),
    }),
    sessionCreation: rateLimit({
      ...common,
      limit: config.rateLimits.sessionsPerIpPerMinute,
      handler: limited('Too many new sessions from this address; wait a minute'),
    }),
    perSession: rateLimit({
      ...common,
      limit: config.rateLimits.perSessionPerMinute,
      keyGenerator: (_request, response) => `session:${sessionOf(response).id}`,
      handler: limited('Too many requests in this chat; wait a minute'),
    }),
  };
}
