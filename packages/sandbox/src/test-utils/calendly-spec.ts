import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { newAjv, specsDir, type Json } from './specs';

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

export interface CalendlyDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<Json>;
        responses: Record<string, { content?: Record<string, { schema: Json }>; $ref?: string }>;
      }
    >
  >;
  components: {
    responses: Record<string, { content: Record<string, { schema: Json }> }>;
    parameters?: Record<string, Json>;
  };
}

/** The saved Calendly OpenAPI document (2023), enums repaired. */
export function calendlyDocument(): CalendlyDocument {
  return repairEnums(
    parse(readFileSync(resolve(specsDir, 'calendly-v2.openapi.yaml'), 'utf8')),
  ) as CalendlyDocument;
}

/**
 * The error titles by status: provider-apis.md §2 lists 400–409 and 500 as seen; 429 and 503 are
 * the sandbox's own choice of words (no title is documented for them).
 */
export const calendlyErrorTitles: Record<number, string> = {
  400: 'Invalid Argument',
  401: 'Unauthenticated',
  403: 'Permission Denied',
  404: 'Resource Not Found',
  409: 'Already Exists',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Validators for Calendly's OpenAPI document. Its schemas leave additional properties open, so
 * the newer fields (provider-apis.md) pass while every field it requires must be there.
 */
export function calendlyValidator() {
  const document = calendlyDocument();
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
    /** The error body of a status: the document's ErrorResponse with that status's title. */
    error(status: number): ValidateFunction {
      const title = calendlyErrorTitles[status];
      if (!title) throw new Error(`no Calendly error title for ${status}`);
      return ajv.compile({
        allOf: [
          { $ref: 'calendly#/components/schemas/ErrorResponse' },
          { properties: { title: { const: title } } },
        ],
      });
    },
  };
}
