/**
 * `@dvc-kit/procedure/vocabulary`: the x-dvc vocabulary for the form engine, fully checked. Pass it to
 * `createForm`, `prepareSchema` or the ajv helpers in their `vocabularies` option.
 */
import type { SchemaVocabulary } from '@dvc-kit/form-engine/core';
import { checkProcedure } from './check.js';
import { expandProcedure } from './components.js';
import { DVC_META_SCHEMA } from './meta-schema.js';

/**
 * `x-dvc`, checked against its meta-schema (by the engine's eval-free interpreter) and against the dossier schema
 * it describes; its dossier components become upload fields. For build time, servers, and pages that take any
 * schema at run time (they load the interpreter anyway).
 */
export const procedureVocabulary: SchemaVocabulary = Object.freeze({
  keyword: 'x-dvc',
  metaSchema: DVC_META_SCHEMA,
  check: checkProcedure,
  expand: expandProcedure,
});
