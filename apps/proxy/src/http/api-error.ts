import type { ApiErrorBody, ApiErrorCode, IntegrationId } from '@slotchat/integrations';

const defaultStatus: Record<ApiErrorCode, number> = {
  bad_request: 400,
  invalid_params: 400,
  unknown_operation: 404,
  session_required: 401,
  origin_not_allowed: 403,
  admin_required: 401,
  csrf_failed: 403,
  integration_disabled: 403,
  authorization_required: 401,
  insufficient_scopes: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  provider_error: 502,
  upstream_unavailable: 502,
  upstream_timeout: 504,
  integration_misconfigured: 502,
  payload_too_large: 413,
  internal_error: 500,
};

const retryableByDefault: ReadonlySet<ApiErrorCode> = new Set([
  'rate_limited',
  'upstream_unavailable',
  'upstream_timeout',
  'internal_error',
]);

export interface ApiErrorOptions {
  status?: number;
  retryable?: boolean;
  integration?: IntegrationId;
  details?: unknown;
  cause?: unknown;
}

/** The proxy's one error type: a stable `code` from proxy-api.ts, a status and a safe message. */
export class ApiError extends Error {
  readonly status: number;
  readonly retryable: boolean;
  readonly integration: IntegrationId | undefined;
  readonly details: unknown;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.status = options.status ?? defaultStatus[code];
    this.retryable = options.retryable ?? retryableByDefault.has(code);
    this.integration = options.integration;
    this.details = options.details;
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        retryable: this.retryable,
        ...(this.integration ? { integration: this.integration } : {}),
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
