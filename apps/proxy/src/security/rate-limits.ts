import type { IncomingMessage } from 'node:http';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import proxyAddr from 'proxy-addr';
import type { ProxyConfig } from '../config/config-types';
import { ApiError } from '../http/api-error';
import type { NodeMiddleware } from '../http/node-middleware';
import { sessionOf } from './require-session';

function limited(message: string): NodeMiddleware {
  return (_request, _response, next) => {
    next(new ApiError('rate_limited', message));
  };
}

/**
 * express-rate-limit is typed for Express, but with our own key and handler it touches only what
 * Node's request and response have (headers, setHeader): the operation lane runs it as is.
 */
const limiter = (options: Partial<Options>) => rateLimit(options) as unknown as NodeMiddleware;

/** How many addresses keep their key; past that, the longest-kept one goes first. */
const addressKeysKept = 10_000;
const addressKeys = new Map<string, string>();

/**
 * express-rate-limit's key for an address: the address, or its /56 for IPv6. Worked out once per
 * address: its IPv6 parse costs about 12 µs a call, and every IPv4 client of a dual-stack server
 * arrives as an IPv6 address (::ffff:…), on every call of a chat.
 */
export function addressKey(address: string): string {
  let key = addressKeys.get(address);
  if (key === undefined) {
    key = ipKeyGenerator(address, 56);
    if (addressKeys.size >= addressKeysKept) {
      const oldest = addressKeys.keys().next().value;
      if (oldest !== undefined) addressKeys.delete(oldest);
    }
    addressKeys.set(address, key);
  }
  return key;
}

/** Which proxies to believe about the client's address: Express's compiled `trust proxy`. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** In-memory windows: right for one process; several instances would share a store (Redis). */
export function rateLimits(
  config: ProxyConfig,
  trustProxy: TrustProxy,
): {
  perIp: NodeMiddleware;
  sessionCreation: NodeMiddleware;
  perSession: NodeMiddleware;
} {
  // Express's `request.ip`, worked out the same way for the operation lane, which has no Express
  // request; IPv6 addresses count by /56, as express-rate-limit's own key does.
  const byAddress = (request: IncomingMessage) => addressKey(proxyAddr(request, trustProxy));
  // Draft-7 headers: one RateLimit and one RateLimit-Policy line. Draft 8's hash of each key
  // cost more than the counting itself. On an operation call the per-session limit, set last,
  // is the one the headers describe: it is the one a chat reaches first.
  const common = { windowMs: 60_000, standardHeaders: 'draft-7' as const, legacyHeaders: false };
  return {
    perIp: limiter({
      ...common,
      limit: config.rateLimits.perIpPerMinute,
      keyGenerator: byAddress,
      handler: limited('Too many requests from this address; wait a minute'),
    }),
    sessionCreation: limiter({
      ...common,
      limit: config.rateLimits.sessionsPerIpPerMinute,
      keyGenerator: byAddress,
      handler: limited('Too many new sessions from this address; wait a minute'),
    }),
    perSession: limiter({
      ...common,
      limit: config.rateLimits.perSessionPerMinute,
      keyGenerator: (_request, response) => `session:${sessionOf(response).id}`,
      handler: limited('Too many requests in this chat; wait a minute'),
    }),
  };
}
