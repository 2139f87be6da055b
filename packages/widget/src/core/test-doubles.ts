/**
 * Test doubles for the chat core's edges (transport, popup, window messages). Shared by the
 * core and React tests; unexpected transport calls fail the test.
 */
import type { AttemptStatusValue, IntegrationStatus } from '@slotchat/integrations';
import type { IncomingMessage, MessageSource, PopupHandle } from './popup-authorization';
import type { ChatTransport } from './transport';

export function fakeMessages() {
  const listeners = new Set<(message: IncomingMessage) => void>();
  const source: MessageSource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    post(message: IncomingMessage) {
      for (const listener of [...listeners]) listener(message);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}

export function fakePopup() {
  const popup = {
    urls: [] as string[],
    closed: false,
    navigate(url: string) {
      popup.urls.push(url);
    },
    close() {
      popup.closed = true;
    },
  };
  return popup satisfies PopupHandle;
}

export interface FakeProxyOptions {
  integrations?: IntegrationStatus[];
  /** What the site owner enabled (absent: every template). */
  enabledTemplates?: string[];
  operations?: Record<string, (params: unknown) => unknown>;
}

export const googleStatus = (connected: boolean): IntegrationStatus => ({
  id: 'google-calendar',
  name: 'Google Calendar',
  mode: 'user',
  connected,
  connectedBy: connected ? 'visitor' : null,
  account: null,
  sandbox: true,
});

/** An in-memory proxy behind the transport port, with attempts the test resolves by hand. */
export function fakeTransport(options: FakeProxyOptions = {}) {
  let integrations = options.integrations ?? [googleStatus(false)];
  const attempts = new Map<string, AttemptStatusValue>();
  const calls: { operation: string; params: unknown }[] = [];
  let counter = 0;
  const transport: ChatTransport = {
    async listIntegrations() {
      return {
        integrations,
        ...(options.enabledTemplates ? { enabledTemplates: options.enabledTemplates } : {}),
      };
    },
    async createAttempt(integration) {
      counter += 1;
      const attemptId = `attempt-${counter}-0123456789abcdef`;
      attempts.set(attemptId, 'pending');
      return {
        attemptId,
        authorizeUrl: `http://proxy.test/auth/${integration}/start?attempt=${attemptId}`,
        expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      };
    },
    async getAttempt(attemptId) {
      const status = attempts.get(attemptId);
      if (!status) throw new Error(`unknown attempt ${attemptId}`);
      return { attemptId, integration: 'google-calendar', status };
    },
    async callOperation(operation, params) {
      calls.push({ operation, params });
      const handler = options.operations?.[operation];
      if (!handler) throw new Error(`unexpected operation ${operation}`);
      return handler(params);
    },
    async disconnect() {
      integrations = integrations.map((status) => ({ ...status, connected: false }));
    },
  };
  return {
    transport,
    calls,
    attempts,
    finish(attemptId: string, status: AttemptStatusValue) {
      attempts.set(attemptId, status);
      if (status === 'connected') {
        integrations = integrations.map((entry) => ({
          ...entry,
          connected: true,
          connectedBy: 'visitor',
        }));
      }
    },
  };
}
