/**
 * Plays the visitor on the sandbox's consent page over plain HTTP, as the proxy's tests do
 * (apps/proxy/src/test-utils/consent.ts): load the page, press "Allow" with every scope ticked,
 * and return where the provider sends the browser back (the proxy's callback URL).
 */
export async function answerConsent(consentUrl: string): Promise<string> {
  const page = await fetch(consentUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page: ${page.status} ${html.slice(0, 200)}`);
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!consentId || !action) throw new Error(`not a consent page: ${html.slice(0, 200)}`);
  const body = new URLSearchParams({ consent_id: unescape(consentId), decision: 'allow' });
  for (const match of html.matchAll(/name="scope" value="([^"]+)"/g)) {
    body.append('scope', unescape(match[1] ?? ''));
  }
  const answer = await fetch(new URL(unescape(action), consentUrl), {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`consent answer: ${answer.status}`);
  return new URL(location, consentUrl).href;
}

function unescape(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
