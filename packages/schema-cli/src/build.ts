/**
 * `dvc-schema build`: per procedure, a standalone ESM validator (ajv code generation, bundled with
 * esbuild, no eval and no imports), the `.d.ts` of its dossier data, and one `catalog.json` of all
 * procedures. Incremental: a procedure whose inputs hash as in the manifest is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'esbuild';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { CONDITIONS, prepareSchema } from '@dvc-kit/form-engine';
import { conditionRef, conditionRootId, createAjv } from '@dvc-kit/form-engine/ajv';
import { EXTRA_FORMATS, EXTRA_FORMATS_FILE, EXTRA_FORMAT_EXPORTS } from './formats.js';
import { catalogEntry, procedureVocabulary } from '@dvc-kit/procedure';
import type { Catalog, CatalogEntry, CatalogFiles } from '@dvc-kit/procedure';
import { findSchemaFiles, formatProblem, lintFile } from './lint.js';
import { dossierTypes } from './types-gen.js';

export const OUTPUT_FILES = {
  validator: 'validator.js',
  validatorTypes: 'validator.d.ts',
  types: 'types.d.ts',
  schema: 'schema.json',
} as const satisfies CatalogFiles;
export const CATALOG_FILE = 'catalog.json';
export const MANIFEST_FILE = 'manifest.json';

export interface BuildOptions {
  /** Output directory. */
  out: string;
  /** Rebuild every procedure, even unchanged ones. */
  force?: boolean;
  cwd?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface ProcedureBuild {
  /** The procedure's folder name, also its folder in the output. */
  id: string;
  skipped: boolean;
  ms: number;
  /** Bytes of the generated validator. */
  validatorBytes: number;
}

export interface BuildResult {
  procedures: ProcedureBuild[];
  ms: number;
  catalog: Catalog;
}

interface Manifest {
  generator: string;
  procedures: Record<string, { hash: string; validatorBytes: number; entry: CatalogEntry }>;
}

/** Thrown when a procedure does not lint or its validator would need eval. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
/** The engine's built modules, which the build runs and bundles from. */
const engineDist = dirname(fileURLToPath(import.meta.resolve('@dvc-kit/form-engine')));
/** The procedure domain's built modules: the x-dvc checks and expansion the build runs. */
const procedureDist = dirname(fileURLToPath(import.meta.resolve('@dvc-kit/procedure')));
const VERSION = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** The code whose change can change what the build writes: its own, and the engine's that it runs. */
export function generatorInputs(): string[] {
  const ownFiles = ['build.js', 'types-gen.js', 'formats.js'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
  // Followed import by import: a hand-kept list misses what a module comes to use (schema.js, by the conditions).
  const engineFiles = new Set<string>();
  const visit = (file: string) => {
    if (engineFiles.has(file) || !existsSync(file)) return;
    engineFiles.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) visit(join(dirname(file), path!));
  };
  for (const entry of ['prepare.js', 'ajv/index.js', 'messages-vi.js', STANDARD_FORMATS_FILE]) visit(join(engineDist, entry));
  visit(EXTRA_FORMATS_FILE);
  for (const entry of ['vocabulary.js', 'catalog.js']) visit(join(procedureDist, entry));
  return [...ownFiles, ...[...engineFiles].sort()];
}

/** Changes whenever the generator could produce different output: its own code, the x-dvc expansion, the tools' versions. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(`dvc-schema ${VERSION}\n`);
  for (const file of generatorInputs()) hash.update(existsSync(file) ? readFileSync(file) : file);
  for (const name of ['ajv', 'ajv-formats', 'esbuild', 'json-schema-to-typescript']) {
    try {
      const pkg = findPackageJson(name);
      hash.update(`${name}@${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version}\n`);
    } catch {
      hash.update(`${name}@?\n`);
    }
  }
  return `dvc-schema ${VERSION} ${hash.digest('hex').slice(0, 16)}`;
}

function findPackageJson(name: string): string {
  let dir = packageRoot;
  for (;;) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${name} not found`);
    dir = parent;
  }
}

/** Inputs of one procedure: its schema and every example file. */
function inputHash(procedureDir: string, generator: string): string {
  const hash = createHash('sha256');
  hash.update(generator);
  hash.update('\0schema.json\0');
  hash.update(readFileSync(join(procedureDir, 'schema.json')));
  const examples = join(procedureDir, 'examples');
  if (existsSync(examples)) {
    for (const name of readdirSync(examples).sort()) {
      if (!name.endsWith('.json')) continue;
      hash.update(`\0examples/${name}\0`);
      hash.update(readFileSync(join(examples, name)));
    }
  }
  return hash.digest('hex');
}

/**
 * The previous build's manifest, or none when it is missing or not a manifest (the build then starts afresh).
 * Its procedure names choose what the build deletes, so each must be a plain folder name inside `out`;
 * otherwise the build stops before it writes or deletes anything.
 */
function readManifest(out: string): Manifest | undefined {
  const file = join(out, MANIFEST_FILE);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isPlainObject(manifest) || typeof manifest.generator !== 'string' || !isPlainObject(manifest.procedures)) return undefined;
  for (const id of Object.keys(manifest.procedures)) {
    if (!isFolderName(id)) {
      throw new BuildError(
        `${file} lists ${JSON.stringify(id)} as a procedure's output folder, which is not a folder name inside --out; nothing was built or deleted. Delete ${MANIFEST_FILE} (or the whole output folder) and build again.`,
      );
    }
  }
  return manifest as unknown as Manifest;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One path segment naming a folder: no separator, no `.` or `..`, nothing a path could be made of. */
function isFolderName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\:\0]/.test(name);
}

/**
 * The folder of a procedure that is gone, if the build may clean it: a real folder (not a link) whose real
 * path is inside the real `out`. Otherwise the reason it is left alone.
 */
function staleFolder(out: string, id: string): { folder: string } | { refused: string } | undefined {
  const folder = join(out, id);
  let stat;
  try {
    stat = lstatSync(folder);
  } catch {
    return undefined; // already gone
  }
  if (stat.isSymbolicLink()) return { refused: `${folder} is a symbolic link; the build only removes folders it wrote.` };
  if (!stat.isDirectory()) return { refused: `${folder} is not a folder; the build only removes folders it wrote.` };
  const inside = relative(realpathSync(out), realpathSync(folder));
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { refused: `${folder} is not inside ${out}.` };
  return { folder };
}

/** Deletes the files the build writes for a procedure, then its folder if nothing else is left in it. */
function removeStaleOutput(folder: string): string | undefined {
  for (const name of Object.values(OUTPUT_FILES)) rmSync(join(folder, name), { force: true });
  try {
    rmdirSync(folder);
    return undefined;
  } catch {
    return `kept ${folder}: it holds files the build did not write`;
  }
}

/** Builds every procedure (folder with a schema.json) below `dir` into `options.out`. */
export async function buildProcedures(dir: string, options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => {});
  const out = resolve(cwd, options.out);
  const schemaFiles = findSchemaFiles([dir], cwd, [out], (line) => log(`note     ${line}`));
  const generator = generatorFingerprint();
  const previous = readManifest(out);
  const reusable = previous?.generator === generator && !options.force ? previous.procedures : {};
  const manifest: Manifest = { generator, procedures: {} };
  const results: ProcedureBuild[] = [];
  // What the previous build wrote for procedures that are gone; checked before anything is written.
  const current = new Set(schemaFiles.map((f) => basename(dirname(f))));
  const staleFolders: string[] = [];
  for (const id of Object.keys(previous?.procedures ?? {})) {
    if (current.has(id)) continue;
    const stale = staleFolder(out, id);
    if (stale && 'refused' in stale) throw new BuildError(`The previous build's ${MANIFEST_FILE} lists "${id}", but ${stale.refused} Nothing was built or deleted.`);
    if (stale) staleFolders.push(stale.folder);
  }
  mkdirSync(out, { recursive: true });

  const ids = new Map<string, string>();
  for (const schemaFile of schemaFiles) {
    const procedureDir = dirname(schemaFile);
    const id = basename(procedureDir);
    if (ids.has(id)) throw new BuildError(`Two procedures are named "${id}": ${ids.get(id)} and ${relative(cwd, procedureDir)}.`);
    ids.set(id, relative(cwd, procedureDir));
    const t0 = performance.now();
    const hash = inputHash(procedureDir, generator);
    const before = Object.hasOwn(reusable, id) ? reusable[id] : undefined;
    const target = join(out, id);
    if (before && before.hash === hash && Object.values(OUTPUT_FILES).every((f) => existsSync(join(target, f)))) {
      manifest.procedures[id] = before;
      const ms = performance.now() - t0;
      results.push({ id, skipped: true, ms, validatorBytes: before.validatorBytes });
      log(`skipped  ${id}  unchanged (${formatMs(ms)})`);
      continue;
    }
    const built = await buildProcedure(schemaFile, target, id, cwd);
    manifest.procedures[id] = { hash, validatorBytes: built.validatorBytes, entry: built.entry };
    const ms = performance.now() - t0;
    results.push({ id, skipped: false, ms, validatorBytes: built.validatorBytes });
    log(`built    ${id}  ${formatMs(ms)}  ${OUTPUT_FILES.validator} ${built.validatorBytes} B`);
    // Written after each procedure, so an interrupted build keeps what it finished.
    writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  for (const folder of staleFolders) {
    const kept = removeStaleOutput(folder);
    log(kept ?? `removed  ${basename(folder)}  (no longer a procedure)`);
  }
  const catalog: Catalog = {
    generator: `dvc-schema ${VERSION}`,
    procedures: Object.values(manifest.procedures).map((p) => p.entry).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
  writeIfChanged(join(out, CATALOG_FILE), `${JSON.stringify(catalog, null, 2)}\n`);
  writeIfChanged(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { procedures: results, ms: performance.now() - started, catalog };
}

async function buildProcedure(schemaFile: string, target: string, id: string, cwd: string): Promise<{ validatorBytes: number; entry: CatalogEntry }> {
  const problems = lintFile(schemaFile, { cwd });
  if (problems.length > 0) throw new BuildError(`${id} does not lint:\n${problems.map(formatProblem).join('\n')}`);
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  // What the form engine's core reads as it is: upgraded, expanded into upload fields, marked prepared.
  const expanded = prepareSchema(schema, { vocabularies: [procedureVocabulary] });
  const [validator, types] = await Promise.all([
    standaloneValidator(expanded, id),
    dossierTypes(expanded, `/* Dossier data of procedure ${id}. Generated by dvc-schema from ${relative(cwd, schemaFile)}; do not edit. */`),
  ]);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, OUTPUT_FILES.validator), validator);
  writeFileSync(join(target, OUTPUT_FILES.validatorTypes), VALIDATOR_DTS);
  writeFileSync(join(target, OUTPUT_FILES.types), types);
  writeFileSync(join(target, OUTPUT_FILES.schema), `${JSON.stringify(expanded)}\n`);
  const files = Object.fromEntries(Object.entries(OUTPUT_FILES).map(([kind, file]) => [kind, `${id}/${file}`])) as unknown as CatalogFiles;
  return { validatorBytes: Buffer.byteLength(validator), entry: catalogEntry(id, schema, files) };
}

const RAW_MODULE = 'dvc-schema:raw-validator';

/**
 * Entry of the bundle: the raw ajv functions, and a Validator around them: `validate(data)` → errors, `test(i, value)`
 * for the prepared schema's conditions (each `if` and alternative's branch, compiled like the validator), and the
 * Vietnamese messages; so a page with only the engine's core decides what to show and words every error.
 */
function entry(conditions: readonly string[], extraFormats: readonly string[]): string {
  const names = conditions.map((_, i) => `c${i}`);
  const exports = extraFormats.map((format) => EXTRA_FORMAT_EXPORTS[format as keyof typeof EXTRA_FORMAT_EXPORTS]);
  // The definitions of the Vietnamese formats it checks go with the validator: the form stores and explains them.
  const formats = extraFormats.length === 0 ? '' : `
import { ${exports.join(', ')} } from ${JSON.stringify(EXTRA_FORMATS_FILE)};`;
  const formatsMember = extraFormats.length === 0 ? '' : `
  formats: { ${extraFormats.map((format, i) => `${JSON.stringify(format)}: ${exports[i]}`).join(', ')} },`;
  return `import { validate${names.map((n) => `, ${n}`).join('')} } from ${JSON.stringify(RAW_MODULE)};
import { vi } from '@dvc-kit/form-engine/messages-vi';${formats}
export { validate };
const tests = [${names.join(', ')}];
export default {
  validate(data) { return validate(data) ? [] : validate.errors || []; },
  test(index, value) { return tests[index](value); },
  conditions: ${JSON.stringify(conditions)},
  messages: { vi },${formatsMember}
};
`;
}

const VALIDATOR_DTS = `/* Generated by dvc-schema; do not edit. A standalone validator with its Vietnamese messages: no ajv, no eval, no imports. */
import type { Dossier } from './types.js';

/** An error in ajv's shape, as @dvc-kit/form-engine's RawValidationError. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The ajv validate function: true when the data is valid; otherwise its errors are in \`errors\`. */
export interface ValidateFunction {
  (data: unknown): data is Dossier;
  errors?: ValidationError[] | null;
}

export declare const validate: ValidateFunction;

/** The context a message is worded in, as @dvc-kit/form-engine's MessageContext. */
export interface MessageContext {
  label: string;
  kind: string;
  params: Record<string, unknown>;
  locale: 'vi' | 'en';
}

/** A Validator for @dvc-kit/form-engine and <dvc-dossier-form>: every error, or none; and the Vietnamese messages. */
declare const validator: {
  validate(data: unknown): ValidationError[];
  /** Whether a value matches condition number \`index\` of the schema's \`x-dvc-conditions\`. */
  test(index: number, value: unknown): boolean;
  /** The schema's \`x-dvc-conditions\` the tests are numbered by (a form refuses another list). */
  conditions: readonly string[];
  messages: { vi: Record<string, (context: MessageContext) => string> };
  /** The Vietnamese formats it checks (cccd, vn-phone, …), if any: how the form words and stores them. */
  formats?: Record<string, { validate(value: string): boolean; explain?(value: string): { vi: string; en: string } | undefined; normalize?(value: string): string }>;
};
export default validator;
`;

/** One self-contained ESM file: ajv's standalone code with its runtime helpers bundled in. */
export async function standaloneValidator(expandedSchema: object, id = 'schema'): Promise<string> {
  // ajv's standalone code embeds the root schema object (enum errors point into it for
  // allowedValues), so annotations would ship to every page: validate a copy without them.
  const conditions = ((expandedSchema as Record<string, unknown>)[CONDITIONS] ?? []) as string[];
  // Conditions are compiled by pointer into the root, which needs an id for that.
  const stripped = withoutAnnotations(expandedSchema) as Record<string, unknown>;
  const rootId = conditionRootId(stripped);
  const schema = { ...stripped, $id: rootId };
  const ajv = createAjv(schema, { formats: EXTRA_FORMATS });
  // createAjv takes no code options; these are read when compiling, so setting them here works.
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  // Each $ref as its own function instead of inlined at every use: about 40 % less code.
  ajv.opts.inlineRefs = false;
  ajv.addSchema(schema);
  const exports: Record<string, string> = { validate: rootId };
  conditions.forEach((pointer, i) => (exports[`c${i}`] = conditionRef(rootId, pointer)));
  const standalone = standaloneCode(ajv, exports);
  const raw = withDecimalMultipleOf(withOwnFormatChecks(standalone));
  const rawPlugin: Plugin = {
    name: 'dvc-raw-validator',
    setup(b) {
      b.onResolve({ filter: /^dvc-schema:raw-validator$/ }, () => ({ path: 'raw-validator.js', namespace: 'dvc-schema' }));
      b.onLoad({ filter: /.*/, namespace: 'dvc-schema' }, () => ({ contents: raw, loader: 'js', resolveDir: packageRoot }));
    },
  };
  const result = await esbuild({
    stdin: { contents: entry(conditions, extraFormatsUsed(standalone)), resolveDir: packageRoot, loader: 'js', sourcefile: `${id}.validator.js` },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [rawPlugin],
  });
  const js = result.outputFiles[0]!.text;
  const banner = `/* Validator of procedure ${id}, generated by dvc-schema with ajv standalone code. Do not edit. */\n`;
  // ajv's runtime helpers carry their own source as strings (\`ucs2length.code = 'require("…")'\`); those
  // are data, so look for esbuild's require shim rather than the word.
  const forbidden = /\bnew Function\b|\beval\(|\b__require\b|Dynamic require of|^\s*import[\s{*"']/m.exec(js);
  if (forbidden) throw new BuildError(`${id}: the generated validator contains "${forbidden[0].trim()}"; it would not run under a strict CSP or without a bundler.`);
  return banner + js;
}

/** The engine's standard format checks, one export each (relative to its dist). */
const STANDARD_FORMATS_FILE = 'validator/standard-formats.js';

/**
 * Formats ajv-formats checks with functions (its others are regular expressions, written into the code), and the
 * engine's export that checks the same; ajv calls each as `{validate}`. Tests compare them with ajv-formats.
 */
const OWN_FORMAT_CHECKS: Record<string, string> = {
  date: 'dateCheck',
  time: 'timeCheck',
  'date-time': 'dateTimeCheck',
  'iso-time': 'isoTimeCheck',
  'iso-date-time': 'isoDateTimeCheck',
  int32: 'int32Check',
  int64: 'int64Check',
  float: 'anyNumber',
  double: 'anyNumber',
};

/**
 * ajv's standalone code takes each function format from the whole ajv-formats module (about 8 KB of checks a
 * procedure does not use); the engine's own check of that format, imported alone, bundles only what is used.
 * Formats without one stay with ajv-formats.
 */
export function withOwnFormatChecks(raw: string): string {
  const used = new Set<string>();
  const usedExtra = new Set<string>();
  const code = raw.replace(AJV_FORMAT_REFERENCE, (whole, dotted?: string, quoted?: string) => {
    const name = (dotted ?? quoted)!;
    // A Vietnamese format: ajv wrote it as one of ajv-formats' (where it is not); its definition has the `validate` ajv calls.
    if (Object.hasOwn(EXTRA_FORMAT_EXPORTS, name)) {
      const definition = EXTRA_FORMAT_EXPORTS[name as keyof typeof EXTRA_FORMAT_EXPORTS];
      usedExtra.add(definition);
      return `dvcFormat_${definition}`;
    }
    const check = Object.hasOwn(OWN_FORMAT_CHECKS, name) ? OWN_FORMAT_CHECKS[name] : undefined;
    if (!check) return whole;
    used.add(check);
    return `{ validate: dvcFormat_${check} }`;
  });
  const imports = [
    [join(engineDist, STANDARD_FORMATS_FILE), used],
    [EXTRA_FORMATS_FILE, usedExtra],
  ] as const;
  const lines = imports
    .filter(([, names]) => names.size > 0)
    .map(([file, names]) => `import { ${[...names].map((n) => `${n} as dvcFormat_${n}`).join(', ')} } from ${JSON.stringify(file)};\n`);
  return lines.length === 0 ? raw : lines.join('') + code;
}

/** Where ajv's standalone code takes a function format from: ajv-formats' module, by name. */
const AJV_FORMAT_REFERENCE = /require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\.([\w$]+)|\["([^"]+)"\])/g;

/** The Vietnamese formats (see `EXTRA_FORMATS`) that ajv's standalone code checks, in the order it first uses them. */
export function extraFormatsUsed(raw: string): string[] {
  const names = new Set<string>();
  for (const [, dotted, quoted] of raw.matchAll(AJV_FORMAT_REFERENCE)) {
    const name = (dotted ?? quoted)!;
    if (Object.hasOwn(EXTRA_FORMAT_EXPORTS, name)) names.add(name);
  }
  return [...names];
}

/** `createAjv`'s decimal `multipleOf` names the engine's check by package; the bundle takes it from the engine's dist. */
function withDecimalMultipleOf(raw: string): string {
  const required = 'require("@dvc-kit/form-engine/multiple-of")';
  if (!raw.includes(required)) return raw;
  const file = join(engineDist, 'validator/multiple-of.js');
  return `import * as dvcMultipleOf from ${JSON.stringify(file)};\n${raw.split(required).join('dvcMultipleOf')}`;
}

const SCHEMA_MAPS = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set([
  'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames', 'contains', 'items',
  'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly']);

/** A copy of a schema without annotations and `x-*` keywords, which never change whether data is valid. */
export function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(withoutAnnotations);
    else if (SCHEMA_VALUES.has(key)) out[key] = Array.isArray(value) ? value.map(withoutAnnotations) : withoutAnnotations(value);
    else if (key === 'dependencies' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v : withoutAnnotations(v)]));
    } else out[key] = value;
  }
  return out;
}

function writeIfChanged(file: string, content: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
  writeFileSync(file, content);
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
