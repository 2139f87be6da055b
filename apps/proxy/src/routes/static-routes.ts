import express from 'express';
import type { ProxyConfig } from '../config/config-types';

/** The widget bundle (WIDGET_DIR) and the demo or host site (PUBLIC_DIR), both at `/`. */
export function staticRoutes(config: ProxyConfig): express.Router {
  const router = express.Router();
  const options = { index: ['index.html'], fallthrough: true, dotfiles: 'ignore' as const };
  if (config.widgetDir) router.use(express.static(config.widgetDir, { ...options, index: false }));
  if (config.publicDir) router.use(express.static(config.publicDir, options));
  return router;
}
