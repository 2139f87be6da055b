import type { UpstreamRequest } from '@slotchat/integrations';

/**
 * The absolute upstream URL: the profile's API base + the operation's path + its query. The
 * result must stay below the base (no `..` or `%2e%2e` escapes, no other host), so a parameter
 * can never steer a token elsewhere.
 */
export function upstreamUrl(
  apiBaseUrl: string,
  request: Pick<UpstreamRequest, 'path' | 'query'>,
): URL {
  if (!request.path.startsWith('/') || request.path.startsWith('//')) {
    throw new Error(`Operation path must start with a single "/": ${request.path}`);
  }
  const base = parsedBase(apiBaseUrl);
  const url = new URL(`${base.origin}${base.path}${request.path}`);
  if (
    url.origin !== base.origin ||
    !(url.pathname === base.path || url.pathname.startsWith(`${base.path}/`))
  ) {
    throw new Error(`Operation path leaves the API base: ${request.path}`);
  }
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else url.searchParams.set(key, String(value));
  }
  return url;
}

/** The few API bases there are, parsed once each rather than on every call. */
const bases = new Map<string, { origin: string; path: string }>();

function parsedBase(apiBaseUrl: string): { origin: string; path: string } {
  let base = bases.get(apiBaseUrl);
  if (!base) {
    const url = new URL(apiBaseUrl);
    base = { origin: url.origin, path: url.pathname.replace(/\/$/, '') };
    // A console that keeps saving new bases must not grow this without limit.
    if (bases.size >= 100) bases.clear();
    bases.set(apiBaseUrl, base);
  }
  return base;
}
