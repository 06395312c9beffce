/**
 * `@dvc-kit/procedure/prepare`: the x-dvc vocabulary as a page without the interpreter prepares a raw schema with.
 * It checks the references to fields and expands the dossier components, but not the meta-schema: that would take
 * the interpreter and the meta-schema into the page. `dvc-schema build` and the full `createForm` use
 * `procedureVocabulary`, which checks both.
 */
import type { SchemaVocabulary } from '@dvc-kit/form-engine/core';
import { expandProcedure } from './components.js';
import { checkProcedureReferences } from './references.js';

/** `x-dvc`, its references to fields checked and its dossier components expanded into upload fields. */
export const procedureReferencesVocabulary: SchemaVocabulary = Object.freeze({
  keyword: 'x-dvc',
  check: checkProcedureReferences,
  expand: expandProcedure,
});
