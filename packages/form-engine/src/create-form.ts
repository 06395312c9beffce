import type { DossierForm, FormOptions } from './api.js';
import { openForm } from './form.js';
import { hasMessages, registerMessages } from './messages.js';
import { vi } from './messages-vi.js';
import { prepareWithProblems } from './prepare.js';
import { SchemaError } from './schema.js';
import { createSchemaValidator } from './validator/interpreter.js';
import type { Validator } from './types.js';

const META_SCHEMA_REFERENCE = /"\$(?:ref|dynamicRef)"\s*:\s*"https?:\/\/json-schema\.org\//;

/**
 * Whether a schema refers to a JSON Schema meta-schema: its form then needs `schemas: META_SCHEMAS` from
 * `@dvc-kit/form-engine/meta-schemas`, which a page loads only for such a schema.
 */
export function refersToMetaSchema(schema: unknown): boolean {
  return META_SCHEMA_REFERENCE.test(JSON.stringify(schema) ?? '');
}

/**
 * Creates a form for a schema. Throws `SchemaError` listing every problem of a broken schema (also
 * unknown formats, and what `options.vocabularies` find: an `x-dvc` that breaks its meta-schema, with
 * `procedureVocabulary` from `@dvc-kit/procedure`).
 * Without `options.validator` the built-in eval-free validator is used; pass `null` for none.
 * (`@dvc-kit/form-engine/core` has a `createForm` without the validator, for precompiled ones.) Imported from
 * `@dvc-kit/form-engine/create-form`, it brings no English messages and no maps or tuples (`options.collections`): the
 * element loads them when a schema needs them. The package's main entry brings both.
 */
export function createForm(schema: unknown, data?: unknown, options: FormOptions = {}): DossierForm {
  // The full engine words errors in Vietnamese whatever validator it is given; a page's own Vietnamese stays.
  if (!hasMessages('vi')) registerMessages('vi', vi);
  // Every check, even for a schema marked prepared: the full engine trusts no mark (the core does).
  const { schema: prepared, problems } = prepareWithProblems(schema, { vocabularies: options.vocabularies, verifyPrepared: true, ...(options.schemas ? { schemas: options.schemas } : {}) });
  const validatorOptions = { incremental: true, ...(options.formats ? { formats: options.formats } : {}), ...(options.schemas ? { schemas: options.schemas } : {}) };
  let validator = options.validator;
  let interpreter: Validator | undefined;
  if (validator === undefined) {
    try {
      validator = interpreter = createSchemaValidator(prepared, validatorOptions);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      // The linter has found some of them already (an unresolved reference).
      const known = new Set(problems.map((p) => `${p.pointer}\u0000${p.message}`));
      problems.push(...error.problems.filter((p) => !known.has(`${p.pointer}\u0000${p.message}`)));
    }
  }
  if (problems.length > 0) throw new SchemaError(problems);
  // One set of rules: the conditions are the validator's. Without a validator that tests them (none, or a hand-made
  // one), the interpreter built from the same schema decides them, and the form shows exactly what it accepts.
  const fallbackTest = (index: number, value: unknown): boolean => {
    interpreter ??= createSchemaValidator(prepared, { ...validatorOptions, incremental: false });
    return interpreter.test?.(index, value) ?? false;
  };
  return openForm(prepared, data, { ...options, validator }, fallbackTest);
}
