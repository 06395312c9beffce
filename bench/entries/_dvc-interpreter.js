// Not part of the bench run (leading underscore): <dvc-dossier-form> given the engine's own
// eval-free validator (createSchemaValidator, incremental) through its `validator` property,
// so ajv is never loaded. For comparisons while the element's default validator is decided:
//   node profile.mjs --entry _dvc-interpreter --scenario flat-2000
// or copy it to entries/dvc-interpreter.js for a side-by-side run (build.mjs skips "_" files).
import { createSchemaValidator } from '@dvc-kit/form-engine';
import { setMeta } from './_shared.js';
import './dvc.js';

// timed: runs inside benchRender, before the schema is set
window.benchConfigure = (host, schema) => {
  host.validator = createSchemaValidator(schema, { incremental: true });
};
setMeta({
  ...window.benchMeta,
  name: '`<dvc-dossier-form>` + engine interpreter passed as `validator`',
  version: 'workspace build, lit 3.3.3, no ajv',
  validation: 'engine eval-free interpreter (incremental), whole data',
});
