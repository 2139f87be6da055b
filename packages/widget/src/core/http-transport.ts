/**
 * The HTTP adapter of the transport port: talks to the proxy per `proxy-api.ts` in
 * @slotchat/integrations. Every answer is parsed with the contract's zod schemas; anything else
 * becomes a `bad_response` error rather than a half-trusted object.
 */
import {
  apiErrorBodySchema,
  attemptCreatedSchema,
  attemptStatusSchema,
  integrationsStatusSchema,
  operationResultSchema,
  sessionCreatedSchema,
} from '@slotchat/integrations';
import type { z } from 'zod/mini';
import { TransportError } from './transport';
import type { ChatTransport } from './transport';

/** Where the session token lives between page loads (localStorage in the browser). */
export interface SessionTokenStore {
  get(): string | null;
  set(token: string | null): void;
}

export interface HttpTransportOptions {
  /** The proxy's base URL, e.g. `http://localhost:3000`. */
  proxyUrl: string;
  fetch?: typeof fetch;
  sessionTokens?: SessionTokenStore;
}

export function memorySessionTokens(initial: string | null = null): SessionTokenStore {
  let token = initial;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

/**
 * Creates the transport. The session is created lazily on the first call and created again, once,
 * when the proxy says it no longer knows it (`session_required`).
 *
 * @example
 * const transport = createHttpTransport({ proxyUrl: 'http://localhost:3000' });
 * const { integrations } = await transport.listIntegrations();
 */
export function createHttpTransport(options: HttpTransportOptions): ChatTransport {
  const baseUrl = options.proxyUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const tokens = options.sessionTokens ?? memorySessionTokens();
  let creatingSession: Promise<string> | null = null;

  async function send(
    method: string,
    path: string,
    body: unknown,
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
      });
    } catch (cause) {
      throw new TransportError({
        code: 'network_error',
        message: 'The chat service could not be reached.',
        retryable: true,
        cause,
      });
    }
  }

  async function readJson(response: Response): Promise<unknown> {
    if (response.status === 204) return undefined;
    try {
      return await response.json();
    } catch (cause) {
      throw new TransportError({
        code: 'bad_response',
        message: `The chat service answered ${response.status} with something that is not JSON.`,
        retryable: response.status >= 500,
        status: response.status,
        cause,
      });
    }
  }

  async function failure(response: Response): Promise<TransportError> {
    let json: unknown;
    try {
      json = await readJson(response);
    } catch (error) {
      return error as TransportError;
    }
    const parsed = apiErrorBodySchema.safeParse(json);
    if (!parsed.success) {
      return new TransportError({
        code: 'bad_response',
        message: `The chat service answered ${response.status} without a readable error.`,
        retryable: response.status >= 500,
        status: response.status,
        details: json,
      });
    }
    const { code, message, retryable, details, integration } = parsed.data.error;
    return new TransportError({
      code,
      message,
      retryable,
      status: response.status,
      details,
      ...(integration ? { integration } : {}),
    });
  }

  function parse<Schema extends z.ZodMiniType>(schema: Schema, json: unknown, what: string) {
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new TransportError({
        code: 'bad_response',
        message: `The chat service sent ${what} that does not match the contract: ${parsed.error.issues
          .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
          .join('; ')}`,
        retryable: false,
        details: json,
      });
    }
    return parsed.data as z.infer<Schema>;
  }

  async function session(): Promise<string> {
    const existing = tokens.get();
    if (existing) return existing;
    creatingSession ??= (async () => {
      try {
        const response = await send('POST', '/api/sessions', {}, null);
        if (!response.ok) throw await failure(response);
        const created = parse(sessionCreatedSchema, await readJson(response), 'a session');
        tokens.set(created.sessionToken);
        return created.sessionToken;
      } finally {
        creatingSession = null;
      }
    })();
    return creatingSession;
  }

  /** One authenticated call; a forgotten session is replaced once and the call repeated. */
  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await session();
      const response = await send(method, path, body, token);
      if (response.ok) return readJson(response);
      const error = await failure(response);
      if (error.code === 'session_required' && attempt === 0) {
        if (tokens.get() === token) tokens.set(null);
        continue;
      }
      throw error;
    }
  }

  return {
    async listIntegrations() {
      const json = await call('GET', '/api/integrations');
      return parse(integrationsStatusSchema, json, 'integrations');
    },
    async createAttempt(integration) {
      const json = await call('POST', '/api/auth/attempts', { integration });
      return parse(attemptCreatedSchema, json, 'an authorization attempt');
    },
    async getAttempt(attemptId) {
      const json = await call('GET', `/api/auth/attempts/${encodeURIComponent(attemptId)}`);
      return parse(attemptStatusSchema, json, 'an attempt status');
    },
    async callOperation(operationId, params) {
      const json = await call('POST', `/api/operations/${encodeURIComponent(operationId)}`, {
        params,
      });
      return parse(operationResultSchema, json, 'an operation result').data;
    },
    async disconnect(integration) {
      await call('DELETE', `/api/integrations/${encodeURIComponent(integration)}/connection`);
    },
  };
}
