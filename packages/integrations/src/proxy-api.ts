/**
 * The HTTP contract between the widget (browser, on the customer's origin) and the proxy.
 * Both sides import these schemas: the proxy to shape its answers, the widget to parse them.
 *
 * Every `/api/*` call except `POST /api/sessions` carries the widget's opaque session token as
 * `Authorization: Bearer <token>`. No cookies: the widget runs on a third-party origin.
 *
 * | method + path                              | body                      | answer                     |
 * |--------------------------------------------|---------------------------|----------------------------|
 * | POST /api/sessions                         | {}                        | 201 SessionCreated         |
 * | GET  /api/integrations                     |                           | 200 IntegrationsStatus     |
 * | POST /api/auth/attempts                    | AttemptRequest            | 201 AttemptCreated         |
 * | GET  /api/auth/attempts/:attemptId         |                           | 200 AttemptStatus          |
 * | DELETE /api/integrations/:id/connection    |                           | 200 DisconnectResult       |
 * | POST /api/operations/:operationId          | OperationCall             | 200 OperationResult        |
 * | GET  /auth/:integration/start?attempt=…    | (the popup navigates)     | 302 to the provider        |
 * | GET  /auth/:integration/callback           | (the provider redirects)  | HTML: postMessage + close  |
 * | GET  /healthz                              |                           | 200 {status: "ok"}         |
 *
 * Any failure: the status that fits and an `ApiErrorBody`.
 */
import { z } from 'zod/mini';
import { integrationIds } from './operation';

export const sessionHeader = 'authorization';

export const integrationIdSchema = z.enum(integrationIds);

export const sessionCreatedSchema = z.object({
  sessionToken: z.string().check(z.minLength(20)),
  expiresAt: z.string(),
});
export type SessionCreated = z.infer<typeof sessionCreatedSchema>;

export const integrationStatusSchema = z.object({
  id: integrationIdSchema,
  name: z.string(),
  mode: z.enum(['user', 'preauthorized']),
  connected: z.boolean(),
  /** Whose account answers: the visitor's own, or the site owner's (pre-authorized). */
  connectedBy: z.nullable(z.enum(['visitor', 'owner'])),
  /** The connected account's email or name, when known. */
  account: z.nullable(z.string()),
  /** True when the integration talks to the local sandbox instead of the real provider. */
  sandbox: z.boolean(),
  /** False when the site owner switched it off in the admin console (absent: on). */
  enabled: z.optional(z.boolean()),
});
export type IntegrationStatus = z.infer<typeof integrationStatusSchema>;

export const integrationsStatusSchema = z.object({
  integrations: z.array(integrationStatusSchema),
  /**
   * The templates this site offers (the admin console's choice): the widget hands them to the
   * engine, which declines the others. Absent from an older proxy: every template.
   */
  enabledTemplates: z.optional(z.array(z.string())),
});

export type IntegrationsStatus = z.infer<typeof integrationsStatusSchema>;

export const attemptRequestSchema = z.object({ integration: integrationIdSchema });

export const attemptCreatedSchema = z.object({
  attemptId: z.string().check(z.minLength(16)),
  /** Where the popup goes: the proxy's start page, which redirects to the provider. */
  authorizeUrl: z.url(),
  expiresAt: z.string(),
});
export type AttemptCreated = z.infer<typeof attemptCreatedSchema>;

/**
 * What became of an authorization attempt. `missing-scopes`: the visitor unticked permissions
 * the templates need (Google lets them); `expired`: nobody finished within the attempt's lifetime.
 */
export const attemptStatuses = [
  'pending',
  'connected',
  'denied',
  'expired',
  'missing-scopes',
  'failed',
] as const;
export type AttemptStatusValue = (typeof attemptStatuses)[number];

export const attemptStatusSchema = z.object({
  attemptId: z.string(),
  integration: integrationIdSchema,
  status: z.enum(attemptStatuses),
  message: z.optional(z.string()),
});
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

/** What the callback page posts to the embedding origin (never `*`). */
export const authResultMessageSchema = z.object({
  type: z.literal('slotchat:auth-result'),
  attemptId: z.string(),
  integration: integrationIdSchema,
  status: z.enum(attemptStatuses),
});
export type AuthResultMessage = z.infer<typeof authResultMessageSchema>;

/**
 * The answer to a disconnect. The connection is always gone here; `revoked` says whether the
 * provider confirmed it (false: it could not be reached or refused, so the grant may still be
 * live there and the visitor should remove the app in their account settings).
 */
export const disconnectResultSchema = z.object({
  integration: integrationIdSchema,
  /** False when there was no connection to remove (nothing was sent to the provider). */
  wasConnected: z.boolean(),
  revoked: z.boolean(),
});
export type DisconnectResult = z.infer<typeof disconnectResultSchema>;

export const operationCallSchema = z.object({ params: z.unknown() });

export const operationResultSchema = z.object({ data: z.unknown() });

/**
 * Stable error codes. The widget turns each into a sentence that says what happened and what
 * the visitor can do; `authorization_required` makes the dialog show the auth card and retry.
 * `integration_misconfigured`: the provider refused the proxy's own client credentials
 * (`invalid_client` …); the connection is kept, nothing the visitor does helps, the site owner
 * has to fix the configuration.
 *
 * `details.outcomeUnknown: true` (with `retryable: false`) on `upstream_timeout` or
 * `upstream_unavailable` from a call that is not idempotent (a Calendly booking): the request
 * may have been carried out. Check before offering to try again.
 */
export const apiErrorCodes = [
  'bad_request',
  'invalid_params',
  'unknown_operation',
  'session_required',
  'origin_not_allowed',
  /** The admin console's cookie is missing or expired, or the secret was wrong: sign in. */
  'admin_required',
  /** A console change without the session's CSRF token (or from another site). */
  'csrf_failed',
  /** The site owner switched this integration or template off. */
  'integration_disabled',
  'authorization_required',
  'insufficient_scopes',
  'not_found',
  'conflict',
  'rate_limited',
  'provider_error',
  'upstream_unavailable',
  'upstream_timeout',
  'integration_misconfigured',
  'payload_too_large',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    retryable: z.boolean(),
    integration: z.optional(integrationIdSchema),
    /** The provider's own error body or the failing fields, for support and for the dialog. */
    details: z.optional(z.unknown()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
