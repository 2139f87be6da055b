import fs from 'node:fs';
import { integrationIds } from '@slotchat/integrations';
import { z } from 'zod';

const profile = z.strictObject({
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  authorizationUrl: z.string().optional(),
  tokenUrl: z.string().optional(),
  refreshTokenUrl: z.string().optional(),
  revokeUrl: z.string().optional(),
  apiBaseUrl: z.string().optional(),
  scopes: z.array(z.string().min(1)).min(1).optional(),
  authMode: z.enum(['user', 'preauthorized']).optional(),
});

/** `CONFIG_FILE`: JSON with the same settings as the variables; a variable that is set wins. */
const configFile = z.strictObject({
  allowedOrigins: z.array(z.string()).min(1).optional(),
  integrations: z.partialRecord(z.enum(integrationIds), profile).optional(),
});

const variableSuffix: Record<keyof z.infer<typeof profile>, string> = {
  clientId: 'CLIENT_ID',
  clientSecret: 'CLIENT_SECRET',
  authorizationUrl: 'AUTHORIZATION_URL',
  tokenUrl: 'TOKEN_URL',
  refreshTokenUrl: 'REFRESH_TOKEN_URL',
  revokeUrl: 'REVOKE_URL',
  apiBaseUrl: 'API_BASE_URL',
  scopes: 'SCOPES',
  authMode: 'AUTH_MODE',
};

/**
 * Reads the config file into the variables it stands for (`integrations.calendly.clientId` →
 * `CALENDLY_CLIENT_ID`), so one validation path checks both. Throws with the failing field.
 */
export function readConfigFile(file: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = configFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const variables: Record<string, string> = {};
  if (parsed.data.allowedOrigins) variables.ALLOWED_ORIGINS = parsed.data.allowedOrigins.join(',');
  for (const [id, settings] of Object.entries(parsed.data.integrations ?? {})) {
    const prefix = id.toUpperCase().replace(/-/g, '_');
    for (const [key, value] of Object.entries(settings ?? {})) {
      const suffix = variableSuffix[key as keyof typeof variableSuffix];
      variables[`${prefix}_${suffix}`] = Array.isArray(value) ? value.join(' ') : String(value);
    }
  }
  return variables;
}
