import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/** `shared/specs` sits beside the repository (the CI clone has it there too). */
export const specsDir =
  process.env.SLOTCHAT_SPECS_DIR ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../../shared/specs');

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
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

/** A validator for a schema of the Calendar v3 discovery document (`Event`, `Events`, …). */
export function googleValidator(): (name: string) => ValidateFunction {
  const discovery = JSON.parse(
    readFileSync(resolve(specsDir, 'google-calendar-v3.discovery.json'), 'utf8'),
  ) as {
    schemas: Record<string, Json>;
  };
  const definitions = Object.fromEntries(
    Object.entries(discovery.schemas).map(([name, schema]) => [name, fromDiscovery(schema)]),
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

/** The saved Calendly document writes some one-value enums as a bare string; JSON Schema wants an array. */
function repairEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairEnums);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'enum' && typeof value === 'string' ? [value] : repairEnums(value),
    ]),
  );
}

/**
 * Validators for Calendly's OpenAPI document. Its schemas leave additional properties open, so
 * the newer fields (provider-apis.md) pass while every field it requires must be there.
 */
export function calendlyValidator() {
  const document = repairEnums(
    parse(readFileSync(resolve(specsDir, 'calendly-v2.openapi.yaml'), 'utf8')),
  ) as {
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: Json }>; $ref?: string }> }
      >
    >;
    components: { responses: Record<string, { content: Record<string, { schema: Json }> }> };
  };
  const ajv = newAjv();
  ajv.addSchema({ ...document, $id: 'calendly' });
  return {
    /** The documented response schema of an operation and status. */
    response(path: string, method: string, status: string): ValidateFunction {
      const response = document.paths[path]?.[method]?.responses[status];
      if (!response) throw new Error(`no ${method} ${path} ${status} in the Calendly spec`);
      if (response.$ref) {
        const name = response.$ref.split('/').at(-1) ?? '';
        const content = document.components.responses[name]?.content['application/json'];
        if (!content) throw new Error(`no response ${name}`);
        return ajv.compile({
          $ref: `calendly#/components/responses/${name}/content/application~1json/schema`,
        });
      }
      const pointer = `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
      return ajv.compile({ $ref: `calendly#${pointer}` });
    },
    /** A component schema (`Invitee`, `Event`, …). */
    schema(name: string): ValidateFunction {
      return ajv.compile({ $ref: `calendly#/components/schemas/${name}` });
    },
  };
}

/** Fails with ajv's errors listed, so a conformance failure says which field is wrong. */
export function expectValid(validate: ValidateFunction, data: unknown): void {
  if (!validate(data)) {
    throw new Error(`schema violations:\n${JSON.stringify(validate.errors, null, 2)}`);
  }
}
