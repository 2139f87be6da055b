import type { IntegrationDefinition } from '@slotchat/integrations';
import { z } from 'zod';
import type { ProfileField, IntegrationProfile } from './config-types';
import { httpUrl, type EnvReader } from './env-reader';

/** `google-calendar` → `GOOGLE_CALENDAR`, the prefix of its variables. */
export function envPrefix(definition: IntegrationDefinition): string {
  return definition.id.toUpperCase().replace(/-/g, '_');
}

const scopeList = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .refine((scopes) => scopes.length > 0, 'expected at least one scope');

const authMode = z.enum(['user', 'preauthorized'], {
  message: 'expected "user" or "preauthorized"',
});

/**
 * The authorization profile of one integration: the real provider's endpoints by default, the
 * sandbox's when no client id is set; any endpoint variable set explicitly wins in both cases.
 */
export function readIntegrationProfile(
  reader: EnvReader,
  definition: IntegrationDefinition,
  context: { publicUrl: string; sandboxUrl: string },
): IntegrationProfile {
  const prefix = envPrefix(definition);
  const clientId = reader.raw(`${prefix}_CLIENT_ID`);
  const sandbox = clientId === undefined;
  const clientSecret = reader.raw(`${prefix}_CLIENT_SECRET`);
  if (!sandbox && clientSecret === undefined) {
    reader.fail(`${prefix}_CLIENT_SECRET`, `required when ${prefix}_CLIENT_ID is set`);
  }
  const endpoints = sandbox
    ? definition.sandboxEndpoints(context.sandboxUrl)
    : {
        authorizationUrl: definition.defaults.authorizationUrl,
        tokenUrl: definition.defaults.tokenUrl,
        refreshTokenUrl: definition.defaults.refreshTokenUrl,
        revokeUrl: definition.defaults.revokeUrl,
        apiBaseUrl: definition.defaults.apiBaseUrl,
      };
  const url = (suffix: string, fallback: string) =>
    reader.read(`${prefix}_${suffix}`, httpUrl, fallback);

  const fieldVariables: Record<ProfileField, string> = {
    clientId: `${prefix}_CLIENT_ID`,
    clientSecret: `${prefix}_CLIENT_SECRET`,
    authorizationUrl: `${prefix}_AUTHORIZATION_URL`,
    tokenUrl: `${prefix}_TOKEN_URL`,
    refreshTokenUrl: `${prefix}_REFRESH_TOKEN_URL`,
    scopes: `${prefix}_SCOPES`,
    mode: `${prefix}_AUTH_MODE`,
    revokeUrl: `${prefix}_REVOKE_URL`,
    apiBaseUrl: `${prefix}_API_BASE_URL`,
  };
  const lockedBy = Object.fromEntries(
    Object.entries(fieldVariables).filter(([, variable]) => reader.raw(variable) !== undefined),
  ) as Partial<Record<ProfileField, string>>;

  return {
    id: definition.id,
    name: definition.name,
    mode: reader.read(`${prefix}_AUTH_MODE`, authMode, 'user'),
    sandbox,
    clientId: clientId ?? definition.sandboxClient.clientId,
    clientSecret: clientSecret ?? definition.sandboxClient.clientSecret,
    authorizationUrl: url('AUTHORIZATION_URL', endpoints.authorizationUrl),
    tokenUrl: url('TOKEN_URL', endpoints.tokenUrl),
    refreshTokenUrl: url('REFRESH_TOKEN_URL', endpoints.refreshTokenUrl),
    revokeUrl: url('REVOKE_URL', endpoints.revokeUrl),
    apiBaseUrl: url('API_BASE_URL', endpoints.apiBaseUrl),
    scopes: reader.read(`${prefix}_SCOPES`, scopeList, [...definition.defaults.scopes]),
    authorizationParams: { ...definition.defaults.authorizationParams },
    tokenEndpointAuth: definition.defaults.tokenEndpointAuth,
    redirectUri: `${context.publicUrl}/auth/${definition.id}/callback`,
    lockedBy,
  };
}
