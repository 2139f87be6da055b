/**
 * The popup sign-in of one chat instance: open the popup inside the visitor's click, ask the proxy
 * for an attempt, wait for its outcome (postMessage or polling), then tell the engine so the
 * dialog resumes. Attempts survive a reload: their ids are in the persisted auth state.
 */
import type { AuthorizationOutcome, DialogEvent } from '@slotchat/dialog';
import type { AuthCardState, AuthCardStatus } from './chat-types';
import type { MessageSource, OpenPopup, PopupHandle } from './popup-authorization';
import { waitForAuthorization } from './popup-authorization';
import { isIntegrationId } from './store-support';
import type { ChatTransport } from './transport';

export interface AuthorizationFlowDeps {
  transport: ChatTransport;
  /** The proxy's origin: the only origin whose auth-result messages are believed. */
  proxyOrigin: string;
  openPopup: OpenPopup;
  messages: MessageSource;
  now: () => number;
  pollIntervalMs: number;
  auth(): Record<string, AuthCardState>;
  setAuth(integration: string, auth: AuthCardState): void;
  /** Writes the outcome on the message that asked for this sign-in. */
  recordOutcome(integration: string, outcome: AuthCardStatus): void;
  markConnected(integration: string, connected: boolean): void;
  refreshIntegrations(): Promise<void>;
  dispatch(event: DialogEvent): void;
  persist(): void;
}

export interface AuthorizationFlow {
  /** Opens the popup; call it synchronously from the click that asked for it. */
  connect(integration: string): void;
  /** Picks up attempts that were under way before a reload (or in another tab). */
  resumePending(): void;
  /** Stops waiting for attempts that another tab has finished. */
  settle(auth: Record<string, AuthCardState>): void;
  stopAll(): void;
}

const inFlight = (auth: AuthCardState | undefined) =>
  auth?.status === 'waiting' || auth?.status === 'blocked';

export function createAuthorizationFlow(deps: AuthorizationFlowDeps): AuthorizationFlow {
  const waits = new Map<string, AbortController>();

  async function finish(integration: string, outcome: AuthorizationOutcome) {
    // The engine must see the integration as connected when it resumes the dialog.
    if (outcome === 'connected') {
      await deps.refreshIntegrations();
      deps.markConnected(integration, true);
    }
    deps.setAuth(integration, { status: outcome });
    deps.recordOutcome(integration, outcome);
    deps.dispatch({ type: 'authorization-result', integration, outcome });
  }

  async function await_(
    integration: string,
    attempt: { attemptId: string; expiresAt: string },
    popup: PopupHandle | null,
  ) {
    waits.get(integration)?.abort();
    const controller = new AbortController();
    waits.set(integration, controller);
    const outcome = await waitForAuthorization({
      attemptId: attempt.attemptId,
      expiresAt: attempt.expiresAt,
      transport: deps.transport,
      proxyOrigin: deps.proxyOrigin,
      messages: deps.messages,
      popup,
      now: deps.now,
      pollIntervalMs: deps.pollIntervalMs,
      signal: controller.signal,
    });
    if (waits.get(integration) === controller) waits.delete(integration);
    if (outcome === null) return;
    await finish(integration, outcome);
  }

  function stopAll() {
    for (const controller of waits.values()) controller.abort();
    waits.clear();
  }

  return {
    connect(integration) {
      // Synchronously, before anything awaits: browsers only allow popups inside the click.
      const popup = deps.openPopup();
      deps.setAuth(integration, { status: popup ? 'waiting' : 'blocked' });
      deps.persist();
      if (!isIntegrationId(integration)) {
        popup?.close();
        void finish(integration, 'failed');
        return;
      }
      void (async () => {
        let attempt;
        try {
          attempt = await deps.transport.createAttempt(integration);
        } catch {
          popup?.close();
          await finish(integration, 'failed');
          return;
        }
        deps.setAuth(integration, {
          status: popup ? 'waiting' : 'blocked',
          attemptId: attempt.attemptId,
          authorizeUrl: attempt.authorizeUrl,
          expiresAt: attempt.expiresAt,
        });
        deps.persist();
        popup?.navigate(attempt.authorizeUrl);
        await await_(integration, attempt, popup);
      })();
    },

    resumePending() {
      for (const [integration, auth] of Object.entries(deps.auth())) {
        if (inFlight(auth) && auth.attemptId && auth.expiresAt && !waits.has(integration)) {
          void await_(integration, { attemptId: auth.attemptId, expiresAt: auth.expiresAt }, null);
        }
      }
    },

    settle(auth) {
      for (const [integration, controller] of waits) {
        if (!inFlight(auth[integration])) {
          controller.abort();
          waits.delete(integration);
        }
      }
    },

    stopAll,
  };
}
