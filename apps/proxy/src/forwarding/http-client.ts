import { EventEmitter } from 'node:events';
import { Agent, request } from 'undici';

export interface UpstreamExchange {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The whole exchange, answer body included, must be over by then; else it fails with a
   * DOMException named TimeoutError, as `AbortSignal.timeout` would fail it. */
  timeoutMs: number;
}

/** A signal that aborts after `ms`: `AbortSignal.timeout`, or the tests' hand-fired ones. */
export type TimeoutSignal = (ms: number) => AbortSignal;

/** What the proxy reads of an answer's headers: one by name (Retry-After, the content type). */
export type AnswerHeaders = Pick<Headers, 'get'>;

export interface UpstreamAnswer {
  status: number;
  headers: AnswerHeaders;
  text: string;
}

/** One provider request, answered in full. Never follows redirects (a redirect could carry the
 * bearer token to a host we did not choose). */
export type HttpClient = (url: URL, exchange: UpstreamExchange) => Promise<UpstreamAnswer>;

/**
 * The provider calls on the hot path, through undici's `request` with a keep-alive pool: about
 * half the CPU of `fetch` per call (measured in BENCHMARKS.md's proxy figures), since it skips
 * the WHATWG stream machinery. Failures are shaped like fetch's — a TypeError whose `cause`
 * carries the socket error code, or a TimeoutError — so callers handle one kind.
 *
 * The timeout is a plain timer (`expiry`) unless `timeout` is given (tests fire theirs by hand).
 */
export function undiciClient(options: { agent?: Agent; timeout?: TimeoutSignal } = {}): HttpClient {
  const agent = options.agent ?? new Agent({ keepAliveTimeout: 30_000 });
  const { timeout } = options;
  return async (url, exchange) => {
    const deadline = timeout
      ? { signal: timeout(exchange.timeoutMs), clear() {} }
      : expiry(exchange.timeoutMs);
    const { signal } = deadline;
    try {
      let answer;
      try {
        answer = await request(url, {
          method: exchange.method as 'GET',
          headers: exchange.headers,
          ...(exchange.body === undefined ? {} : { body: exchange.body }),
          signal,
          dispatcher: agent,
          maxRedirections: 0,
        });
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw new TypeError('fetch failed', { cause: error });
      }
      let text: string;
      try {
        text = await answer.body.text();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw new TypeError('fetch failed', { cause: error });
      }
      return { status: answer.statusCode, headers: headerView(answer.headers), text };
    } finally {
      deadline.clear();
    }
  };
}

/**
 * What undici also accepts as a signal: an EventEmitter with `aborted` and `reason`, fired by a
 * timer that is cleared once the answer is in. `AbortSignal.timeout` costs ten times as much
 * CPU (an EventTarget, a weak reference, a timer that outlives the call), on every call.
 */
class Expiry extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
}

function expiry(ms: number): { signal: Expiry; clear(): void } {
  const signal = new Expiry();
  const timer = setTimeout(() => {
    signal.aborted = true;
    signal.reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    signal.emit('abort');
  }, ms);
  return { signal, clear: () => clearTimeout(timer) };
}

/** Headers as undici gives them, read by name the way fetch's Headers reads them. */
function headerView(received: Record<string, string | string[] | undefined>): AnswerHeaders {
  // A WHATWG Headers copy of every one of them, for the one or two ever read, cost more than
  // the rest of the call.
  return {
    get(name) {
      const value = received[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    },
  };
}
/** The same exchange over a `fetch` (tests hand in fail-closed fakes of fetch). */
export function fetchClient(
  fetchImpl: typeof globalThis.fetch,
  timeout: TimeoutSignal,
): HttpClient {
  return async (url, exchange) => {
    const response = await fetchImpl(url, {
      method: exchange.method,
      headers: exchange.headers,
      ...(exchange.body === undefined ? {} : { body: exchange.body }),
      signal: timeout(exchange.timeoutMs),
      redirect: 'manual',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
}
