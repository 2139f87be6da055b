import type { z } from 'zod';

/** The integrations Slotchat knows. Each has an auth profile and an allow-list of operations. */
export const integrationIds = ['google-calendar', 'calendly'] as const;
export type IntegrationId = (typeof integrationIds)[number];

/** `google-calendar:events.get`: the integration, a colon, the provider's own method name. */
export type OperationId = `${IntegrationId}:${string}`;

/**
 * An upstream HTTP request, relative to the integration's API base URL. The proxy builds the
 * absolute URL itself (base URL from the auth profile + this path), so a caller can never choose
 * the host a token is sent to.
 */
export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path below the API base URL, starting with `/`, every dynamic segment already encoded. */
  path: string;
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
}

/**
 * One allow-listed provider operation. The widget asks the proxy for it by `id` with params; the
 * proxy validates the params with `params`, builds the request with `request`, attaches the token.
 */
export interface OperationDefinition<Params = unknown> {
  id: OperationId;
  integration: IntegrationId;
  /** What it does, for logs, the admin console and error messages. */
  description: string;
  /** Validates what the widget sends; refuse anything else. */
  params: z.ZodType<Params>;
  request(params: Params): UpstreamRequest;
  /** Safe to retry on 429/5xx without creating anything twice. */
  idempotent: boolean;
  /** OAuth scopes any one of which allows this operation (for "missing permissions"). */
  scopes: readonly string[];
  /**
   * Set it to have the proxy follow the provider's pagination and answer with every page merged,
   * at most `maxPages` pages: `google` follows `nextPageToken` (sent back as `pageToken`) and
   * concatenates `items`; `calendly` follows `pagination.next_page_token` (sent back as
   * `page_token`) and concatenates `collection`. When the bound stops it early, the merged answer
   * keeps the last page's token so the caller can tell. Unset: one page, as the provider sent it.
   */
  pagination?: { style: 'google' | 'calendly'; maxPages: number };
  /**
   * For an idempotent create with a client-chosen id (`events.insert`): how to read the created
   * resource back. When the proxy retries the call (the first try timed out or got a 5xx) and the
   * provider then answers 409 — the first try did create it — the proxy answers with this read
   * instead of a conflict, so the visitor sees their event, once.
   */
  readBack?(params: Params): UpstreamRequest;
}

/** Declares an operation with its params type inferred from the schema. */
export function defineOperation<Schema extends z.ZodType>(
  definition: Omit<OperationDefinition<z.infer<Schema>>, 'params'> & { params: Schema },
): OperationDefinition<z.infer<Schema>> {
  return definition as OperationDefinition<z.infer<Schema>>;
}

/** Encodes one path segment (event ids, calendar ids such as `a@b.com`, UUIDs). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
