/**
 * `dvc-schema lint`: every problem of a procedure schema (and of its example data), each located
 * in the file as `file:line:column  /json/pointer  message`.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkUiVocabulary, lintSchema, schemaUrlProblems } from '@dvc-kit/form-engine';
import { checkProcedure, expandProcedure, procedureVocabulary } from '@dvc-kit/procedure';
import type { RawValidationError, SchemaProblem, Validator } from '@dvc-kit/form-engine';
import { createAjv } from '@dvc-kit/form-engine/ajv';
import { EXTRA_FORMATS } from './formats.js';
import { JsonSyntaxError, locate, parseJsonSource } from './json-source.js';
import { redosProblems } from './redos.js';
import type { JsonSource } from './json-source.js';

export interface LintProblem {
  /** The file as given on the command line, or relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** JSON Pointer into the file (`''` for the whole document). */
  pointer: string;
  message: string;
}

export interface LintOptions {
  /** Base for the printed file names (default: the working directory). */
  cwd?: string;
  /** Check `examples/valid*.json` and `examples/invalid*.json` next to each schema (default true). */
  examples?: boolean;
  /** Time the ReDoS check may spend on one pattern (default 3000 ms); a pattern it cannot settle is a problem. */
  patternTimeoutMs?: number;
}

/** `file:line:column  /pointer  message`; the root pointer prints as `/`. */
export function formatProblem(problem: LintProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.pointer || '/'}  ${problem.message}`;
}

const SKIPPED_DIRECTORIES = new Set(['meta', 'dist', 'node_modules', 'examples']);

/**
 * The schema files named by files and directories: a directory means every `schema.json` below it, `meta/`,
 * `dist/`, `node_modules/`, `examples/` and hidden folders left out.
 *
 * Symbolic links are followed, files and folders alike, as if they were what they point to. A file reached
 * twice (through a link) is listed once, and a folder reached twice (a link loop, or two links to one folder)
 * is searched once; each such case and every broken link is told to `note`, never skipped silently. A link
 * named `schema.json` whose target is missing is listed, so that linting it reports the file it cannot read.
 */
export function findSchemaFiles(
  targets: readonly string[],
  cwd = process.cwd(),
  exclude: readonly string[] = [],
  note: (line: string) => void = () => {},
): string[] {
  const found = new Map<string, string>(); // real path -> path as found
  const excluded = new Set(exclude.map((e) => realOrResolved(resolve(cwd, e))));
  const searched = new Map<string, string>(); // real folder -> path it was searched as
  const walking: string[] = []; // real folders from the target down to the one being searched
  const show = (path: string) => displayName(path, cwd);
  const addFile = (path: string) => {
    const real = realOrResolved(path);
    const first = found.get(real);
    if (first === undefined) found.set(real, path);
    else if (first !== path) note(`${show(path)}: the same file as ${show(first)}; checked once.`);
  };
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (excluded.has(real)) return;
    const before = searched.get(real);
    if (before !== undefined) {
      note(
        walking.includes(real)
          ? `${show(dir)}: a symbolic link loop back to ${show(before)}; not searched again.`
          : `${show(dir)}: the same folder as ${show(before)} (a symbolic link); searched once.`,
      );
      return;
    }
    searched.set(real, dir);
    walking.push(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let kind: 'directory' | 'file' | 'other' = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          kind = target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other';
        } catch (error) {
          if (entry.name === 'schema.json') addFile(path);
          else note(`${show(path)}: broken symbolic link (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); not searched.`);
          continue;
        }
      }
      if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(path);
      else if (kind === 'file' && entry.name === 'schema.json') addFile(path);
    }
    walking.pop();
  };
  for (const target of targets) {
    const absolute = resolve(cwd, target);
    if (!existsSync(absolute)) throw new Error(`No such file or directory: ${target}${isBrokenLink(absolute) ? ' (a symbolic link whose target is missing)' : ''}`);
    if (statSync(absolute).isDirectory()) walk(absolute);
    else addFile(absolute);
  }
  return [...found.values()];
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isBrokenLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function displayName(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') || rel === '' ? absolute : rel;
}

/** Every problem of one schema file and, unless turned off, of its examples. Sorted by line. */
export function lintFile(path: string, options: LintOptions = {}): LintProblem[] {
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, path);
  const file = displayName(absolute, cwd);
  const read = readSource(absolute, file);
  if ('problems' in read) return read.problems;
  const { source } = read;
  const { problems, validate } = analyse(source.value, options.patternTimeoutMs);
  for (const pointer of source.duplicateKeys) problems.push({ pointer, message: `Duplicate key "${pointer.slice(pointer.lastIndexOf('/') + 1)}": only the last one counts.` });
  const located = finish(file, source, problems);
  if (located.length > 0 || options.examples === false || !validate) return located;
  return lintExamples(absolute, validate, cwd);
}

/**
 * Lints every schema below the targets; problems of all files, each file's sorted by line, and notes on
 * the symbolic links met on the way (see `findSchemaFiles`).
 */
export function lintTargets(targets: readonly string[], options: LintOptions = {}): { files: string[]; problems: LintProblem[]; notes: string[] } {
  const notes: string[] = [];
  const files = findSchemaFiles(targets, options.cwd, [], (line) => notes.push(line));
  return { files, problems: files.flatMap((f) => lintFile(f, options)), notes };
}

function readSource(absolute: string, file: string): { source: JsonSource } | { problems: LintProblem[] } {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return { problems: [{ file, line: 1, column: 1, pointer: '', message: `Cannot read the file: ${(error as Error).message}` }] };
  }
  try {
    return { source: parseJsonSource(text) };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problems: [{ file, ...error.position, pointer: '', message: `Invalid JSON: ${error.message}` }] };
    throw error;
  }
}

/**
 * The engine's structural checks (unknown keywords, `$ref`, `x-ui`), the procedure checks
 * (`x-dvc` meta-schema, conditions and pointers against the dossier schema), links that are not
 * http(s) or relative (a template link must never run script), patterns that backtrack catastrophically
 * (ReDoS), then ajv in strict
 * mode: the draft's meta-schema, and compiling the expanded schema.
 */
export function schemaProblems(schema: unknown, patternTimeoutMs?: number): SchemaProblem[] {
  return analyse(schema, patternTimeoutMs).problems;
}

/** The problems and, for a clean schema, ajv's compiled validate function of the expanded schema. */
function analyse(schema: unknown, patternTimeoutMs?: number): { problems: SchemaProblem[]; validate?: ValidateFunction } {
  const problems: SchemaProblem[] = [
    ...lintSchema(schema, checkUiVocabulary),
    ...checkProcedure(schema),
    ...schemaUrlProblems(schema),
    ...redosProblems(schema, patternTimeoutMs),
  ];
  if (typeof schema !== 'object' || schema === null) return { problems };
  const expanded = problems.length === 0 ? expandProcedure(schema) : schema;
  let ajv: ReturnType<typeof createAjv>;
  try {
    ajv = createAjv(expanded, { formats: EXTRA_FORMATS, vocabularies: [procedureVocabulary] });
  } catch (error) {
    return { problems: [...problems, { pointer: '', message: (error as Error).message }] };
  }
  if (!ajv.validateSchema(expanded as object)) {
    for (const error of ajv.errors ?? []) {
      const pointer = error.instancePath;
      // x-ui and x-dvc have their own checkers with better messages; a problem the engine already
      // reported at (or around) the same place needs no second line.
      if (/\/x-(ui|dvc)(\/|$)/.test(pointer)) continue;
      if (problems.some((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`) || pointer.startsWith(`${p.pointer}/`))) continue;
      if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === '$dynamicRef') continue;
      problems.push({ pointer, keyword: error.keyword, message: metaMessage(error) });
    }
  }
  if (problems.length > 0) return { problems };
  try {
    return { problems, validate: ajv.compile(expanded as object) };
  } catch (error) {
    problems.push(compileProblem(error, schema));
  }
  return { problems };
}

function metaMessage(error: ErrorObject): string {
  const detail =
    error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"`
    : error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    : '';
  return `${upperFirst(error.message ?? 'invalid')}${detail} (meta-schema: ${error.keyword}).`;
}

function compileProblem(error: unknown, schema: unknown): SchemaProblem {
  const message = error instanceof Error ? error.message : String(error);
  const ref = /can't resolve reference (\S+)/.exec(message);
  if (ref) return { pointer: findKeyword(schema, '$ref', ref[1]) ?? '', keyword: '$ref', message: `Cannot resolve reference "${ref[1]}".` };
  const keyword = /unknown keyword: "([^"]+)"/.exec(message);
  if (keyword) return { pointer: findKeyword(schema, keyword[1]!) ?? '', keyword: keyword[1]!, message: `Unknown keyword "${keyword[1]}".` };
  const format = /unknown format "([^"]+)" ignored in schema at path "#?([^"]*)"/.exec(message);
  if (format) return { pointer: `${format[2]}/format`, keyword: 'format', message: `Unknown format "${format[1]}": use a standard format or one of ${Object.keys(EXTRA_FORMATS).join(', ')}.` };
  return { pointer: '', message: `ajv (strict mode): ${message.replace(/^strict mode: /, '')}` };
}

/** Pointer of the first member named `keyword` (with the given value, if any) anywhere in the document. */
function findKeyword(node: unknown, keyword: string, value?: string, pointer = ''): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [key, child] of Object.entries(node)) {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === keyword && (value === undefined || child === value)) return at;
    const deeper = findKeyword(child, keyword, value, at);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Locates, de-duplicates and sorts problems (by line, then column, then pointer). */
function finish(file: string, source: JsonSource, problems: readonly SchemaProblem[]): LintProblem[] {
  const seen = new Set<string>();
  const result: LintProblem[] = [];
  for (const problem of problems) {
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // An unknown keyword or member is the key itself: point at it, not at its value.
    const preferKey = /^(Unknown (keyword|member)|Duplicate key)/.test(problem.message) || (problem.keyword === 'additionalProperties');
    const { line, column } = locate(source, problem.pointer, preferKey);
    result.push({ file, line, column, pointer: problem.pointer, message: problem.message });
  }
  return result.sort((a, b) => a.line - b.line || a.column - b.column || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/** Example data next to a schema: `valid*.json` must validate, `invalid*.json` must not. */
export function lintExamples(schemaPath: string, validate: ValidateFunction | Validator, cwd = process.cwd()): LintProblem[] {
  const dir = join(dirname(schemaPath), 'examples');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((n) => n.endsWith('.json') && /^(valid|invalid)/.test(n)).sort();
  if (names.length === 0) return [];
  const validator: Validator =
    typeof validate === 'function' ? { validate: (data) => (validate(data) ? [] : ((validate.errors ?? []) as RawValidationError[])) } : validate;
  const problems: LintProblem[] = [];
  for (const name of names) {
    const absolute = join(dir, name);
    const file = displayName(absolute, cwd);
    const read = readSource(absolute, file);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    const errors = validator.validate(read.source.value);
    const mustBeValid = basename(name).startsWith('valid');
    if (mustBeValid && errors.length > 0) {
      const first = errors[0]!;
      const pointer = first.keyword === 'required' ? `${first.instancePath}/${String(first.params.missingProperty)}` : first.instancePath;
      const { line, column } = locate(read.source, first.instancePath);
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
      problems.push({ file, line, column, pointer, message: `A valid example must validate: ${first.message ?? first.keyword} (${first.keyword})${more}.` });
    } else if (!mustBeValid && errors.length === 0) {
      problems.push({ file, line: 1, column: 1, pointer: '', message: 'An invalid example must not validate, but it does.' });
    }
  }
  return problems;
}
