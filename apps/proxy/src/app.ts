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
import { operationRoutes } from './routes/operation-routes';
import { popupRoutes } from './routes/popup-routes';
import { sessionRoutes } from './routes/session-routes';
import { staticRoutes } from './routes/static-routes';
import { corsPolicy } from './security/cors-policy';
import { rateLimits } from './security/rate-limits';
import { securityHeaders } from './security/security-headers';

export interface ProxyApp {
  app: express.Express;
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
 * const server = app.listen(3000);
 */
export function createApp(config: ProxyConfig, deps: AppDeps = {}): ProxyApp {
  const context = createAppContext(config, deps);
  let shuttingDown = false;
  const limits = rateLimits(config);
  const app = express();
  app.disable('x-powered-by');
  // Answers are per visitor and no-store: hashing each body for an ETag is CPU for nothing.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);

  app.use(accessLog(context.logger));
  app.use(securityHeaders(config));
  // One mount for what every API call passes through (a layer per handler under a path
  // prefix would trim and restore the URL for each of them).
  const apiGate = express.Router();
  apiGate.use(
    limits.perIp,
    ...corsPolicy(context),
    express.json({ limit: bodyLimit, strict: true }),
  );
  app.use('/api', apiGate);
  // Forwarded calls are nearly all the traffic: their route comes first, so a call is not
  // matched against every other route on its way.
  app.use(operationRoutes(context, limits.perSession));
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
    app,
    context,
    beginShutdown,
    async close() {
      await beginShutdown();
      await context.store.close();
    },
  };
}
