/**
 * One set of rules: what a form shows (a field behind an `if`, its required marker, the chosen alternative) is
 * decided by the validator that judges the data, on every page. For each keyword the old condition matcher got
 * wrong, a schema whose `if` and whose alternatives use it; for several values, the default page (the full
 * createForm with its interpreter, also without a validator), the core with ajv, and the precompiled page (the core
 * with the validator `dvc-schema build` writes) must agree with each other and with ajv's verdict on the condition,
 * and `state.valid` with the markers.
 *
 * It lives in schema-cli because it needs the build: the engine must not depend on its own CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createForm, createSchemaValidator, prepareSchema, type DossierForm, type JsonSchemaObject, type Validator } from '@dvc-kit/form-engine';
import { createAjv, createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { mapsAndTuples } from '@dvc-kit/form-engine/collections';
import { createForm as createCoreForm } from '@dvc-kit/form-engine/core';
import { standaloneValidator } from '../src/build.js';
import { tempDir } from './helpers.js';

interface KeywordCase {
  keyword: string;
  condition: JsonSchemaObject;
  /** Objects to judge (without "b", the field the condition reveals). */
  values: Record<string, unknown>[];
}

const CASES: KeywordCase[] = [
  {
    keyword: 'format in if',
    condition: { properties: { a: { type: 'string', format: 'email' } }, required: ['a'] },
    values: [{ a: 'an@example.vn' }, { a: 'not-an-email' }, { a: 'an@' }, {}],
  },
  {
    keyword: 'uniqueItems',
    condition: { properties: { a: { type: 'array', uniqueItems: true } }, required: ['a'] },
    values: [{ a: [1, 2] }, { a: [1, 1] }, { a: [{ x: 1 }, { x: 1 }] }, { a: [{ x: 1 }, { x: 2 }] }, { a: [] }],
  },
  {
    keyword: 'patternProperties',
    condition: { patternProperties: { '^so-': { type: 'number' } } },
    values: [{ 'so-1': 1 }, { 'so-1': 'một' }, { a: 'x' }, {}],
  },
  {
    keyword: 'propertyNames',
    condition: { propertyNames: { maxLength: 3 } },
    values: [{ abc: 1 }, { abcd: 1 }, { a: 1 }, {}],
  },
  {
    keyword: 'dependentSchemas',
    condition: { dependentSchemas: { a: { required: ['c'] } } },
    values: [{ a: 1 }, { a: 1, c: 2 }, { c: 2 }, {}],
  },
  {
    keyword: 'contains with minContains/maxContains',
    condition: { properties: { a: { type: 'array', contains: { const: 1 }, minContains: 2, maxContains: 3 } }, required: ['a'] },
    values: [{ a: [1] }, { a: [1, 1] }, { a: [1, 2, 1, 1] }, { a: [1, 1, 1, 1] }, { a: [2] }],
  },
  {
    keyword: 'unevaluatedProperties',
    condition: { properties: { a: true }, allOf: [{ properties: { c: true } }], unevaluatedProperties: false },
    values: [{ a: 1 }, { a: 1, c: 2 }, { a: 1, z: 2 }, {}],
  },
  {
    keyword: 'unevaluatedItems (with contains)',
    condition: { properties: { a: { type: 'array', prefixItems: [{ const: 1 }], contains: { const: 2 }, unevaluatedItems: false } }, required: ['a'] },
    values: [{ a: [1, 2] }, { a: [1, 2, 2] }, { a: [1, 2, 3] }, { a: [1] }],
  },
  {
    keyword: 'decimal multipleOf',
    condition: { properties: { a: { type: 'number', multipleOf: 0.01 } }, required: ['a'] },
    values: [{ a: 0.07 }, { a: 1.15 }, { a: 19.99 }, { a: 19.991 }, { a: 0.075 }],
  },
  {
    keyword: 'const',
    condition: { properties: { a: { const: 'có' } }, required: ['a'] },
    values: [{ a: 'có' }, { a: 'không' }, {}],
  },
  {
    keyword: 'enum',
    condition: { properties: { a: { enum: [1, 'hai', null] } }, required: ['a'] },
    values: [{ a: 1 }, { a: null }, { a: 2 }, {}],
  },
  {
    keyword: 'required (own properties only)',
    condition: { required: ['constructor', 'toString'] },
    values: [{ constructor: 1, toString: 2 }, { constructor: 1 }, {}],
  },
];

/** Where ajv 8.20 misses the standard (the official suite's verdict), by "keyword value". */
const KNOWN_AJV_DEVIATIONS = new Map([
  ['unevaluatedItems (with contains) {"a":[1,2,3]}', 'ajv counts every item as evaluated once "contains" is there; index 2 matches neither prefixItems nor contains'],
]);

/** A schema whose `if` and whose alternatives (the condition, or not) both use the condition. */
function schemaFor(condition: JsonSchemaObject): JsonSchemaObject {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { a: true },
    if: condition,
    then: { properties: { b: { type: 'string', title: 'B' } }, required: ['b'] },
    oneOf: [
      { type: 'object', title: 'Khớp', ...condition },
      { type: 'object', title: 'Không khớp', not: condition },
    ],
  };
}

interface Seen {
  shown: boolean;
  required: boolean;
  alternative: number | undefined;
  valid: boolean;
  validWithB: boolean;
}

function seen(open: (data: unknown) => DossierForm, value: Record<string, unknown>): Seen {
  const form = open(value);
  const b = form.getNode('/b');
  return {
    shown: b !== undefined,
    required: b?.required ?? false,
    alternative: form.getNode('')?.selectedOption,
    valid: form.state.valid,
    validWithB: open({ ...value, b: 'đã điền' }).state.valid,
  };
}

describe('one set of rules: what a form shows is what its validator decides, on every page', () => {
  it.each(CASES)('$keyword', async ({ keyword, condition, values }) => {
    const schema = schemaFor(condition);
    const prepared = prepareSchema(schema);
    const file = join(tempDir('one-set-of-rules'), `${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, await standaloneValidator(prepared, 'rules'));
    const built = ((await import(pathToFileURL(file).href)) as { default: Validator }).default;
    const ajvValidator = createAjvValidator(prepared);
    const ajvCondition = createAjv(schema).compile(condition);
    const interpreter = createSchemaValidator({ ...condition, $schema: schema.$schema });

    const pages: [string, (data: unknown) => DossierForm][] = [
      ['default page (interpreter)', (data) => createForm(schema, data)],
      ['default page, no validator', (data) => createForm(schema, data, { validator: null })],
      ['core with ajv', (data) => createCoreForm(prepared, data, { validator: ajvValidator, collections: mapsAndTuples })],
      ['precompiled page', (data) => createCoreForm(prepared, data, { validator: built, collections: mapsAndTuples })],
    ];
    for (const value of values) {
      const standard = (data: unknown) => interpreter.validate(data).length === 0;
      const known = KNOWN_AJV_DEVIATIONS.get(`${keyword} ${JSON.stringify(value)}`);
      // Elsewhere ajv and the interpreter (held to the official suite) agree on the condition; a listed deviation is real.
      expect(standard(value) === (ajvCondition(value) === true), `${keyword} ${JSON.stringify(value)}: ${known ?? 'ajv and the interpreter agree'}`).toBe(!known);
      for (const [page, open] of pages) {
        // ajv's verdict, except where ajv is known to miss the standard: there the interpreter's (held to the suite),
        // and the pages that validate with ajv still show exactly what their validator accepts.
        const withAjv = page === 'core with ajv' || page === 'precompiled page';
        const decide = (data: unknown) => (known && !withAjv ? standard(data) : ajvCondition(data) === true);
        const holds = decide(value);
        // With "b" filled in, a condition that looks at the whole object may change; a hidden "b" is left out of the data.
        const holdsWithB = decide({ ...value, b: 'đã điền' });
        const expected: Seen = { shown: holds, required: holds, alternative: holds ? 0 : 1, valid: !holds, validWithB: holdsWithB || !holds };
        // Without a validator the form is always valid; what it shows is still the interpreter's.
        const wanted = page === 'default page, no validator' ? { ...expected, valid: true, validWithB: true } : expected;
        expect(seen(open, value), `${page}, ${JSON.stringify(value)}`).toEqual(wanted);
      }
    }
  });
});
