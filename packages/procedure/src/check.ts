/**
 * The full check of a procedure's `x-dvc`: its meta-schema (run by the engine's eval-free interpreter), then
 * its references into the dossier schema. Kept apart from `references.ts` so that preparing a schema on a page
 * (`@dvc-kit/procedure/prepare`) loads neither the interpreter nor the meta-schema.
 */
import { escapeToken, isPlainObject } from '@dvc-kit/form-engine/core';
import type { SchemaProblem, Validator } from '@dvc-kit/form-engine/core';
import { createSchemaValidator } from '@dvc-kit/form-engine/validator';
import { DVC_META_SCHEMA } from './meta-schema.js';
import { checkProcedureReferences } from './references.js';

let metaValidator: Validator | undefined;

/**
 * Every problem of a procedure's `x-dvc`: against the vocabulary's meta-schema, then (when that
 * passes) every condition and field pointer against the dossier schema (a fee condition naming a
 * field the form does not have is an error). Pointers are into the schema.
 */
export function checkProcedure(schema: unknown): SchemaProblem[] {
  if (!isPlainObject(schema) || !('x-dvc' in schema)) return [];
  const { $schema: _s, $id: _i, ...meta } = DVC_META_SCHEMA;
  metaValidator ??= createSchemaValidator(meta);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of metaValidator.validate(schema['x-dvc'])) {
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const pointer = `/x-dvc${error.instancePath}${error.keyword === 'additionalProperties' ? `/${escapeToken(String(error.params.additionalProperty))}` : ''}`;
    const message = metaMessage(error.keyword, error.params, error.message);
    const key = `${pointer}\u0000${message}`;
    if (!seen.has(key)) problems.push({ pointer, keyword: error.keyword, message });
    seen.add(key);
  }
  return problems.length > 0 ? problems : checkProcedureReferences(schema);
}

function metaMessage(keyword: string, params: Record<string, unknown>, fallback: string | undefined): string {
  switch (keyword) {
    case 'required':
      return `Missing "${String(params.missingProperty)}".`;
    case 'additionalProperties':
      return `Unknown member "${String(params.additionalProperty)}".`;
    case 'enum':
      return `Must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return `${fallback ?? 'Invalid'}.`;
  }
}

