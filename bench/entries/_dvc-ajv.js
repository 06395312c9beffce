// Not part of the bench run (leading underscore; build.mjs skips "_" files): <dvc-dossier-form>
// given the ajv validator of @dvc-kit/form-engine/ajv through its `validator` property, imported
// lazily (its own chunk) and compiled inside the timed render, as a page that opts into ajv would.
// For comparisons with the default validator:
//   node profile.mjs --entry _dvc-ajv --scenario flat-500
// or copy it to entries/dvc-ajv.js for a side-by-side run.
import { setMeta } from './_shared.js';
import './dvc.js';

window.benchValidator = async (schema) => {
  const { createAjvValidator } = await import('@dvc-kit/form-engine/ajv');
  return createAjvValidator(schema);
};
setMeta({
  ...window.benchMeta,
  name: '`<dvc-dossier-form>` + ajv passed as `validator`',
  version: 'workspace build, lit 3.3.3, ajv 8.20.0 (lazy chunk)',
  validation: 'ajv (lazy chunk, compiled during render), whole data',
});
