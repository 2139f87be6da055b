/** Answers a transcript's calls through the real proxy, authorizing on the sandbox's consent page. */
import type { AuthorizationOutcome } from '@slotchat/dialog';
import { completeConsent } from '../proxy-client/consent';
import type { ProxyClient } from '../proxy-client/proxy-client';
import type { TranscriptBackend } from './run-transcript';

export function sandboxBackend(
  client: ProxyClient,
  doFetch: typeof fetch = fetch,
): TranscriptBackend {
  return {
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
  };
}
