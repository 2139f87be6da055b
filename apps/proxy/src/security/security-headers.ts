import helmet from 'helmet';
import type { ProxyConfig } from '../config/config-types';
import type { NodeMiddleware } from '../http/node-middleware';

/**
 * Helmet's headers, in two sets. Pages (the popup, the console, the demo, widget.js) get the
 * document set. The JSON API gets what OWASP's REST Security Cheat Sheet asks of an API —
 * no content may load or frame, no sniffing, HSTS, no referrer — since the other document
 * headers (COOP, DNS prefetch, download options, ...) mean nothing to a JSON answer. That is
 * ten headers fewer on every forwarded call.
 */
export function securityHeaders(config: ProxyConfig): NodeMiddleware {
  const documents = helmet({
    // The widget's host pages open our popup and we open the provider's: keep openers.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    // widget.js is loaded by <script> from other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    contentSecurityPolicy: {
      useDefaults: true,
      // On plain-http local set-ups an upgrade directive would send the page's requests nowhere.
      directives: { upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null },
    },
  });
  const api = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    // Embedding sites read these answers with CORS; CORP must not stand in their way.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    xFrameOptions: { action: 'deny' },
  });
  return (request, response, next) => {
    ((request.url ?? '').startsWith('/api/') ? api : documents)(request, response, next);
  };
}
