import type { OperationDefinition } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { GrantRecord } from '../store/store';
import { callProvider } from './call-provider';
import { upstreamUrl } from './upstream-url';

type Page = Record<string, unknown>;

/**
 * Performs an allow-listed operation with already validated params: builds the upstream request
 * from the operation, calls the provider, and merges pages when the operation asks for them.
 */
export async function forwardOperation(
  context: AppContext,
  input: { operation: OperationDefinition<unknown>; params: unknown; grant: GrantRecord },
): Promise<unknown> {
  const { operation, grant } = input;
  const profile = context.profile(operation.integration);
  const request = operation.request(input.params);
  const readBackRequest = operation.readBack?.(input.params);
  const readBack = readBackRequest
    ? () =>
        callProvider(context, {
          profile,
          grant,
          method: readBackRequest.method,
          url: upstreamUrl(profile.apiBaseUrl, readBackRequest),
          body: readBackRequest.body,
          idempotent: true,
        })
    : undefined;
  const call = (query: typeof request.query) =>
    callProvider(context, {
      profile,
      grant,
      method: request.method,
      url: upstreamUrl(profile.apiBaseUrl, { path: request.path, ...(query ? { query } : {}) }),
      body: request.body,
      idempotent: operation.idempotent,
      ...(readBack ? { readBack } : {}),
    });

  const pagination = operation.pagination;
  if (!pagination) return call(request.query);

  const itemsKey = pagination.style === 'google' ? 'items' : 'collection';
  const tokenParam = pagination.style === 'google' ? 'pageToken' : 'page_token';
  const items: unknown[] = [];
  let page: Page = {};
  let next: string | undefined;
  for (let index = 0; index < Math.max(1, pagination.maxPages); index += 1) {
    page = asPage(
      await call({ ...request.query, ...(next ? { [tokenParam]: next } : {}) }),
      profile.name,
    );
    const pageItems = page[itemsKey];
    if (Array.isArray(pageItems)) items.push(...pageItems);
    next = nextToken(page, pagination.style);
    // Google may send a short or even empty page with a token: only a missing token ends it.
    if (!next) break;
  }
  if (pagination.style === 'google') {
    const { nextPageToken: _dropped, ...rest } = page;
    return { ...rest, items, ...(next ? { nextPageToken: next } : {}) };
  }
  const { pagination: _last, ...rest } = page;
  return {
    ...rest,
    collection: items,
    pagination: { count: items.length, next_page_token: next ?? null },
  };
}

function asPage(body: unknown, providerName: string): Page {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError('provider_error', `${providerName} sent a page that is not an object`);
  }
  return body as Page;
}

function nextToken(page: Page, style: 'google' | 'calendly'): string | undefined {
  if (style === 'google')
    return typeof page.nextPageToken === 'string' && page.nextPageToken
      ? page.nextPageToken
      : undefined;
  const token = (page.pagination as { next_page_token?: unknown } | undefined)?.next_page_token;
  return typeof token === 'string' && token ? token : undefined;
}
