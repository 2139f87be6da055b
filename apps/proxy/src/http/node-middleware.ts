import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A middleware on Node's own request and response. Express accepts these as they are, and so
 * does the operation lane (routes/operation-lane.ts), which runs them without Express.
 */
export type NodeMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void | Promise<void>;

/**
 * Runs `chain` in order, as Express would: each middleware calls `next()` to go on or
 * `next(error)` to stop. `done` is called once, with the error if there was one. A middleware
 * that throws, or whose promise rejects, stops the chain with that error.
 */
export function runMiddleware(
  chain: readonly NodeMiddleware[],
  request: IncomingMessage,
  response: ServerResponse,
  done: (error?: unknown) => void,
): void {
  let index = 0;
  let finished = false;
  const finish = (error?: unknown) => {
    if (finished) return;
    finished = true;
    done(error);
  };
  const next = (error?: unknown): void => {
    // A middleware calling next again after the chain has ended is ignored.
    if (finished) return;
    // Express's rule too: next(null) goes on like next().
    if (error !== undefined && error !== null) return finish(error);
    const middleware = chain[index];
    index += 1;
    if (!middleware) return finish();
    try {
      const result = middleware(request, response, next);
      if (result instanceof Promise) result.catch(finish);
    } catch (error) {
      finish(error);
    }
  };
  next();
}

/** A JSON answer as Express's `res.json` writes it: UTF-8, with its length, in one write. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}
