/**
 * The chat core's transport port: everything the widget asks of the proxy. The store depends on
 * this interface only, so tests can hand it a fake and the HTTP details live in one adapter.
 */
import type {
  AttemptCreated,
  AttemptStatus,
  IntegrationId,
  IntegrationsStatus,
} from '@slotchat/integrations';

export interface ChatTransport {
  /**
   * The integrations the proxy offers, whether each can be called right now, and the templates
   * the site owner enabled (absent: all).
   */
  listIntegrations(): Promise<IntegrationsStatus>;
  /** Starts a one-time authorization attempt; the popup is sent to `authorizeUrl`. */
  createAttempt(integration: IntegrationId): Promise<AttemptCreated>;
  /** What became of an attempt (`pending` until the visitor finishes in the popup). */
  getAttempt(attemptId: string): Promise<AttemptStatus>;
  /** Calls an allow-listed operation; resolves with the provider's data or throws `TransportError`. */
  callOperation(operationId: string, params: unknown): Promise<unknown>;
  /** Forgets the visitor's own connection to an integration. */
  disconnect(integration: IntegrationId): Promise<void>;
}

/** Codes the transport adds to the proxy's own (`ApiErrorCode`). */
export type TransportOnlyCode = 'network_error' | 'bad_response';

/**
 * A failed call to the proxy: the proxy's stable error code (or `network_error` when it could not
 * be reached, `bad_response` when its answer did not match the contract), a human message, and
 * whether trying again may help.
 */
export class TransportError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly details: unknown;
  readonly integration: string | undefined;

  constructor(options: {
    code: string;
    message: string;
    retryable: boolean;
    status?: number;
    details?: unknown;
    integration?: string;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'TransportError';
    this.code = options.code;
    this.retryable = options.retryable;
    this.status = options.status;
    this.details = options.details;
    this.integration = options.integration;
  }
}
