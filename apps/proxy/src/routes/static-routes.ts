import compression from 'compression';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { ProxyConfig } from '../config/config-types';
import { widgetCacheHeaders } from './widget-caching';

/** The widget bundle (WIDGET_DIR) and the demo or host site (PUBLIC_DIR), both at `/`. */
export function staticRoutes(config: ProxyConfig): express.Router {
  const router = express.Router();
  // The widget's build writes .br and .gz files next to its scripts (compressed once, at the
  // highest levels): those are sent as they are. Everything else — the demo pages, a widget
  // directory built without them, source maps — is compressed on the way out; compression()
  // leaves alone an answer that already has a Content-Encoding.
  router.use(compression());
  const options = { index: ['index.html'], fallthrough: true, dotfiles: 'ignore' as const };
  if (config.widgetDir) {
    router.use(
      expressStaticGzip(config.widgetDir, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: {
          ...options,
          index: false,
          cacheControl: false,
          setHeaders: widgetCacheHeaders(config.widgetDir),
        },
      }),
    );
  }
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
