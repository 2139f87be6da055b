import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../app-context';
import { secretsEqual } from './constant-time';

/** The secret from `Authorization: Basic` (any user name) or `Authorization: Bearer`. */
function presentedSecret(request: Request): string | undefined {
  const header = request.get('authorization') ?? '';
  const [scheme, value] = header.split(' ', 2);
  if (!value) return undefined;
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : decoded.slice(colon + 1);
}

/**
 * Guards the admin page with ADMIN_SECRET (HTTP Basic, so a browser prompts for it). State-
 * changing requests must come from the proxy's own origin: a browser remembers Basic
 * credentials, so a cross-site form could otherwise ride on them.
 */
export function requireAdmin(context: AppContext): RequestHandler {
  return (request, response, next) => {
    const expected = context.config.adminSecret;
    if (expected === null) {
      response
        .status(404)
        .type('text')
        .send('The admin page is disabled: set ADMIN_SECRET to enable it.');
      return;
    }
    const secret = presentedSecret(request);
    if (secret === undefined || !secretsEqual(secret, expected)) {
      context.logger.warn({ ip: request.ip, path: request.path }, 'admin authentication failed');
      response
        .status(401)
        .set('www-authenticate', 'Basic realm="Slotchat admin", charset="UTF-8"')
        .type('text')
        .send('The admin secret is required.');
      return;
    }
    const origin = request.get('origin');
    if (
      request.method !== 'GET' &&
      origin !== undefined &&
      origin !== context.config.publicOrigin
    ) {
      response.status(403).type('text').send('Cross-site admin requests are refused.');
      return;
    }
    next();
  };
}
