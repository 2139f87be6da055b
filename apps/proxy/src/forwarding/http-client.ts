import { Agent, request } from 'undici';

export interface UpstreamExchange {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

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
 * carries the socket error code, or the signal's own reason — so callers handle one kind.
 */
export function undiciClient(agent = new Agent({ keepAliveTimeout: 30_000 })): HttpClient {
  return async (url, exchange) => {
    let answer;
    try {
      answer = await request(url, {
        method: exchange.method as 'GET',
        headers: exchange.headers,
        ...(exchange.body === undefined ? {} : { body: exchange.body }),
        signal: exchange.signal,
        dispatcher: agent,
        maxRedirections: 0,
      });
    } catch (error) {
      if (exchange.signal.aborted) throw exchange.signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }
    let text: string;
    try {
      text = await answer.body.text();
    } catch (error) {
      if (exchange.signal.aborted) throw exchange.signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }
    // undici gives the headers as a plain object with lower-case names; a WHATWG Headers copy of
    // every one of them, for the one or two ever read, cost more than the rest of this function.
    const received = answer.headers;
    const headers: AnswerHeaders = {
      get(name) {
        const value = received[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    };
    return { status: answer.statusCode, headers, text };
  };
}

/** The same exchange over a `fetch` (tests hand in fail-closed fakes of fetch). */
export function fetchClient(fetchImpl: typeof globalThis.fetch): HttpClient {
  return async (url, exchange) => {
    const response = await fetchImpl(url, {
      method: exchange.method,
      headers: exchange.headers,
      ...(exchange.body === undefined ? {} : { body: exchange.body }),
      signal: exchange.signal,
      redirect: 'manual',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
}
