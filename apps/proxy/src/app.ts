import type { RequestListener } from 'node:http';
import cookieParser from 'cookie-parser';
import express from 'express';
import { createAppContext, type AppContext, type AppDeps } from './app-context';
import { startSweeper } from './auth/sweep-orphaned-grants';
import type { ProxyConfig } from './config/config-types';
import { accessLog } from './http/access-log';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { adminConsoleRoutes } from './routes/admin-console-routes';
import { demoRoutes } from './routes/demo-routes';
import { attemptRoutes } from './routes/attempt-routes';
import { healthRoutes } from './routes/health-routes';
import { integrationRoutes } from './routes/integration-routes';
import { operationCallId, operationLane } from './routes/operation-lane';
import { popupRoutes } from './routes/popup-routes';
import { sessionRoutes } from './routes/session-routes';
import { staticRoutes } from './routes/static-routes';
import { corsPolicy } from './security/cors-policy';
import { rateLimits, type TrustProxy } from './security/rate-limits';
import { requireSession } from './security/require-session';
import { securityHeaders } from './security/security-headers';

export interface ProxyApp {
  /**
   * The proxy as a request listener (`http.createServer(app)`, supertest): operation calls go
   * to the operation lane, everything else to the Express app.
   */
  app: RequestListener;
  /**
   * The first step of a shutdown: /readyz answers 503 from now on, and the sweep is stopped (a
   * sweep under way finishes the grant it is on). Requests are still served.
   */
  beginShutdown(): Promise<void>;
  /** Shuts down (see beginShutdown), then closes the store. Call after the server has drained. */
  close(): Promise<void>;
  /** For the CLI and tests: the store, clock and services the app runs on. */
  context: AppContext;
}

/** Request bodies are small JSON parameter objects; anything bigger is refused with 413. */
export const bodyLimit = '32kb';

/**
 * Builds the proxy's Express app without listening.
 *
 * @example
 * const { app, close } = createApp(loadConfig(process.env));
 * const server = http.createServer(app).listen(3000);
 */
export function createApp(config: ProxyConfig, deps: AppDeps = {}): ProxyApp {
  const context = createAppContext(config, deps);
  let shuttingDown = false;
  const app = express();
  app.disable('x-powered-by');
  // Answers are per visitor and no-store: hashing each body for an ETag is CPU for nothing.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const limits = rateLimits(config, app.get('trust proxy fn') as TrustProxy);

  // What every request passes through, and what every API call passes through after it. The
  // operation lane runs the same instances, so a call counts against the same rate limits.
  const everyRequest = [accessLog(context.logger), securityHeaders(config)];
  const everyApiCall = [
    limits.perIp,
    ...corsPolicy(context),
    express.json({ limit: bodyLimit, strict: true }),
  ];
  const callOperation = operationLane(context, [
    ...everyRequest,
    ...everyApiCall,
    requireSession(context),
    limits.perSession,
  ]);

  app.use(everyRequest);
  // One mount for the API's gate (a layer per handler under a path prefix would trim and
  // restore the URL for each of them).
  app.use('/api', express.Router().use(everyApiCall));
  app.use(healthRoutes(context, () => shuttingDown));
  // The console is first-party: its own cookie, its own JSON API, no CORS at all.
  app.use('/admin', limits.perIp, cookieParser(), express.json({ limit: bodyLimit, strict: true }));
  app.use('/api/sessions', limits.sessionCreation);
  app.use('/auth', limits.perIp, (_request, response, next) => {
    // Every hop of the popup (start redirect and callback) must keep the opener: Chromium cuts it
    // when any response on the way, redirects included, carries a stricter COOP.
    response.setHeader('cross-origin-opener-policy', 'unsafe-none');
    next();
  });
  app.use(sessionRoutes(context));
  app.use(attemptRoutes(context));
  app.use(popupRoutes(context));
  app.use(integrationRoutes(context));
  app.use(demoRoutes(context));
  app.use('/api', notFoundHandler);
  app.use(adminConsoleRoutes(context));
  app.use(staticRoutes(config));
  app.use(errorMiddleware(context.logger));

  const sweeper = startSweeper(context);
  let stopping: Promise<void> | undefined;
  const beginShutdown = () => {
    // Readiness goes first, so a load balancer stops sending work while the rest winds down.
    shuttingDown = true;
    stopping ??= sweeper.stop();
    return stopping;
  };

  return {
    app: (request, response) => {
      const operationId = operationCallId(request);
      if (operationId === undefined) app(request, response);
      else callOperation(request, response, operationId);
    },
    context,
    beginShutdown,
    async close() {
      await beginShutdown();
      await context.store.close();
    },
  };
}
