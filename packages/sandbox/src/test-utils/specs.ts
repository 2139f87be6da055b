import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The copies in `packages/sandbox/specs` (see its README), or another folder of them. */
export const specsDir =
  process.env.SLOTCHAT_SPECS_DIR ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../specs');

export type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped in some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

export function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Fails with ajv's errors listed, so a conformance failure says which field is wrong. */
export function expectValid(validate: ValidateFunction, data: unknown): void {
  if (!validate(data)) {
    throw new Error(`schema violations:\n${JSON.stringify(validate.errors, null, 2)}`);
  }
}
