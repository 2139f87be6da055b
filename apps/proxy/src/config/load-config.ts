import path from 'node:path';
import { integrations, type IntegrationId } from '@slotchat/integrations';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { readConfigFile } from './config-file';
import type { IntegrationProfile, ProxyConfig } from './config-types';
import { booleanFlag, EnvReader, httpUrl, origin, port, positiveInt } from './env-reader';
import { readIntegrationProfile } from './integration-profile';

const encryptionKey = z
  .string()
  .refine(
    (value) => decodeKey(value)?.length === 32,
    'expected 32 random bytes, base64 or hex encoded (e.g. `openssl rand -base64 32`)',
  );

/** Accepts a 32-byte key as 64 hex digits or base64/base64url. */
export function decodeKey(value: string): Buffer | undefined {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return Buffer.from(value, 'base64url');
  return undefined;
}

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  message: 'expected one of fatal, error, warn, info, debug, trace, silent',
});

/**
 * Reads the proxy's configuration from environment variables once, at start-up (plus the JSON
 * file named by CONFIG_FILE, if any; variables win).
 * Throws a {@link ConfigError} naming every bad variable; the result is deeply frozen.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(variables: Record<string, string | undefined>): ProxyConfig {
  const configFile = variables.CONFIG_FILE?.trim();
  let fromFile: Record<string, string> = {};
  if (configFile) {
    try {
      fromFile = readConfigFile(configFile);
    } catch (error) {
      throw new ConfigError([{ variable: 'CONFIG_FILE', message: (error as Error).message }]);
    }
  }
  // A variable that is set (non-empty) wins over the file.
  const env = {
    ...fromFile,
    ...Object.fromEntries(Object.entries(variables).filter(([, value]) => value?.trim())),
  };
  const reader = new EnvReader(env);
  const listenPort = reader.read('PORT', port, 3000);
  const publicUrl = reader.read('PUBLIC_URL', httpUrl, `http://localhost:${listenPort}`);
  const publicOrigin = new URL(publicUrl).origin;
  const allowedOrigins = reader.read(
    'ALLOWED_ORIGINS',
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
      .pipe(z.array(origin).min(1, 'expected at least one origin'))
      .nullable(),
    null,
  );
  const sandboxUrl = reader.read('SANDBOX_URL', httpUrl, 'http://localhost:3001');
  const directory = z.string().transform((value) => path.resolve(value));

  const profiles = {} as Record<IntegrationId, IntegrationProfile>;
  for (const definition of Object.values(integrations)) {
    profiles[definition.id] = readIntegrationProfile(reader, definition, { publicUrl, sandboxUrl });
  }

  const tokenEncryptionKey = reader.read('TOKEN_ENCRYPTION_KEY', encryptionKey, null);
  const real = Object.values(profiles).filter((profile) => !profile.sandbox);
  if (tokenEncryptionKey === null && real.length > 0 && !reader.raw('TOKEN_ENCRYPTION_KEY')) {
    reader.fail(
      'TOKEN_ENCRYPTION_KEY',
      `required when a real provider is configured (${real.map((p) => p.id).join(', ')}); ` +
        'generate one with `openssl rand -base64 32`',
    );
  }

  const config: ProxyConfig = {
    port: listenPort,
    publicUrl,
    publicOrigin,
    allowedOrigins,
    dataDir: reader.read('DATA_DIR', directory, path.resolve('.data')),
    sandboxUrl,
    widgetDir: reader.read('WIDGET_DIR', directory.nullable(), null),
    publicDir: reader.read('PUBLIC_DIR', directory.nullable(), null),
    adminDir: reader.read('ADMIN_DIR', directory.nullable(), null),
    demoControls: reader.read('DEMO_CONTROLS', booleanFlag, false),
    tokenEncryptionKey,
    adminSecret: reader.read(
      'ADMIN_SECRET',
      z.string().min(16, 'expected at least 16 characters').nullable(),
      null,
    ),
    logLevel: reader.read('LOG_LEVEL', logLevel, 'info'),
    trustProxy: reader.read('TRUST_PROXY', z.coerce.number().int().min(0).max(10), 0),
    upstreamTimeoutMs: reader.read('UPSTREAM_TIMEOUT_MS', positiveInt, 10_000),
    storeCacheMs: reader.read(
      'STORE_CACHE_MS',
      z.coerce.number({ message: 'expected a number' }).int().min(0).max(60_000),
      1000,
    ),
    operationTimeoutMs: reader.read('OPERATION_TIMEOUT_MS', positiveInt, 25_000),
    rateLimits: {
      perIpPerMinute: reader.read('RATE_LIMIT_IP_PER_MINUTE', positiveInt, 600),
      perSessionPerMinute: reader.read('RATE_LIMIT_SESSION_PER_MINUTE', positiveInt, 240),
      sessionsPerIpPerMinute: reader.read('RATE_LIMIT_SESSIONS_PER_IP_PER_MINUTE', positiveInt, 30),
    },
    integrations: profiles,
  };
  if (reader.problems.length > 0) throw new ConfigError(reader.problems);
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
