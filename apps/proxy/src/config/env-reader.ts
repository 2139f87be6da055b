import { z } from 'zod';

type Env = Record<string, string | undefined>;

/**
 * Reads variables one by one through zod schemas and collects every problem, so that a
 * start-up failure lists all bad variables at once, each by name.
 */
export class EnvReader {
  readonly problems: { variable: string; message: string }[] = [];

  constructor(private readonly env: Env) {}

  /** The raw value, with empty strings treated as unset (shell `FOO=` means "not set"). */
  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  read<T>(name: string, schema: z.ZodType<T>, fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.problems.push({ variable: name, message: describe(parsed.error, value) });
    return fallback;
  }

  fail(variable: string, message: string): void {
    this.problems.push({ variable, message });
  }
}

function describe(error: z.ZodError, value: string): string {
  const issue = error.issues[0];
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `${issue?.message ?? 'invalid value'} (got "${shown}")`;
}

export const httpUrl = z
  .string()
  .url('expected an absolute http(s) URL')
  .refine((value) => /^https?:\/\//.test(value), 'expected an http:// or https:// URL')
  .transform((value) => value.replace(/\/+$/, ''));

/** `scheme://host[:port]`, nothing else: origins are compared exactly. */
export const origin = z
  .string()
  .url('expected an origin like https://example.com')
  .refine((value) => {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '');
  }, 'expected an origin like https://example.com (no path, query or trailing segments)')
  .transform((value) => new URL(value).origin);

export const port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole number')
  .min(0, 'expected 0–65535')
  .max(65535, 'expected 0–65535');

export const positiveInt = z.coerce
  .number({ message: 'expected a number' })
  .int('expected a whole number')
  .positive('expected a positive number');

/** `true`/`1`/`yes` or `false`/`0`/`no`: what people write in .env files. */
export const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
