import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { loggableUrl } from '../logger';
import type { NodeMiddleware } from './node-middleware';

const requestIds = new WeakMap<ServerResponse, number>();

/** The id the access log gave this request (it is in the request's log line), if it logs it. */
export function requestIdOf(response: ServerResponse): number | undefined {
  return requestIds.get(response);
}

/** Probes answer every few seconds; a line for each would bury the requests that matter. */
const unlogged = new Set(['/healthz', '/readyz']);

/**
 * One log line per request once its answer is sent (or the client went away): method, path
 * (query values and attempt ids left out, see `loggableUrl`), status and time taken; 5xx at
 * error level. Lighter than pino-http, which builds a child logger and serialises the whole
 * request on every call; this line is on the path of every forwarded call.
 */
export function accessLog(
  logger: Logger,
  now: () => number = () => performance.now(),
): NodeMiddleware {
  // The line holds only what is built below, none of it secret: spare it the redaction walk of
  // every other log call (four times the cost of writing the line).
  const lines = logger.child({}, { redact: { paths: [] } });
  let sequence = 0;
  return (request, response, next) => {
    // It runs first, before any router has trimmed a mount path from the URL.
    const url = request.url ?? '';
    if (unlogged.has(url)) {
      next();
      return;
    }
    const started = now();
    const id = (sequence += 1);
    requestIds.set(response, id);
    // 'close' comes once either way: after the answer was sent, or when the client left first.
    response.once('close', () => {
      const status = response.writableFinished ? response.statusCode : null;
      const line = {
        req: { id, method: request.method, url: loggableUrl(url) },
        res: { statusCode: status },
        responseTime: Math.round(now() - started),
      };
      if (status === null) lines.info(line, 'request aborted');
      else if (status >= 500) lines.error(line, 'request completed');
      else lines.info(line, 'request completed');
    });
    next();
  };
}
