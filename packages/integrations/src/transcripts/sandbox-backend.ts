/**
 * Answers a transcript's calls through the real proxy, authorizing on the sandbox's consent page,
 * and changes the sandbox (fault switches, revoked grants) through its admin API when the
 * transcript asks.
 */
import type { AuthorizationOutcome } from '@slotchat/dialog';
import { completeConsent } from '../proxy-client/consent';
import type { ProxyClient } from '../proxy-client/proxy-client';
import type { TranscriptBackend } from './run-transcript';
import type { SandboxAction } from './transcript-schema';

export interface SandboxBackendOptions {
  client: ProxyClient;
  /** The sandbox's own base URL, for its admin API; without it, transcripts with faults fail. */
  sandboxUrl?: string | undefined;
  /** The sandbox's clock, so the dialog and the sandbox agree on "now". */
  now?: () => number;
  fetch?: typeof fetch;
}

export function sandboxBackend(options: SandboxBackendOptions): TranscriptBackend & {
  /** Removes every fault rule (after a transcript). */
  clearFaults(): Promise<void>;
} {
  const { client } = options;
  const doFetch = options.fetch ?? fetch;

  async function admin(method: string, path: string, body?: unknown): Promise<void> {
    if (!options.sandboxUrl)
      throw new Error(
        'this transcript changes the sandbox: pass --sandbox-url (or --with-sandbox)',
      );
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.headers = { 'content-type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    const response = await doFetch(`${options.sandboxUrl}/__sandbox${path}`, init);
    if (!response.ok) {
      throw new Error(
        `sandbox ${method} ${path} answered ${response.status}: ${await response.text()}`,
      );
    }
  }

  const backend: TranscriptBackend & { clearFaults(): Promise<void> } = {
    answer: (call) => client.call(call.operation, call.params),
    async authorize(integration, wanted): Promise<AuthorizationOutcome> {
      // Outcomes only a browser produces (a blocked or closed popup) are reported as they are.
      if (wanted !== 'connected' && wanted !== 'denied') return wanted;
      const attempt = await client.startAttempt(integration);
      await completeConsent(
        attempt.authorizeUrl,
        wanted === 'connected' ? 'Allow' : 'Deny',
        doFetch,
      );
      const status = await client.attemptStatus(attempt.attemptId);
      return status.status === 'pending' ? 'closed' : status.status;
    },
    async connected() {
      const list = await client.integrations();
      return Object.fromEntries(list.map((integration) => [integration.id, integration.connected]));
    },
    async sandbox(action: SandboxAction) {
      if (action.clearFaults) await admin('DELETE', '/faults');
      for (const rule of action.faults ?? []) await admin('POST', '/faults', rule);
      if (action.revoke) await admin('POST', '/grants/revoke', { provider: action.revoke });
    },
    async clearFaults() {
      if (options.sandboxUrl) await admin('DELETE', '/faults');
    },
  };
  if (options.now) backend.now = options.now;
  return backend;
}
