import compression from 'compression';
import express from 'express';
import type { ProxyConfig } from '../config/config-types';

/** The widget bundle (WIDGET_DIR) and the demo or host site (PUBLIC_DIR), both at `/`. */
export function staticRoutes(config: ProxyConfig): express.Router {
  const router = express.Router();
  // widget-chat.js is ~540 KB as built and ~160 KB gzipped: never send it uncompressed.
  router.use(compression());
  const options = { index: ['index.html'], fallthrough: true, dotfiles: 'ignore' as const };
  if (config.widgetDir) router.use(express.static(config.widgetDir, { ...options, index: false }));
  if (config.publicDir) {
    router.use(
      express.static(config.publicDir, {
        ...options,
        // The demo pages stand for a customer's site, which has the browsers' default policy:
        // its origin goes with cross-origin requests (helmet's no-referrer would hide it).
        setHeaders: (response) =>
          response.setHeader('referrer-policy', 'strict-origin-when-cross-origin'),
      }),
    );
  }
  return router;
}
