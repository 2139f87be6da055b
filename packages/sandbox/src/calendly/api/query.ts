import { z } from 'zod';
import { calendlyErrors } from '../calendly-error';

/**
 * Parses query parameters; a bad one is a 400 "Invalid Argument" whose details name it, as
 * Calendly answers. Unknown parameters are ignored.
 */
export function parseCalendlyQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  query: unknown,
): z.infer<z.ZodObject<Shape>> {
  const known = Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).filter(([key]) => key in schema.shape),
  );
  const parsed = schema.safeParse(known);
  if (parsed.success) return parsed.data;
  throw calendlyErrors.invalidArgument(
    parsed.error.issues.map((issue) => ({
      parameter: issue.path.join('.'),
      message:
        issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}

/** ISO-8601 in UTC or with an offset. */
export const timestampParam = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i,
    'must be an ISO-8601 timestamp',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 timestamp');

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
