import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { newAjv, specsDir, type Json } from './specs';

interface DiscoveryDocument {
  schemas: Record<string, Json>;
  parameters: Record<string, Json>;
  resources: Record<string, { methods: Record<string, Json> }>;
}

/** The saved Calendar v3 discovery document. */
export function googleDiscovery(): DiscoveryDocument {
  return JSON.parse(
    readFileSync(resolve(specsDir, 'google-calendar-v3.discovery.json'), 'utf8'),
  ) as DiscoveryDocument;
}

type FieldTree = { [name: string]: FieldTree | 'value' | 'map' };

/**
 * The field names of a discovery schema, nested, in the shape of `resource-fields.ts`: arrays
 * stand for their items, `map` for objects with free keys, `value` for anything else.
 */
export function discoveryFieldTree(name: string): FieldTree {
  const { schemas } = googleDiscovery();
  const walk = (schema: Json, seen: readonly string[]): FieldTree | 'value' | 'map' => {
    if (typeof schema.$ref === 'string') {
      const target = schemas[schema.$ref];
      return target && !seen.includes(schema.$ref) ? walk(target, [...seen, schema.$ref]) : 'value';
    }
    if (schema.type === 'array') return walk(schema.items as Json, seen);
    if (schema.properties) {
      return Object.fromEntries(
        Object.entries(schema.properties as Record<string, Json>).map(([key, value]) => [
          key,
          walk(value, seen),
        ]),
      );
    }
    return schema.additionalProperties ? 'map' : 'value';
  };
  const tree = walk({ $ref: name }, []);
  if (typeof tree === 'string') throw new Error(`${name} is not an object schema`);
  return tree;
}

/**
 * Turns a Google discovery schema into JSON Schema. Objects with `properties` get
 * `additionalProperties: false`, so a field the real API does not have fails the test.
 */
function fromDiscovery(schema: Json): Json {
  if (typeof schema.$ref === 'string') return { $ref: `#/definitions/${schema.$ref}` };
  const result: Json = {};
  if (schema.type === 'any') return {};
  if (schema.type) result.type = schema.type;
  if (schema.format === 'date-time' || schema.format === 'date') result.format = schema.format;
  // int64 values travel as strings in Google's JSON.
  if (schema.format === 'int64' || schema.format === 'uint64') result.type = 'string';
  if (schema.enum) result.enum = schema.enum;
  if (schema.items) result.items = fromDiscovery(schema.items as Json);
  if (schema.properties) {
    result.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Json>).map(([key, value]) => [
        key,
        fromDiscovery(value),
      ]),
    );
    result.additionalProperties = false;
  }
  if (schema.additionalProperties)
    result.additionalProperties = fromDiscovery(schema.additionalProperties as Json);
  return result;
}

/**
 * The fields Google always returns, per schema. The discovery document marks nothing as
 * required, so without this list a response that lost `id` or `items` would still pass.
 * Cancelled events are the exception the `Event.status` description spells out: deleted events
 * only guarantee `id`, cancelled exceptions `id`, `recurringEventId` and `originalStartTime`.
 */
const alwaysReturned: Record<string, Json> = {
  Event: {
    if: { properties: { status: { const: 'cancelled' } }, required: ['status'] },
    then: { required: ['kind', 'etag', 'id', 'status'] },
    else: {
      required: [
        'kind',
        'etag',
        'id',
        'status',
        'htmlLink',
        'created',
        'updated',
        'creator',
        'organizer',
        'start',
        'end',
        'iCalUID',
        'sequence',
        'reminders',
        'eventType',
      ],
    },
  },
  Events: {
    required: [
      'kind',
      'etag',
      'summary',
      'updated',
      'timeZone',
      'accessRole',
      'defaultReminders',
      'items',
    ],
  },
  EventDateTime: { anyOf: [{ required: ['date'] }, { required: ['dateTime'] }] },
  EventAttendee: { required: ['email', 'responseStatus'] },
  EntryPoint: { required: ['entryPointType', 'uri'] },
  Calendar: { required: ['kind', 'etag', 'id', 'summary', 'timeZone'] },
  FreeBusyResponse: { required: ['kind', 'timeMin', 'timeMax', 'calendars'] },
  FreeBusyCalendar: { required: ['busy'] },
  TimePeriod: { required: ['start', 'end'] },
  Error: { required: ['domain', 'reason'] },
};

/** A validator for a schema of the Calendar v3 discovery document (`Event`, `Events`, …). */
export function googleValidator(): (name: string) => ValidateFunction {
  const discovery = googleDiscovery();
  const definitions = Object.fromEntries(
    Object.entries(discovery.schemas).map(([name, schema]) => [
      name,
      { ...fromDiscovery(schema), ...alwaysReturned[name] },
    ]),
  );
  const ajv = newAjv();
  return (name) => ajv.compile({ definitions, $ref: `#/definitions/${name}` });
}

/** Google's error body (developers.google.com/calendar/api/guides/errors). */
export const googleErrorSchema = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'errors'],
      additionalProperties: false,
      properties: {
        code: { type: 'integer' },
        message: { type: 'string' },
        status: { type: 'string' },
        details: { type: 'array' },
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['domain', 'reason', 'message'],
            additionalProperties: false,
            properties: {
              domain: { type: 'string' },
              reason: { type: 'string' },
              message: { type: 'string' },
              locationType: { type: 'string' },
              location: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

/**
 * What each status carries (provider-apis.md §1.6 and Google's error guide): the `status` name,
 * and the domain/reason pairs Google uses with it.
 */
const googleStatuses: Record<number, { status: string; reasons: Array<[string, string]> }> = {
  400: {
    status: 'INVALID_ARGUMENT',
    reasons: [
      ['global', 'invalid'],
      ['global', 'required'],
      ['global', 'badRequest'],
      ['global', 'parseError'],
      ['calendar', 'timeRangeEmpty'],
    ],
  },
  401: {
    status: 'UNAUTHENTICATED',
    reasons: [
      ['global', 'authError'],
      ['global', 'required'],
    ],
  },
  403: {
    status: 'PERMISSION_DENIED',
    reasons: [
      ['usageLimits', 'rateLimitExceeded'],
      ['usageLimits', 'userRateLimitExceeded'],
      ['global', 'insufficientPermissions'],
    ],
  },
  404: { status: 'NOT_FOUND', reasons: [['global', 'notFound']] },
  409: { status: 'ALREADY_EXISTS', reasons: [['global', 'duplicate']] },
  429: {
    status: 'RESOURCE_EXHAUSTED',
    reasons: [
      ['usageLimits', 'rateLimitExceeded'],
      ['usageLimits', 'userRateLimitExceeded'],
    ],
  },
  500: { status: 'INTERNAL', reasons: [['global', 'backendError']] },
  503: { status: 'UNAVAILABLE', reasons: [['global', 'backendError']] },
};

/** Google's error body for one HTTP status: its code, status name and the reasons it may carry. */
export function googleErrorSchemaFor(status: number): Json {
  const expected = googleStatuses[status];
  if (!expected) throw new Error(`no Google error schema for ${status}`);
  return {
    allOf: [
      googleErrorSchema,
      {
        properties: {
          error: {
            required: ['status'],
            properties: {
              code: { const: status },
              status: { const: expected.status },
              errors: {
                items: {
                  anyOf: expected.reasons.map(([domain, reason]) => ({
                    properties: { domain: { const: domain }, reason: { const: reason } },
                  })),
                },
              },
            },
          },
        },
      },
    ],
  };
}

export function compileGoogleError(status: number): ValidateFunction {
  return newAjv().compile(googleErrorSchemaFor(status));
}
