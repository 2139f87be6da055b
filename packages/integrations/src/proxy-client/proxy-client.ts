/**
 * A Node client of the proxy's HTTP API (proxy-api.ts), for the terminal chat and the transcript
 * runner. Every answer is parsed with the contract's schemas.
 */
import type { z } from 'zod/mini';
import {
  apiErrorBodySchema,
  attemptCreatedSchema,
  attemptStatusSchema,
  integrationsStatusSchema,
  operationResultSchema,
  sessionCreatedSchema,
  type AttemptCreated,
  type AttemptStatus,
  type IntegrationStatus,
} from '../proxy-api';

export type CallOutcome =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; retryable: boolean; details?: unknown } };

export interface ProxyClient {
  readonly baseUrl: string;
  integrations(): Promise<IntegrationStatus[]>;
  call(operation: string, params: unknown): Promise<CallOutcome>;
  startAttempt(integration: string): Promise<AttemptCreated>;
  attemptStatus(attemptId: string): Promise<AttemptStatus>;
}

export interface ProxyClientOptions {
  /** The proxy's base URL, e.g. http://localhost:3000. */
  baseUrl: string;
  /** The embedding origin to present; defaults to the proxy's own origin (allowed by default). */
  origin?: string;
  fetch?: typeof fetch;
}

/** Opens a session on the proxy and returns a client bound to it. */
export async function connectProxy(options: ProxyClientOptions): Promise<ProxyClient> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const origin = options.origin ?? new URL(baseUrl).origin;
  const doFetch = options.fetch ?? fetch;

  async function request(method: string, path: string, token: string | undefined, body?: unknown) {
    const headers: Record<string, string> = { origin, accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await doFetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text };
  }

  function failure(status: number, json: unknown, text: string): Error {
    const parsed = apiErrorBodySchema.safeParse(json);
    const message = parsed.success
      ? `${parsed.data.error.code}: ${parsed.data.error.message}`
      : text.slice(0, 200);
    return new Error(`Proxy answered ${status}: ${message}`);
  }

  const created = await request('POST', '/api/sessions', undefined, {});
  if (created.status !== 201 && created.status !== 200)
    throw failure(created.status, created.json, created.text);
  const { sessionToken } = sessionCreatedSchema.parse(created.json);

  async function expect<T>(
    schema: z.ZodMiniType<T>,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const answer = await request(method, path, sessionToken, body);
    if (answer.status >= 400) throw failure(answer.status, answer.json, answer.text);
    return schema.parse(answer.json);
  }

  return {
    baseUrl,
    async integrations() {
      return (await expect(integrationsStatusSchema, 'GET', '/api/integrations')).integrations;
    },
    async call(operation, params) {
      const answer = await request(
        'POST',
        `/api/operations/${encodeURIComponent(operation)}`,
        sessionToken,
        {
          params,
        },
      );
      if (answer.status < 400)
        return { ok: true, data: operationResultSchema.parse(answer.json).data };
      const parsed = apiErrorBodySchema.safeParse(answer.json);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'internal_error',
            message: `Proxy answered ${answer.status}`,
            retryable: answer.status >= 500,
          },
        };
      }
      const { code, message, retryable, details } = parsed.data.error;
      return {
        ok: false,
        error:
          details === undefined
            ? { code, message, retryable }
            : { code, message, retryable, details },
      };
    },
    startAttempt(integration) {
      return expect(attemptCreatedSchema, 'POST', '/api/auth/attempts', { integration });
    },
    attemptStatus(attemptId) {
      return expect(
        attemptStatusSchema,
        'GET',
        `/api/auth/attempts/${encodeURIComponent(attemptId)}`,
      );
    },
  };
}
