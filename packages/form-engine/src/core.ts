/**
 * `@dvc-kit/form-engine/core`: the form engine without a validator of its own, for pages whose
 * procedure comes with a precompiled validator (`dvc-schema build`). It loads neither the eval-free
 * interpreter nor the `x-dvc` meta-schema: the schema's structure, `x-ui` and `x-dvc` references are
 * still checked, and `x-dvc` components still become upload fields.
 */
import type { DossierForm, FormOptions } from './api.js';
import { openForm } from './form.js';
import { checkProcedureReferences } from './procedure/procedure.js';

export type { DossierForm, FormOptions } from './api.js';
export { inputValueOf, localized } from './form.js';
export { registerFormat, registeredFormats } from './formats.js';
export { formatMessage } from './messages.js';
export type { MessageContext, MessageKey } from './messages.js';
export { SchemaError, SchemaContext, detectDraft, lintSchema } from './schema.js';
export type { Draft } from './schema.js';
export { checkUiVocabulary } from './ui-vocabulary.js';
export { matches, deepEqual } from './evaluate.js';
export { parsePointer, joinPointer, getIn, setIn } from './pointer.js';
export * from './types.js';
export { checkProcedureReferences, expandProcedure, acceptedTypes, EXTENSION_TYPES, DEFAULT_ACCEPT, DEFAULT_MAX_SIZE_MB } from './procedure/procedure.js';
export type { DossierComponent, FileMetadata } from './procedure/procedure.js';

/**
 * Creates a form for a schema, validated by `options.validator` only (none when it is left out:
 * the form is then always valid). Throws `SchemaError` listing every structural problem of the
 * schema and every `x-dvc` reference to a missing field. The `x-dvc` meta-schema and unknown formats
 * are not checked here: the build that made the validator did that.
 */
export function createForm(schema: unknown, data?: unknown, options: FormOptions = {}): DossierForm {
  return openForm(schema, data, options, { checkProcedure: checkProcedureReferences });
}
