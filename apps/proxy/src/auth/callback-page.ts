import type { AuthResultMessage } from '@slotchat/integrations';
import { randomToken } from '../security/random-token';

export interface CallbackPage {
  html: string;
  /** The page's own CSP: only its nonce'd inline script may run. */
  contentSecurityPolicy: string;
}

const headlines: Record<AuthResultMessage['status'], string> = {
  pending: 'Still waiting…',
  connected: 'Connected. You can close this window.',
  denied: 'Access was not granted. You can close this window.',
  expired: 'This sign-in expired. Please try again from the chat.',
  'missing-scopes': 'Some permissions were not granted. Please try again and allow all of them.',
  failed: 'Sign-in failed. Please try again from the chat.',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script>: no `</script>`, no HTML comment openers, no U+2028. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The page the provider redirects the popup to. With a `target` it posts the result to that
 * exact origin (never `*`) and closes itself; the widget also polls the attempt, so a lost
 * opener only delays the answer.
 */
export function renderCallbackPage(input: {
  headline?: string;
  message: AuthResultMessage | null;
  target: string | null;
  link?: { href: string; text: string };
  /** What to do now, under the headline ("Close this window, then…"). */
  nextStep?: string;
}): CallbackPage {
  const nonce = randomToken(16);
  const headline =
    input.headline ?? (input.message ? headlines[input.message.status] : 'Sign-in failed.');
  const script =
    input.message && input.target
      ? `<script nonce="${nonce}">
(function () {
  var message = ${scriptJson(input.message)};
  var target = ${scriptJson(input.target)};
  try { if (window.opener) window.opener.postMessage(message, target); } catch (e) {}
  setTimeout(function () { window.close(); }, 50);
})();
</script>`
      : '';
  const link = input.link
    ? `<p><a href="${escapeHtml(input.link.href)}">${escapeHtml(input.link.text)}</a></p>`
    : '';
  const nextStep = input.nextStep ? `<p>${escapeHtml(input.nextStep)}</p>` : '';
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Slotchat</title>
<style nonce="${nonce}">body{font:16px system-ui,sans-serif;margin:3rem auto;max-width:28rem;text-align:center;color:#1f2937}</style></head>
<body><p role="status">${escapeHtml(headline)}</p>${nextStep}${link}${script}</body>
</html>`;
  return {
    html,
    contentSecurityPolicy: `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  };
}
