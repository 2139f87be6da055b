import { z } from 'zod';
import { calendlyErrors, type CalendlyErrorDetail } from '../calendly-error';

/**
 * Calendly's words for what zod would otherwise say ("Invalid option: expected one of …"). It is
 * passed per parse, so a message a schema sets itself still wins (zod's precedence).
 */
const calendlyWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : 'is invalid';
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `is out of range (${issue.code === 'too_small' ? 'minimum' : 'maximum'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)})`;
    default:
      return 'is invalid';
  }
};

/** The details of a failed parse, one per parameter and message (a value can fail two checks). */
function calendlyDetails(error: z.ZodError): CalendlyErrorDetail[] {
  const seen = new Set<string>();
  return error.issues
    .map((issue) => ({ parameter: issue.path.map(String).join('.'), message: issue.message }))
    .filter((detail) => {
      const key = `${detail.parameter}\n${detail.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Parses a request body or query with Calendly's 400 "Invalid Argument" naming each parameter. */
export function parseCalendly<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.infer<Schema> {
  const parsed = schema.safeParse(input, { error: calendlyWords });
  if (parsed.success) return parsed.data;
  throw calendlyErrors.invalidArgument(calendlyDetails(parsed.error));
}

/**
 * Parses query parameters; a bad one is a 400 "Invalid Argument" whose details name it, as
 * Calendly answers. A parameter the endpoint does not have is refused the same way: what Calendly
 * does with one is unconfirmed, and refusing makes a misspelt filter fail here rather than return
 * unfiltered data in production (README, "chosen on purpose").
 */
export function parseCalendlyQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  query: unknown,
): z.infer<z.ZodObject<Shape>> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  const unknown = entries.filter(([key]) => !(key in schema.shape));
  if (unknown.length > 0) {
    throw calendlyErrors.invalidArgument(
      unknown.map(([key]) => ({ parameter: key, message: 'is not a valid parameter' })),
    );
  }
  return parseCalendly(schema, Object.fromEntries(entries));
}

/** An endpoint without query parameters. */
export const noQuery = z.object({});

const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** ISO-8601 in UTC or with an offset. One check, so a bad value gets one detail. */
export const timestampParam = z
  .string()
  .refine(
    (value) => timestampPattern.test(value) && !Number.isNaN(Date.parse(value)),
    'must be an ISO-8601 timestamp',
  );

export const countParam = z.coerce
  .number()
  .int('must be an integer')
  .min(1, 'must be between 1 and 100')
  .max(100, 'must be between 1 and 100');

/** The UUID at the end of a Calendly resource URI, whatever host the caller used. */
export function uuidFromUri(uri: string, collection: string): string | undefined {
  try {
    const url = new URL(uri);
    const match = new RegExp(`/${collection}/([^/]+)$`).exec(url.pathname);
    return match?.[1];
  } catch {
    return undefined;
  }
}
