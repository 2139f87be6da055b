import express from 'express';
import type { AppContext } from '../app-context';

/** `/healthz`: the process answers. `/readyz`: it can serve (store reachable, not shutting down). */
export function healthRoutes(context: AppContext, isShuttingDown: () => boolean): express.Router {
  const router = express.Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    if (isShuttingDown()) {
      response.status(503).json({ status: 'shutting-down' });
      return;
    }
    try {
      await context.store.ping();
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'store-unavailable' });
    }
  });
  return router;
}
