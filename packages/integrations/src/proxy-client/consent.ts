/**
 * Clicks through the sandbox's consent page over plain HTTP, as a browser would: follow the
 * proxy's start URL to the provider's authorize page, submit its form with "Allow" or "Deny",
 * and follow the redirects back to the proxy's callback. Only for the local sandbox.
 */

interface FormField {
  name: string;
  value: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  const value = match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** The form's action and the fields a browser would submit when `buttonLabel` is clicked. */
export function readConsentForm(
  html: string,
  buttonLabel: string,
): { action: string; fields: FormField[] } | undefined {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/gi) ?? [];
  for (const form of forms) {
    const button = [...form.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)].find(
      (match) => (match[2] ?? '').replace(/<[^>]*>/g, '').trim() === buttonLabel,
    );
    if (!button) continue;
    const fields: FormField[] = [];
    for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
      const name = attribute(input, 'name');
      if (!name) continue;
      const type = (attribute(input, 'type') ?? 'text').toLowerCase();
      if ((type === 'checkbox' || type === 'radio') && !/\bchecked\b/i.test(input)) continue;
      fields.push({ name, value: attribute(input, 'value') ?? (type === 'checkbox' ? 'on' : '') });
    }
    const buttonName = attribute(button[1] ?? '', 'name');
    if (buttonName)
      fields.push({ name: buttonName, value: attribute(button[1] ?? '', 'value') ?? '' });
    const formTag = /<form\b[^>]*>/i.exec(form)?.[0] ?? '';
    return { action: attribute(formTag, 'action') ?? '', fields };
  }
  return undefined;
}

/** Runs the popup's journey from the proxy's start URL to its callback page, choosing Allow or Deny. */
export async function completeConsent(
  authorizeUrl: string,
  choice: 'Allow' | 'Deny',
  doFetch: typeof fetch = fetch,
): Promise<void> {
  const cookies = new Map<string, string>();
  const cookieHeader = (url: URL) => cookies.get(url.host) ?? '';
  const remember = (url: URL, response: Response) => {
    const set = response.headers.getSetCookie?.() ?? [];
    if (set.length === 0) return;
    const jar = new Map(
      cookieHeader(url)
        .split('; ')
        .filter(Boolean)
        .map((pair) => [pair.split('=')[0] ?? '', pair] as const),
    );
    for (const cookie of set) {
      const pair = cookie.split(';')[0] ?? '';
      jar.set(pair.split('=')[0] ?? '', pair);
    }
    cookies.set(url.host, [...jar.values()].join('; '));
  };

  let url = new URL(authorizeUrl);
  let init: RequestInit = { method: 'GET' };
  let submitted = false;
  for (let hop = 0; hop < 12; hop += 1) {
    const headers: Record<string, string> = {
      ...(init.headers as Record<string, string> | undefined),
    };
    const cookie = cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    const response = await doFetch(url, { ...init, headers, redirect: 'manual' });
    remember(url, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      init = { method: 'GET' };
      continue;
    }
    const html = await response.text();
    if (submitted) {
      if (response.status >= 400) throw new Error(`The callback answered ${response.status}`);
      return;
    }
    const form = readConsentForm(html, choice);
    if (!form)
      throw new Error(
        `No consent form with a “${choice}” button at ${url.origin}${url.pathname} (${response.status})`,
      );
    const body = new URLSearchParams(
      form.fields.map((field): [string, string] => [field.name, field.value]),
    );
    url = new URL(form.action || url.pathname, url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    };
    submitted = true;
  }
  throw new Error('Too many redirects during consent');
}
