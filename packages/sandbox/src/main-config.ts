import { z } from 'zod';
import { defaultClients, type SandboxClientRegistration } from './sandbox-options';
import { sandboxOptionsFromEnv, type SandboxEnvOptions } from './sandbox-env';

export interface MainConfig {
  port: number;
  host: string;
  clients: SandboxClientRegistration[];
  /** Seed, fault rules and clock from SANDBOX_SEED, SANDBOX_FAULTS and SANDBOX_NOW. */
  sandbox: SandboxEnvOptions;
}

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  SANDBOX_REDIRECT_URIS: z
    .string()
    .optional()
    .transform(
      (value) =>
        value
          ?.split(',')
          .map((uri) => uri.trim())
          .filter(Boolean) ?? [],
    )
    .pipe(z.array(z.string().url('each redirect URI must be an absolute URL'))),
});

/**
 * Reads the standalone sandbox's configuration. SANDBOX_REDIRECT_URIS (comma-separated) adds
 * redirect URIs to both sandbox clients, next to the default `http://localhost:3000/auth/…` ones.
 * Throws an error naming the bad variable.
 */
export function loadMainConfig(
  env: Record<string, string | undefined>,
  realClock: () => number = Date.now,
): MainConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid ${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'bad value'}`,
    );
  }
  const { SANDBOX_PORT, SANDBOX_HOST, SANDBOX_REDIRECT_URIS } = parsed.data;
  return {
    port: SANDBOX_PORT,
    host: SANDBOX_HOST,
    sandbox: sandboxOptionsFromEnv(env, realClock),
    clients: defaultClients().map((client) => ({
      ...client,
      redirectUris: [...new Set([...client.redirectUris, ...SANDBOX_REDIRECT_URIS])],
    })),
  };
}
