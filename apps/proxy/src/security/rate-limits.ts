import type { IncomingMessage, ServerResponse } from 'node:http';
import { ipKeyGenerator } from 'express-rate-limit';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ProxyConfig } from '../config/config-types';
import { ApiError } from '../http/api-error';
import type { NodeMiddleware } from '../http/node-middleware';
import { sessionOf } from './require-session';

/** The window every limit counts in. */
const windowSeconds = 60;

/**
 * One fixed window per key (rate-limiter-flexible's in-memory limiter), as a middleware. The
 * answer carries the draft-7 RateLimit and RateLimit-Policy headers of the limit (the last one
 * run sets them), and a refusal its Retry-After. It replaced express-rate-limit here: that one's
 * awaits, validations and per-request bookkeeping cost more CPU than the rest of the gate
 * (BENCHMARKS.md, "Proxy").
 */
export function windowLimit(options: {
  limit: number;
  key: (request: IncomingMessage, response: ServerResponse) => string;
  message: string;
}): NodeMiddleware {
  const { limit, message } = options;
  const counter = new RateLimiterMemory({ points: limit, duration: windowSeconds });
  const policy = `${limit};w=${windowSeconds}`;
  const describe = (response: ServerResponse, state: RateLimiterRes) => {
    if (response.headersSent) return;
    const reset = Math.max(0, Math.ceil(state.msBeforeNext / 1000));
    response.setHeader('ratelimit-policy', policy);
    response.setHeader(
      'ratelimit',
      `limit=${limit}, remaining=${state.remainingPoints}, reset=${reset}`,
    );
    if (state.consumedPoints > limit) response.setHeader('retry-after', String(reset));
  };
  return (request, response, next) => {
    counter.consume(options.key(request, response)).then(
      (state) => {
        describe(response, state);
        next();
      },
      (refusal: unknown) => {
        // The counter refuses with its state; anything else is a failure of its own.
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        describe(response, refusal);
        next(new ApiError('rate_limited', message));
      },
    );
  };
}

/** How many addresses keep their key; past that, the longest-kept one goes first. */
const addressKeysKept = 10_000;
const addressKeys = new Map<string, string>();

/**
 * express-rate-limit's key for an address (the package stays for this): the address, or its /56
 * for IPv6. Worked out once per address: its IPv6 parse costs about 12 µs a call, and every IPv4
 * client of a dual-stack server arrives as an IPv6 address (::ffff:…), on every call of a chat.
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
  // On an operation call the per-session limit is the one the headers describe: it is the one a
  // chat reaches first. Elsewhere the per-IP one does.
  return {
    perIp: windowLimit({
      limit: config.rateLimits.perIpPerMinute,
      key: byAddress,
      message: 'Too many requests from this address; wait a minute',
    }),
    sessionCreation: windowLimit({
      limit: config.rateLimits.sessionsPerIpPerMinute,
      key: byAddress,
      message: 'Too many new sessions from this address; wait a minute',
    }),
    perSession: windowLimit({
      limit: config.rateLimits.perSessionPerMinute,
      key: (_request, response) => `session:${sessionOf(response).id}`,
      message: 'Too many requests in this chat; wait a minute',
    }),
  };
}
