import type { OperationDefinition } from '@slotchat/integrations';
import type { AppContext } from '../app-context';
import type { IntegrationProfile } from '../config/config-types';
import { ApiError } from '../http/api-error';
import type { GrantRecord } from '../store/store';
import { callProvider } from './call-provider';
import { deadlineFor, minimumTryMs, remainingMs } from './deadline';
import { upstreamUrl } from './upstream-url';

type Page = Record<string, unknown>;

/**
 * Performs an allow-listed operation with already validated params: builds the upstream request
 * from the operation, calls the provider, and merges pages when the operation asks for them —
 * all within one time budget (OPERATION_TIMEOUT_MS). When the budget or `maxPages` stops the
 * paging early, the answer keeps the next page token, so the caller can tell it is partial.
 */
export async function forwardOperation(
  context: AppContext,
  input: {
    operation: OperationDefinition<unknown>;
    /** The profile the request was checked against, so one request reads it once. */
    profile: IntegrationProfile;
    params: unknown;
    grant: GrantRecord;
  },
): Promise<unknown> {
  const { operation, grant, profile } = input;
  const request = operation.request(input.params);
  const deadline = deadlineFor(context);
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
          deadline,
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
      deadline,
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
    if (index > 0 && remainingMs(context, deadline) < minimumTryMs(context)) {
      context.logger.info({ operation: operation.id, pages: index }, 'paging stopped: time is up');
      break;
    }
    let body: unknown;
    try {
      body = await call({ ...request.query, ...(next ? { [tokenParam]: next } : {}) });
    } catch (error) {
      // A later page that the budget cut short: answer with the pages we have (and the token).
      const outOfTime = remainingMs(context, deadline) <= 0;
      if (
        index > 0 &&
        outOfTime &&
        error instanceof ApiError &&
        error.code === 'upstream_timeout'
      ) {
        context.logger.info(
          { operation: operation.id, pages: index },
          'paging stopped: time is up',
        );
        break;
      }
      throw error;
    }
    page = asPage(body, profile.name);
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
