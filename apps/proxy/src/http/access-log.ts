import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { loggableUrl } from '../logger';

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
): RequestHandler {
  // The line holds only what is built below, none of it secret: spare it the redaction walk of
  // every other log call (four times the cost of writing the line).
  const lines = logger.child({}, { redact: { paths: [] } });
  let sequence = 0;
  return (request, response, next) => {
    if (unlogged.has(request.url)) {
      next();
      return;
    }
    const started = now();
    const id = (sequence += 1);
    response.locals.requestId = id;
    // 'close' comes once either way: after the answer was sent, or when the client left first.
    response.once('close', () => {
      const status = response.writableFinished ? response.statusCode : null;
      const line = {
        req: { id, method: request.method, url: loggableUrl(request.originalUrl) },
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
