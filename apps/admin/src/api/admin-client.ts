/**
 * The console's only way to the proxy: same-origin fetches under /admin/api, the session cookie
 * sent by the browser, the CSRF token added to every change, every answer parsed with the
 * contract's schemas so a surprise becomes a clear error rather than a broken page.
 */
import {
  adminIntegrationSchema,
  adminSessionSchema,
  auditLogSchema,
  csrfHeader,
  disconnectedSchema,
  embeddingSchema,
  integrationListSchema,
  ownerAttemptSchema,
  type AdminIntegration,
  type AdminSession,
  type Embedding,
  type ProfileInput,
  type SettingsInput,
} from '@slotchat/integrations/admin-api';
import {
  apiErrorBodySchema,
  attemptStatusSchema,
  type IntegrationId,
} from '@slotchat/integrations';
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';

/** A refused or failed request, with the proxy's code, its message and any per-field messages. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

function fieldsOf(details: unknown): Record<string, string> {
  if (!details || typeof details !== 'object' || !('fields' in details)) return {};
  const fields = (details as { fields: unknown }).fields;
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fields).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

export interface AdminClient {
  /** Set after sign-in or a session check; sent with every change. */
  csrfToken: string | null;
  session(): Promise<AdminSession | null>;
  signIn(secret: string): Promise<AdminSession>;
  signOut(): Promise<void>;
  integrations(): Promise<AdminIntegration[]>;
  saveProfile(id: IntegrationId, input: ProfileInput): Promise<AdminIntegration>;
  resetProfile(id: IntegrationId): Promise<AdminIntegration>;
  saveSettings(id: IntegrationId, input: SettingsInput): Promise<AdminIntegration>;
  setTemplateEnabled(
    id: IntegrationId,
    templateId: string,
    enabled: boolean,
  ): Promise<AdminIntegration>;
  startAuthorization(id: IntegrationId): Promise<z.infer<typeof ownerAttemptSchema>>;
  authorizationStatus(attemptId: string): Promise<z.infer<typeof attemptStatusSchema>>;
  disconnect(id: IntegrationId): Promise<z.infer<typeof disconnectedSchema>>;
  embedding(): Promise<Embedding>;
  saveOrigins(origins: string[]): Promise<Embedding>;
  audit(limit?: number): Promise<z.infer<typeof auditLogSchema>['entries']>;
}

export function createAdminClient(
  base = '/admin/api',
  fetchImpl: typeof fetch = fetch,
): AdminClient {
  const client: AdminClient = {
    csrfToken: null,

    async session() {
      const response = await fetchImpl(`${base}/session`, { credentials: 'same-origin' });
      if (response.status === 401) return null;
      const session = await parse(response, adminSessionSchema);
      client.csrfToken = session.csrfToken;
      return session;
    },
    async signIn(secret) {
      const session = await call('POST', '/session', adminSessionSchema, { secret });
      client.csrfToken = session.csrfToken;
      return session;
    },
    async signOut() {
      await call('DELETE', '/session', null);
      client.csrfToken = null;
    },
    async integrations() {
      return (await call('GET', '/integrations', integrationListSchema)).integrations;
    },
    saveProfile: (id, input) =>
      call('PUT', `/integrations/${id}/profile`, adminIntegrationSchema, input),
    resetProfile: (id) => call('DELETE', `/integrations/${id}/profile`, adminIntegrationSchema),
    saveSettings: (id, input) =>
      call('PUT', `/integrations/${id}/settings`, adminIntegrationSchema, input),
    setTemplateEnabled: (id, templateId, enabled) =>
      call(
        'PUT',
        `/integrations/${id}/templates/${encodeURIComponent(templateId)}`,
        adminIntegrationSchema,
        { enabled },
      ),
    startAuthorization: (id) =>
      call('POST', `/integrations/${id}/authorizations`, ownerAttemptSchema),
    authorizationStatus: (attemptId) =>
      call('GET', `/authorizations/${encodeURIComponent(attemptId)}`, attemptStatusSchema),
    disconnect: (id) => call('DELETE', `/integrations/${id}/connection`, disconnectedSchema),
    embedding: () => call('GET', '/embedding', embeddingSchema),
    saveOrigins: (origins) => call('PUT', '/embedding/origins', embeddingSchema, { origins }),
    async audit(limit = 100) {
      return (await call('GET', `/audit?limit=${limit}`, auditLogSchema)).entries;
    },
  };

  async function call<T>(
    method: string,
    path: string,
    schema: ZodMiniType<T> | null,
    body?: unknown,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && client.csrfToken) headers[csrfHeader] = client.csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new AdminApiError(0, 'network', 'The proxy did not answer. Check that it is running.');
    }
    if (schema === null) {
      if (!response.ok) await parse(response, null);
      return undefined as T;
    }
    return parse(response, schema);
  }

  return client;
}

async function parse<T>(response: Response, schema: ZodMiniType<T> | null): Promise<T> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = apiErrorBodySchema.safeParse(json);
    if (error.success) {
      throw new AdminApiError(
        response.status,
        error.data.error.code,
        error.data.error.message,
        fieldsOf(error.data.error.details),
      );
    }
    throw new AdminApiError(
      response.status,
      'unexpected',
      `The proxy answered ${response.status}.`,
    );
  }
  if (schema === null) return undefined as T;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new AdminApiError(
      response.status,
      'unexpected',
      'The proxy sent an answer this console does not understand.',
    );
  }
  return parsed.data;
}
