import type { DossierForm, FormOptions } from './api.js';
import { openForm } from './form.js';
import { checkProcedure } from './procedure/check.js';
import { createSchemaValidator } from './validator/interpreter.js';

/**
 * Creates a form for a schema. Throws `SchemaError` listing every problem of a broken schema (also
 * unknown formats, and an `x-dvc` that breaks the procedure vocabulary's meta-schema).
 * Without `options.validator` the built-in eval-free validator is used; pass `null` for none.
 * (`@dvc-kit/form-engine/core` has a `createForm` without the validator, for precompiled ones.)
 */
export function createForm(schema: unknown, data?: unknown, options: FormOptions = {}): DossierForm {
  return openForm(schema, data, options, {
    checkProcedure,
    defaultValidator: (expanded, { formats }) => createSchemaValidator(expanded, { incremental: true, ...(formats ? { formats } : {}) }),
  });
}
