import { z } from 'zod';
import { faultRuleInputSchema, type FaultRuleInput } from './faults/fault-rule';

/** The sandbox options a process can take from its environment (the standalone command, `npm start`). */
export interface SandboxEnvOptions {
  seed?: string;
  faults?: FaultRuleInput[];
  clock?: () => number;
}

const faultsVariable = z
  .string()
  .transform((text, context): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      context.addIssue({ code: 'custom', message: 'expects a JSON array of fault rules' });
      return z.NEVER;
    }
  })
  .pipe(z.array(faultRuleInputSchema, { error: 'expects a JSON array of fault rules' }));

const envSchema = z.object({
  SANDBOX_SEED: z.string().min(1).optional(),
  SANDBOX_FAULTS: faultsVariable.optional(),
  SANDBOX_NOW: z.iso
    .datetime({ offset: true, error: 'expects an RFC 3339 instant such as 2026-11-20T20:00:00Z' })
    .optional(),
});

/** `[0].operation` for an issue deep inside a variable's value; empty at its top. */
function where(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Reads SANDBOX_SEED, SANDBOX_FAULTS (a JSON array of fault rules, as `POST /__sandbox/faults`
 * takes them) and SANDBOX_NOW (the instant the sandbox's clock starts at; it then runs at real
 * speed, so tokens still expire and rate-limit minutes still pass). Throws an error naming the
 * variable.
 *
 * @example
 * createSandbox({ ...sandboxOptionsFromEnv(process.env), clients });
 */
export function sandboxOptionsFromEnv(
  env: Record<string, string | undefined>,
  realClock: () => number = Date.now,
): SandboxEnvOptions {
  // An empty variable (`SANDBOX_FAULTS=`) means unset, as shells and .env files use it.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [variable = 'environment', ...inner] = issue?.path ?? [];
    const detail = inner.length > 0 ? `${where(inner)}: ` : '';
    throw new Error(`Invalid ${String(variable)}: ${detail}${issue?.message ?? 'bad value'}`);
  }
  const { SANDBOX_SEED, SANDBOX_FAULTS, SANDBOX_NOW } = parsed.data;
  const options: SandboxEnvOptions = {};
  if (SANDBOX_SEED) options.seed = SANDBOX_SEED;
  if (SANDBOX_FAULTS) options.faults = SANDBOX_FAULTS;
  if (SANDBOX_NOW) {
    const offset = Date.parse(SANDBOX_NOW) - realClock();
    options.clock = () => realClock() + offset;
  }
  return options;
}
