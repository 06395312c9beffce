// Node only (web-test-runner and scripts/size.mjs): a procedure's precompiled validator, as a page would ship it:
// `standaloneValidator` of @dvc-kit/schema-cli (what `dvc-schema build` writes; build that package first).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const PROCEDURES_DIR = join(root, 'schemas/procedures');
const SCHEMA_CLI = join(root, 'packages/schema-cli/dist/index.js');
const ENGINE = join(root, 'packages/form-engine/dist');
const VN_FORMATS = join(root, 'packages/vn/dist/formats.js');
const PROCEDURE = join(root, 'packages/procedure/dist');

/** The engine with the x-dvc vocabulary, as `dvc-schema build` runs it. */
async function engine() {
  const [engineModule, ajvModule, { procedureVocabulary }, { vnFormats }] = await Promise.all([
    import(pathToFileURL(join(ENGINE, 'index.js')).href),
    import(pathToFileURL(join(ENGINE, 'ajv/index.js')).href),
    import(pathToFileURL(join(PROCEDURE, 'vocabulary.js')).href),
    import(pathToFileURL(VN_FORMATS).href),
  ]);
  const vocabularies = [procedureVocabulary];
  // The procedures use the Vietnamese formats, which the page's define loads: the reference knows them too.
  return {
    prepareSchema: (schema) => engineModule.prepareSchema(schema, { vocabularies }),
    createAjvValidator: (schema) => ajvModule.createAjvValidator(schema, { vocabularies, formats: vnFormats }),
  };
}

/** The ESM source of the precompiled validator of a procedure schema file, as `dvc-schema build` writes it. */
export async function precompiledValidator(schemaFile) {
  const id = basename(join(schemaFile, '..'));
  if (!existsSync(SCHEMA_CLI)) throw new Error(`Build @dvc-kit/schema-cli first (npx turbo run build): ${SCHEMA_CLI} is missing.`);
  const [{ prepareSchema }, cli] = await Promise.all([engine(), import(pathToFileURL(SCHEMA_CLI).href)]);
  // Prepared as the build prepares it: its condition list is what the validator's tests are numbered by.
  const prepared = prepareSchema(JSON.parse(readFileSync(schemaFile, 'utf8')));
  return { code: await cli.standaloneValidator(prepared, id), by: 'dvc-schema' };
}

/** Every procedure folder that has a schema.json. */
export function procedureIds() {
  return readdirSync(PROCEDURES_DIR).filter((id) => existsSync(join(PROCEDURES_DIR, id, 'schema.json'))).sort();
}

/**
 * A procedure's schema, the same prepared as `dvc-schema build` writes it, and its example files, each with
 * ajv's verdict in Node (the reference).
 */
export async function procedureCase(id) {
  const { createAjvValidator, prepareSchema } = await engine();
  const dir = join(PROCEDURES_DIR, id);
  const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
  const ajv = createAjvValidator(schema);
  const examplesDir = join(dir, 'examples');
  const examples = (existsSync(examplesDir) ? readdirSync(examplesDir) : [])
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(examplesDir, name), 'utf8'));
      return { name, data, valid: ajv.validate(data).length === 0 };
    });
  return { id, schema, prepared: prepareSchema(schema), examples };
}
