/**
 * `@dvc-kit/procedure/prepare`: the x-dvc vocabulary as a page without the interpreter prepares a raw schema with.
 * It checks the references to fields and expands the dossier components, but not the meta-schema: that would take
 * the interpreter and the meta-schema into the page. `dvc-schema build` and the full `createForm` use
 * `procedureVocabulary`, which checks both.
 */
import type { JsonSchemaObject, SchemaVocabulary } from '@dvc-kit/form-engine/core';
import { prepareSchema as prepareEngineSchema } from '@dvc-kit/form-engine/prepare';
import { expandProcedure } from './components.js';
import { checkProcedureReferences } from './references.js';

/** `x-dvc`, its references to fields checked and its dossier components expanded into upload fields. */
export const procedureReferencesVocabulary: SchemaVocabulary = Object.freeze({
  keyword: 'x-dvc',
  check: checkProcedureReferences,
  expand: expandProcedure,
});

/**
 * The engine's `prepareSchema` with `procedureReferencesVocabulary` (`prepareProcedureSchema` in the main entry):
 * what `<dvc-dossier-form>` loads on demand to prepare a raw procedure schema on a page that ships no interpreter.
 * Named as the engine's, so that the page reads the same property as before. Throws `SchemaError` listing every
 * problem.
 */
function prepareProcedureSchema(schema: unknown): JsonSchemaObject {
  return prepareEngineSchema(schema, { vocabularies: [procedureReferencesVocabulary] });
}
export { prepareProcedureSchema as prepareSchema };
