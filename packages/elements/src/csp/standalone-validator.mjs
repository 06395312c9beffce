// Node only (web-test-runner and scripts/size.mjs): a procedure's precompiled validator, as a page would ship it.
// Uses `standaloneValidator` of @dvc-kit/schema-cli (what `dvc-schema build` writes) when that package is built;
// otherwise the same recipe inline: ajv standalone code for the expanded schema, bundled by esbuild into one
// self-contained ESM file whose default export is a `Validator` (`validate(data)` → ajv-shaped errors).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const PROCEDURES_DIR = join(root, 'schemas/procedures');
const SCHEMA_CLI = join(root, 'packages/schema-cli/dist/index.js');
const ENGINE = join(root, 'packages/form-engine/dist');

const ENTRY = `import validate from 'dvc:raw-validator';
export { validate };
export default { validate(data) { return validate(data) ? [] : validate.errors || []; } };
`;

async function engine() {
  const [{ expandProcedure, prepareSchema }, { createAjv, createAjvValidator }] = await Promise.all([
    import(pathToFileURL(join(ENGINE, 'index.js')).href),
    import(pathToFileURL(join(ENGINE, 'ajv/index.js')).href),
  ]);
  return { expandProcedure, prepareSchema, createAjv, createAjvValidator };
}

async function inlineGenerator(expanded, id) {
  const { createAjv } = await engine();
  const { build } = await import('esbuild');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = createAjv(expanded);
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  const raw = standaloneCode(ajv, ajv.compile(expanded));
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: `${id}.validator.js` },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [{
      name: 'raw-validator',
      setup(b) {
        b.onResolve({ filter: /^dvc:raw-validator$/ }, () => ({ path: 'raw', namespace: 'dvc' }));
        b.onLoad({ filter: /.*/, namespace: 'dvc' }, () => ({ contents: raw, loader: 'js', resolveDir: root }));
      },
    }],
  });
  return result.outputFiles[0].text;
}

/** The ESM source of the precompiled validator of a procedure schema file, and who made it. */
export async function precompiledValidator(schemaFile) {
  const id = basename(join(schemaFile, '..'));
  const { expandProcedure } = await engine();
  const expanded = expandProcedure(JSON.parse(readFileSync(schemaFile, 'utf8')));
  if (existsSync(SCHEMA_CLI)) {
    const cli = await import(pathToFileURL(SCHEMA_CLI).href);
    if (typeof cli.standaloneValidator === 'function') return { code: await cli.standaloneValidator(expanded, id), by: 'dvc-schema' };
  }
  const code = await inlineGenerator(expanded, id);
  if (/\bnew Function\b|\beval\(|Dynamic require of/.test(code)) throw new Error(`${id}: the generated validator would need eval`);
  return { code, by: 'ajv standalone (inline)' };
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
