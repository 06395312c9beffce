import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { getIn, parsePointer, prepareSchema, setIn, type RawValidationError } from '@dvc-kit/form-engine';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { procedureVocabulary } from '@dvc-kit/procedure';
import { EXTRA_FORMATS } from '../src/formats.js';
import { dossierTypes } from '../src/types-gen.js';
import { proceduresDir, tempDir } from './helpers.js';

const vocabularies = [procedureVocabulary];
const procedures = readdirSync(proceduresDir).sort();

/**
 * What a TypeScript type cannot hold, and why: data that breaks only these rules compiles against the generated
 * `.d.ts` (ajv and the form still reject it). Every mistake below that compiles must be listed here.
 */
const NOT_TYPEABLE: Readonly<Record<string, string>> = {
  format: 'a date, an e-mail address or a URI is a string to TypeScript',
  pattern: 'a regular expression is not a type',
  minimum: 'a numeric range is not a type',
  exclusiveMinimum: 'a numeric range is not a type',
  maximum: 'a numeric range is not a type',
  exclusiveMaximum: 'a numeric range is not a type',
  minLength: 'a string length is not a type',
  maxLength: 'a string length is not a type',
  minItems: 'left out on purpose (ignoreMinAndMaxItems): a one-file upload reads better as an array than as a tuple',
  maxItems: 'left out on purpose (ignoreMinAndMaxItems), as minItems',
  integer: 'TypeScript has one number type: a fraction where a whole number is required is still a number',
  conditional: 'what only an if/then/else branch requires or restricts is optional in the type: it holds only in some cases',
};

/** A rule a type expresses: a member required always, a closed set of values, a JSON type, a closed object. */
const TYPEABLE_KEYWORDS = new Set(['required', 'enum', 'const', 'type', 'additionalProperties', 'oneOf', 'anyOf']);
/** Keywords that only report the outcome of others (`if` failed because its `then` did). */
const SUMMARY_KEYWORDS = new Set(['if']);

const isConditional = (error: RawValidationError) => /\/(then|else|dependentSchemas|dependentRequired)(\/|$)/.test(error.schemaPath);

/** The rule an error breaks, as NOT_TYPEABLE names it, or its keyword. */
function ruleOf(error: RawValidationError, data: unknown): string {
  if (isConditional(error)) return 'conditional';
  if (error.keyword === 'type' && error.params.type === 'integer' && typeof getIn(data, parsePointer(error.instancePath)) === 'number') return 'integer';
  return error.keyword;
}
const rulesOf = (errors: readonly RawValidationError[], data: unknown) => [
  ...new Set(errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword)).map((e) => ruleOf(e, data))),
];
const typeable = (rules: readonly string[]) => rules.some((rule) => TYPEABLE_KEYWORDS.has(rule));

interface Case {
  file: string;
  /** The type must reject it. */
  reject: boolean;
  rules: string[];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every mistake of a procedure's invalid examples, made alone in its first valid example: the invalid value put in
 * its place, or the missing member removed. ajv says whether (and how) the variant is invalid.
 */
function singleMistakes(id: string, valid: unknown, invalid: Record<string, unknown>, validate: (data: unknown) => readonly RawValidationError[]) {
  const variants: { name: string; data: unknown; errors: readonly RawValidationError[] }[] = [];
  const seen = new Set<string>();
  for (const [file, data] of Object.entries(invalid)) {
    for (const error of validate(data)) {
      if (SUMMARY_KEYWORDS.has(error.keyword)) continue;
      const path = error.keyword === 'required' ? [...parsePointer(error.instancePath), String(error.params.missingProperty)] : parsePointer(error.instancePath);
      const key = `${error.keyword} ${path.join('/')}`;
      if (seen.has(key) || path.length === 0) continue;
      seen.add(key);
      const parent = getIn(valid, path.slice(0, -1));
      if (typeof parent !== 'object' || parent === null) continue; // the valid example has no place for it
      let variant: unknown;
      if (error.keyword === 'required') {
        if (getIn(valid, path) === undefined) continue;
        variant = structuredClone(valid);
        delete (getIn(variant, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1)!];
      } else {
        variant = setIn(valid, path, getIn(data, path));
      }
      const errors = validate(variant);
      if (errors.length > 0) variants.push({ name: `${id} ${file}: ${key}`, data: variant, errors });
    }
  }
  return variants;
}

describe('the generated types fit the procedures', () => {
  const cases: Case[] = [];
  const diagnostics = new Map<string, string[]>();

  beforeAll(async () => {
    const out = tempDir('types');
    for (const id of procedures) {
      const dir = join(proceduresDir, id);
      const schema = readJson(join(dir, 'schema.json'));
      const target = join(out, id);
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'types.d.ts'), await dossierTypes(prepareSchema(schema, { vocabularies }), '/* test */'));
      const ajv = createAjvValidator(schema, { vocabularies, formats: EXTRA_FORMATS });
      const examples = readdirSync(join(dir, 'examples')).filter((f) => f.endsWith('.json')).sort();
      const write = (name: string, data: unknown, reject: boolean, rules: string[]) => {
        const file = join(target, `case-${cases.filter((c) => c.file.startsWith(target)).length}.ts`);
        writeFileSync(file, `// ${name}\nimport type { Dossier } from './types.js';\nexport const example: Dossier = ${JSON.stringify(data, null, 2)};\n`);
        cases.push({ file, reject, rules });
      };
      const invalid: Record<string, unknown> = {};
      for (const name of examples) {
        const data = readJson(join(dir, 'examples', name));
        if (name.startsWith('invalid')) invalid[name] = data;
        const errors = ajv.validate(data);
        const rules = rulesOf(errors, data);
        write(`${id} ${name}`, data, typeable(rules), rules);
      }
      const valid = readJson(join(dir, 'examples', examples.find((n) => n.startsWith('valid'))!));
      for (const variant of singleMistakes(id, valid, invalid, (data) => ajv.validate(data))) {
        const rules = rulesOf(variant.errors, variant.data);
        write(variant.name, variant.data, typeable(rules), rules);
      }
    }
    // One program for every case: the repository's TypeScript, as strict as a consumer's.
    const program = ts.createProgram(
      cases.map((c) => c.file),
      { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts'], types: [] },
    );
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const file = diagnostic.file?.fileName ?? '';
      diagnostics.set(file, [...(diagnostics.get(file) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')]);
    }
  }, 120_000);

  const label = (c: Case) => readFileSync(c.file, 'utf8').split('\n', 1)[0]!.slice(3);

  it('accepts every valid example of every procedure', () => {
    const valid = cases.filter((c) => c.rules.length === 0);
    expect(valid.length).toBe(procedures.length * 2);
    for (const c of valid) expect(diagnostics.get(c.file), label(c)).toBeUndefined();
  });

  it('rejects every invalid example that has a mistake a type can express; the others break only rules NOT_TYPEABLE names', () => {
    const invalid = cases.filter((c) => label(c).includes(' invalid-') && !label(c).includes(': '));
    expect(invalid.length).toBeGreaterThanOrEqual(procedures.length * 2);
    expect(invalid.filter((c) => c.reject).length, 'invalid examples a type can reject').toBeGreaterThanOrEqual(procedures.length * 2);
    for (const c of invalid) {
      if (c.reject) expect(diagnostics.get(c.file)?.length ?? 0, label(c)).toBeGreaterThan(0);
      // A wrong check digit or province code is a format: TypeScript sees a string.
      else expect(c.rules.filter((rule) => !Object.hasOwn(NOT_TYPEABLE, rule)), `${label(c)} breaks ${c.rules.join(', ')}`).toEqual([]);
    }
  });

  it('made alone, each mistake of the invalid examples is rejected where a type can express it, and compiles only where NOT_TYPEABLE says why', () => {
    const variants = cases.filter((c) => label(c).includes(': '));
    // Enough of both kinds for the test to mean something.
    expect(variants.filter((c) => c.reject).length).toBeGreaterThan(10);
    expect(variants.filter((c) => !c.reject).length).toBeGreaterThan(10);
    for (const c of variants) {
      const rejected = (diagnostics.get(c.file)?.length ?? 0) > 0;
      expect({ case: label(c), rejected }).toEqual({ case: label(c), rejected: c.reject });
      if (!c.reject) for (const rule of c.rules) expect(NOT_TYPEABLE, `${label(c)}: ${rule}`).toHaveProperty(rule);
    }
  });
});
