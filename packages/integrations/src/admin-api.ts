/**
 * The HTTP contract between the admin console (a first-party page on the proxy's own origin) and
 * the proxy. Both sides import these schemas: the proxy to shape its answers and check requests,
 * the console to parse answers.
 *
 * The console signs in with the admin secret and then holds an HttpOnly, SameSite=Strict cookie.
 * Every change also carries the CSRF token the sign-in answered, as `X-CSRF-Token`.
 *
 * | method + path                                         | body              | answer              |
 * |-------------------------------------------------------|-------------------|---------------------|
 * | POST   /admin/api/session                             | SignInRequest     | 200 AdminSession    |
 * | GET    /admin/api/session                             |                   | 200 AdminSession    |
 * | DELETE /admin/api/session                             |                   | 204                 |
 * | GET    /admin/api/integrations                        |                   | 200 IntegrationList |
 * | PUT    /admin/api/integrations/:id/profile            | ProfileInput      | 200 AdminIntegration|
 * | DELETE /admin/api/integrations/:id/profile            |                   | 200 AdminIntegration|
 * | PUT    /admin/api/integrations/:id/settings           | SettingsInput     | 200 AdminIntegration|
 * | PUT    /admin/api/integrations/:id/templates/:tid     | TemplateInput     | 200 AdminIntegration|
 * | POST   /admin/api/integrations/:id/authorizations     |                   | 201 OwnerAttempt    |
 * | GET    /admin/api/authorizations/:attemptId           |                   | 200 AttemptStatus   |
 * | DELETE /admin/api/integrations/:id/connection         |                   | 200 Disconnected    |
 * | GET    /admin/api/embedding                           |                   | 200 Embedding       |
 * | PUT    /admin/api/embedding/origins                   | OriginsInput      | 200 Embedding       |
 * | GET    /admin/api/audit?limit=N                       |                   | 200 AuditLog        |
 *
 * Any failure: the status that fits and an `ApiErrorBody`; a form that does not validate answers
 * 400 `invalid_params` with `details.fields` naming each bad field.
 */
import { z } from 'zod';
import { integrationIdSchema } from './proxy-api';

export * from './admin-profile-validation';

export const csrfHeader = 'x-csrf-token';

export const signInRequestSchema = z.object({ secret: z.string().min(1).max(1024) });

export const adminSessionSchema = z.object({
  csrfToken: z.string().min(20),
  expiresAt: z.string(),
});
export type AdminSession = z.infer<typeof adminSessionSchema>;

/** Where a profile value comes from: an environment variable (locked in the console) or not. */
const lockSchema = z.string().nullable();

const urlFieldSchema = z.object({
  value: z.string(),
  /** The provider's own URL, for "reset to default". */
  default: z.string(),
  lockedBy: lockSchema,
});

export const adminProfileSchema = z.object({
  /** Always OAuth 2.0 authorization code with PKCE: the only kind both providers offer. */
  type: z.literal('oauth2'),
  clientId: z.object({ value: z.string(), lockedBy: lockSchema }),
  /** Write-only: the console only ever learns whether one is set. */
  clientSecret: z.object({ set: z.boolean(), lockedBy: lockSchema }),
  authorizationUrl: urlFieldSchema,
  tokenUrl: urlFieldSchema,
  refreshTokenUrl: urlFieldSchema,
  scopes: z.object({
    value: z.array(z.string()),
    default: z.array(z.string()),
    known: z.array(z.string()),
    lockedBy: lockSchema,
  }),
  /** Where this proxy's callback lives: the URI to register at the provider. */
  redirectUri: z.string(),
});
export type AdminProfile = z.infer<typeof adminProfileSchema>;

export const adminTemplateSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  enabled: z.boolean(),
});

export const adminIntegrationSchema = z.object({
  id: integrationIdSchema,
  name: z.string(),
  enabled: z.boolean(),
  mode: z.enum(['user', 'preauthorized']),
  modeLockedBy: lockSchema,
  /** `sandbox` when no client id is set: the local emulator answers instead of the provider. */
  provider: z.enum(['sandbox', 'real']),
  profile: adminProfileSchema,
  /** The site owner's connected account (pre-authorized mode), if any. */
  connection: z.object({ account: z.string().nullable(), connectedAt: z.string() }).nullable(),
  templates: z.array(adminTemplateSchema),
});
export type AdminIntegration = z.infer<typeof adminIntegrationSchema>;

export const integrationListSchema = z.object({ integrations: z.array(adminIntegrationSchema) });

/**
 * A profile as the owner saves it. `clientSecret` omitted keeps the stored one; an empty
 * `clientId` means "use the sandbox". Fields locked by the environment are ignored.
 */
export const profileInputSchema = z.object({
  clientId: z.string().max(512),
  clientSecret: z.string().max(1024).optional(),
  authorizationUrl: z.string().max(2048),
  tokenUrl: z.string().max(2048),
  refreshTokenUrl: z.string().max(2048),
  scopes: z.array(z.string().max(256)).max(50),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const settingsInputSchema = z
  .object({
    enabled: z.boolean().optional(),
    mode: z.enum(['user', 'preauthorized']).optional(),
  })
  .refine((value) => value.enabled !== undefined || value.mode !== undefined, {
    message: 'expected enabled or mode',
  });
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const templateInputSchema = z.object({ enabled: z.boolean() });

export const ownerAttemptSchema = z.object({
  attemptId: z.string().min(16),
  /** Opened in a popup: the proxy's start page, which redirects to the provider. */
  authorizeUrl: z.string().url(),
  expiresAt: z.string(),
});
export type OwnerAttempt = z.infer<typeof ownerAttemptSchema>;

export const disconnectedSchema = z.object({
  /** False when the provider could not be told; the grant is gone here either way. */
  revoked: z.boolean(),
});

export const embeddingSchema = z.object({
  proxyUrl: z.string(),
  origins: z.object({
    value: z.array(z.string()),
    /** `ALLOWED_ORIGINS` when the environment sets them (then the list is read-only here). */
    lockedBy: lockSchema,
  }),
  /** The proxy's own origin: always allowed, for the demo and the preview page. */
  ownOrigin: z.string(),
  scriptSnippet: z.string(),
  reactSnippet: z.string(),
  previewUrl: z.string(),
});
export type Embedding = z.infer<typeof embeddingSchema>;

export const originsInputSchema = z.object({ origins: z.array(z.string().max(512)).max(100) });

export const auditEntrySchema = z.object({
  at: z.string(),
  /** `console` (with the admin session's short id), `cli`, or `system`. */
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  /** What changed, never a secret: field names, on/off, modes, origins. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditLogSchema = z.object({ entries: z.array(auditEntrySchema) });
