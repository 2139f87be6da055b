import type { Request } from 'express';
import type { AttemptRecord } from '../store/store';

/**
 * Whether the popup's first request may go straight on to the provider.
 *
 * The start URL is a bearer link: whoever opens it signs in for the attempt's session. Sent to
 * someone else, it would connect *their* calendar to the sender's chat (a login-CSRF). A real
 * start comes from the page that asked for the attempt: the widget navigates the popup (or the
 * visitor clicks its "open in a new tab" link) from the embedding page, so the browser's
 * Referer carries that origin, and a page cannot forge another site's Referer. Every current
 * browser sends `Sec-Fetch-Mode: navigate` on navigations; so a browser navigation that does
 * not come from the attempt's origin (a link in a mail, a Referer stripped on purpose) is sent
 * to a page that names the site and asks to continue instead (see renderStartConfirmation).
 *
 * Anything else goes on as before: only a navigation can show the victim a consent page (a
 * cross-site fetch gets an opaque answer), and a script client (Node's fetch says `cors`)
 * holds nobody's provider session. The residual risk: browsers too old to send the header.
 */
export function startNeedsConfirmation(request: Request, attempt: AttemptRecord): boolean {
  if (request.get('sec-fetch-mode') !== 'navigate') return false;
  return refererOrigin(request) !== attempt.origin;
}

function refererOrigin(request: Request): string | undefined {
  const referer = request.get('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
