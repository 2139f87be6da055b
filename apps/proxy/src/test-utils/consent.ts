import { expect } from 'vitest';

/**
 * Plays the visitor on the sandbox's consent page over real HTTP: loads the page the proxy
 * redirected to, presses "Allow" or "Deny" (optionally unticking scopes), and returns where the
 * provider sends the browser back (the proxy's callback URL with `code`/`error` and `state`).
 */
export async function answerConsent(
  authorizeUrl: string,
  decision: 'allow' | 'deny',
  options: { keepScopes?: (scope: string) => boolean } = {},
): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  const html = await page.text();
  expect(page.status, html).toBe(200);
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!consentId || !action) throw new Error(`not a consent page: ${html.slice(0, 300)}`);
  const body = new URLSearchParams({ consent_id: unescape(consentId), decision });
  for (const match of html.matchAll(/name="scope" value="([^"]+)"/g)) {
    const scope = unescape(match[1] ?? '');
    if (!options.keepScopes || options.keepScopes(scope)) body.append('scope', scope);
  }
  const answer = await fetch(new URL(unescape(action), authorizeUrl), {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location') ?? '');
}

function unescape(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
