import { z } from 'zod';
import { isValidTimeZone } from '../../time/zoned';
import { GoogleApiError, googleErrors } from '../google-error';

/** The parameters every Google API accepts, ignored by the sandbox but not refused. */
const standardParameters = [
  'fields',
  'quotaUser',
  'prettyPrint',
  'alt',
  'key',
  'access_token',
  'oauth_token',
  'userIp',
  'callback',
  '$.xgafv',
  'upload_protocol',
  'uploadType',
];

export const timeZoneParam = z.string().refine(isValidTimeZone);

/** RFC 3339 with a mandatory offset (or Z), as Google requires for timeMin/timeMax. */
export const rfc3339Param = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i)
  .refine((value) => !Number.isNaN(Date.parse(value)));

/**
 * Parses query parameters the way Google answers bad ones: 400 `invalid` naming the parameter.
 * An unknown parameter is refused as Google's front end refuses it; so is a repeated single-valued one.
 */
export function parseGoogleQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  query: unknown,
): z.infer<z.ZodObject<Shape>> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  const unknown = entries.find(
    ([key]) => !(key in schema.shape) && !standardParameters.includes(key),
  );
  if (unknown) {
    // What Google's front end answers for a query parameter the method does not have.
    const message = `Invalid JSON payload received. Unknown name "${unknown[0]}": Cannot bind query parameter. Field '${unknown[0]}' could not be found in request message.`;
    throw new GoogleApiError(400, { domain: 'global', reason: 'invalid', message }, message);
  }
  const known = Object.fromEntries(entries.filter(([key]) => key in schema.shape));
  const parsed = schema.safeParse(known);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const location = String(issue?.path[0] ?? 'query');
  const value = known[location];
  throw googleErrors.invalidParameter(
    location,
    value === undefined ? 'Invalid Value' : `Invalid value '${String(value)}'.`,
  );
}

export function isGoogleApiError(error: unknown): error is GoogleApiError {
  return error instanceof GoogleApiError;
}

/** Google's boolean query values. */
export const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');
