import type { FaultResponder } from '../faults/fault-controller';

/**
 * How the token and revoke endpoints fail under a fault switch: OAuth error bodies (RFC 6749
 * §5.2 codes where one fits), Calendly's rate-limit headers on its 429.
 */
export function oauthFaultResponder(rateLimitHeaders: Record<string, string>): FaultResponder {
  return (kind, response) => {
    response.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'rate-limit':
      case 'rate-limit-429':
        response.status(429).set(rateLimitHeaders).json({
          error: 'rate_limit_exceeded',
          error_description: 'Too many token requests. Try again later.',
        });
        return;
      case 'server-error':
        response.status(500).json({ error: 'server_error', error_description: 'Backend Error' });
        return;
      case 'unavailable':
        response
          .status(503)
          .json({ error: 'temporarily_unavailable', error_description: 'Try again later.' });
        return;
      case 'malformed-json':
        response.status(200).type('application/json').send('{"access_token": "');
        return;
    }
  };
}
