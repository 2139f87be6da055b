import path from 'node:path';
import express from 'express';
import type { AppContext } from '../app-context';
import { notFoundHandler } from '../http/error-middleware';
import { requireAdminSession } from '../security/admin-session';
import { adminEmbeddingRoutes } from './admin-embedding-routes';
import { adminIntegrationRoutes } from './admin-integration-routes';
import { adminSessionRoutes } from './admin-session-routes';
import { renderPreviewPage } from './preview-page';

/** The console's pages run only their own files: no inline script, no other origin. */
const consolePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/**
 * `/admin`: the console (ADMIN_DIR, a single-page app), its JSON API under `/admin/api`, and a
 * preview page that embeds the widget by its script tag, as the owner's site will.
 */
export function adminConsoleRoutes(context: AppContext): express.Router {
  const router = express.Router();
  const noStore: express.RequestHandler = (_request, response, next) => {
    response.set({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
    next();
  };
  router.use('/admin', noStore);

  router.use(adminSessionRoutes(context));
  router.use('/admin/api', requireAdminSession(context));
  router.use(adminIntegrationRoutes(context));
  router.use(adminEmbeddingRoutes(context));
  router.use('/admin/api', notFoundHandler);

  router.get('/admin/preview', (_request, response) => {
    const page = renderPreviewPage(context.config.publicUrl);
    response
      .set('content-security-policy', page.contentSecurityPolicy)
      .type('html')
      .send(page.html);
  });

  const directory = context.config.adminDir;
  if (directory) {
    const pages: express.RequestHandler = (_request, response, next) => {
      response.set('content-security-policy', consolePolicy);
      next();
    };
    router.use(
      '/admin',
      pages,
      express.static(directory, { index: false, redirect: false, fallthrough: true }),
    );
    // Every other /admin path is a page of the console: the app routes it in the browser.
    router.get(/^\/admin(\/.*)?$/, pages, (_request, response) => {
      response.sendFile(path.join(directory, 'index.html'));
    });
  } else {
    router.get(/^\/admin(\/.*)?$/, (_request, response) => {
      response
        .status(404)
        .type('text')
        .send('The admin console is not built here: set ADMIN_DIR to apps/admin/dist.');
    });
  }
  return router;
}
