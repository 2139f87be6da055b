import { randomToken } from '../security/random-token';
import type { AttemptRecord } from '../store/store';
import { escapeHtml, type CallbackPage } from './callback-page';

/**
 * The page a sign-in link opened from somewhere other than its chat gets (startNeedsConfirmation):
 * it names the site the account would be connected to, and "Continue" posts back to the start
 * URL from our own origin — a cross-site form cannot do that, so only a person on this page can.
 */
export function renderStartConfirmation(input: {
  attempt: AttemptRecord;
  integrationName: string;
  /** Where the form posts (the start URL, without its query). */
  action: string;
  /** The provider's authorization origin: the POST is answered with a redirect there. */
  providerOrigin: string;
}): CallbackPage {
  const nonce = randomToken(16);
  const { attempt } = input;
  const name = escapeHtml(input.integrationName);
  const site = escapeHtml(attempt.origin);
  const explanation =
    attempt.kind === 'owner'
      ? `This connects the site owner's ${name} account to <strong>${site}</strong>: every visitor's requests will use it. Continue only if you started this from the admin page or the command line.`
      : `This connects your ${name} account to the chat on <strong>${site}</strong>. Continue only if you asked that chat to connect ${name} just now. If someone sent you this link, close this window: they would get access to your ${name}.`;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Connect ${name}?</title>
<style nonce="${nonce}">body{font:16px system-ui,sans-serif;margin:3rem auto;max-width:28rem;text-align:center;color:#1f2937}button{font:inherit;padding:.5rem 1rem}</style></head>
<body>
<h1>Connect ${name}?</h1>
<p role="status">${explanation}</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="attempt" value="${escapeHtml(attempt.id)}">
<button type="submit">Continue to ${name}</button>
</form>
</body>
</html>`;
  return {
    html,
    // Browsers apply form-action to the redirect that answers the POST as well.
    contentSecurityPolicy: `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self' ${input.providerOrigin}; base-uri 'none'; frame-ancestors 'none'`,
  };
}
