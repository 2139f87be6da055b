/**
 * The few calls of the proxy's HTTP API the benchmarks need, as the widget makes them: a session
 * for an embedding origin, the popup's journey through the sandbox's consent page, and
 * operations. Answers are parsed with the contract's own schemas.
 */
import {
  apiErrorBodySchema,
  attemptCreatedSchema,
  operationResultSchema,
  sessionCreatedSchema,
} from '@slotchat/integrations';
import { completeConsent } from '@slotchat/integrations/consent';

export type Outcome =
  | { ok: true; data: unknown }
  | { ok: false; status: number; error: { code: string; message: string; retryable: boolean } };

export interface ProxySession {
  token: string;
  origin: string;
  headers: Record<string, string>;
  call(operation: string, params: unknown): Promise<Outcome>;
  connect(integration: 'google-calendar' | 'calendly'): Promise<void>;
  disconnect(integration: 'google-calendar' | 'calendly'): Promise<void>;
}

export async function openSession(proxyUrl: string, origin: string): Promise<ProxySession> {
  const created = await fetch(`${proxyUrl}/api/sessions`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: '{}',
  });
  if (created.status !== 201) throw new Error(`POST /api/sessions: ${created.status}`);
  const { sessionToken: token } = sessionCreatedSchema.parse(await created.json());
  const headers = { authorization: `Bearer ${token}`, origin, 'content-type': 'application/json' };
  return {
    token,
    origin,
    headers,
    async call(operation, params) {
      const response = await fetch(`${proxyUrl}/api/operations/${operation}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ params }),
      });
      const body: unknown = await response.json();
      if (response.ok) return { ok: true, data: operationResultSchema.parse(body).data };
      const { code, message, retryable } = apiErrorBodySchema.parse(body).error;
      return { ok: false, status: response.status, error: { code, message, retryable } };
    },
    async connect(integration) {
      const attempt = await fetch(`${proxyUrl}/api/auth/attempts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ integration }),
      });
      if (attempt.status !== 201) throw new Error(`POST /api/auth/attempts: ${attempt.status}`);
      const { authorizeUrl } = attemptCreatedSchema.parse(await attempt.json());
      // The popup's journey: our start URL, the sandbox's consent page where the visitor presses
      // Allow, and our callback — the same walk the sandbox transcripts take.
      await completeConsent(authorizeUrl, 'Allow');
    },
    async disconnect(integration) {
      const response = await fetch(`${proxyUrl}/api/integrations/${integration}/connection`, {
        method: 'DELETE',
        headers,
      });
      if (!response.ok) throw new Error(`disconnect: ${response.status}`);
      await response.text();
    },
  };
}
