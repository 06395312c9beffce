import { describe, expect, it } from 'vitest';
import { checkUiVocabulary, createSchemaValidator } from '../src/index.js';
import type { JsonSchema } from '../src/index.js';
import { createAjv } from '../src/ajv/index.js';
import { UI_META_SCHEMA } from '../src/ajv/ui-meta-schema.js';
import { readJson, withoutProse } from './helpers.js';
import { registerVnFormats } from '@dvc-kit/vn';
import { registerFormat } from '../src/index.js';

// The shipped procedures use the Vietnamese formats; a page registers them (the element's default define does).
registerVnFormats(registerFormat);

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE_STRINGS = ['', 'a', 'ab', 'abcde', '012345678901', '0912345678', 'x@y.vn', 'not an email', '2026-02-30', '2026-02-17', '2024-02-29',
  '08:30:00+07:00', '25:00:00Z', '2026-02-17T08:30:00+07:00', 'https://dichvucong.gov.vn/p?q=1', 'mailto:a@b.c', 'đường Lê Lợi', 'POST', 'IN_PERSON', 'A', 'B',
  '550e8400-e29b-41d4-a716-446655440000', '192.168.1.1', '::1', '1::2::3', '/a/b~1c', 'ex ample.com', 'vn', '😀😀'];
const SAMPLE_NUMBERS = [0, -1, 1, 2, 2.5, 3, 10, 17, 18, 100, 1e6, 0.1, 0.3, -0.5];

function arbitrary(rand: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const r = rand();
  if (depth > 2 || r < 0.35) return pick(SAMPLE_STRINGS);
  if (r < 0.6) return pick(SAMPLE_NUMBERS);
  if (r < 0.68) return rand() < 0.5;
  if (r < 0.72) return null;
  if (r < 0.84) return Array.from({ length: Math.floor(rand() * 4) }, () => arbitrary(rand, depth + 1));
  const keys = ['a', 'b', 'c', 'kind', 'name', 'channel', 'address', 'x-1', 'extra'];
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [pick(keys), arbitrary(rand, depth + 1)]));
}

/** Data shaped like the schema most of the time, with random deviations. */
function shaped(schema: JsonSchema, rand: () => number, root: Record<string, unknown>, depth = 0): unknown {
  if (typeof schema !== 'object' || schema === null || depth > 6 || rand() < 0.12) return arbitrary(rand);
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const path = s.$ref.replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const token of path) target = (target as Record<string, unknown>)?.[token];
    return shaped(target as JsonSchema, rand, root, depth + 1);
  }
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  if ('const' in s && rand() < 0.7) return s.const;
  if (Array.isArray(s.enum) && rand() < 0.8) return pick(s.enum);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(s[key]) && rand() < 0.6) return shaped(pick(s[key] as JsonSchema[]), rand, root, depth + 1);
  }
  const type = Array.isArray(s.type) ? pick(s.type as string[]) : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    const props = { ...(s.properties as Record<string, JsonSchema>), ...((s.then as Record<string, unknown>)?.properties as Record<string, JsonSchema>) };
    for (const [key, sub] of Object.entries(props)) if (rand() < 0.75) out[key] = shaped(sub, rand, root, depth + 1);
    if (rand() < 0.1) out.extra = arbitrary(rand);
    return out;
  }
  if (type === 'array') return Array.from({ length: Math.floor(rand() * 4) }, () => shaped((s.items ?? true) as JsonSchema, rand, root, depth + 1));
  if (type === 'string') return pick(SAMPLE_STRINGS);
  if (type === 'integer') return pick(SAMPLE_NUMBERS.filter(Number.isInteger));
  if (type === 'number') return pick(SAMPLE_NUMBERS);
  if (type === 'boolean') return rand() < 0.5;
  return arbitrary(rand);
}

const SCHEMAS: Record<string, JsonSchema> = {
  strings: { type: 'object', required: ['a'], properties: { a: { type: 'string', minLength: 2, maxLength: 5 }, b: { type: 'string', pattern: '^\\d{12}$' }, c: { type: ['string', 'null'] } } },
  formats: {
    type: 'object',
    properties: Object.fromEntries(['date', 'time', 'date-time', 'email', 'uri', 'uuid', 'ipv4', 'ipv6', 'json-pointer', 'hostname', 'uri-reference'].map((f) => [f, { type: 'string', format: f }])),
    additionalProperties: { type: 'string', format: 'date' },
  },
  numbers: { type: 'object', properties: { a: { type: 'integer', minimum: 1, maximum: 17 }, b: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100, multipleOf: 0.5 }, c: { type: 'number', multipleOf: 3 } } },
  enums: { type: 'object', properties: { kind: { enum: ['A', 'B', null, 1] }, name: { const: 'A' }, channel: { oneOf: [{ const: 'POST' }, { const: 'IN_PERSON' }] } } },
  arrays: {
    type: 'object',
    properties: {
      a: { type: 'array', minItems: 1, maxItems: 2, uniqueItems: true, items: { type: 'string' } },
      b: { type: 'array', contains: { const: 'A' }, items: { type: ['string', 'number'] } },
      c: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: false },
    },
  },
  conditional: {
    type: 'object',
    required: ['channel'],
    properties: { channel: { enum: ['POST', 'IN_PERSON'] }, address: { type: 'string', minLength: 3 } },
    if: { properties: { channel: { const: 'POST' } } },
    then: { required: ['address'] },
    else: { not: { required: ['address'] } },
    dependentRequired: { name: ['kind'] },
    dependentSchemas: { a: { properties: { b: { type: 'number' } }, required: ['b'] } },
  },
  alternatives: {
    type: 'object',
    properties: {
      kind: { type: 'string' },
    },
    oneOf: [
      { properties: { kind: { const: 'A' }, name: { type: 'string' } }, required: ['kind', 'name'] },
      { properties: { kind: { const: 'B' }, address: { type: 'string' } }, required: ['kind'] },
    ],
    anyOf: [{ required: ['name'] }, { required: ['address'] }, { maxProperties: 1 }],
  },
  references: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.gov.vn/schemas/person.json',
    type: 'object',
    properties: { a: { $ref: '#/$defs/node' }, b: { $ref: 'person.json#/$defs/leaf' }, c: { $ref: 'https://example.gov.vn/schemas/person.json#/$defs/leaf' } },
    $defs: { node: { type: 'object', properties: { a: { $ref: '#/$defs/node' }, b: { $ref: '#/$defs/leaf' } }, additionalProperties: false }, leaf: { type: 'string', maxLength: 3 } },
  },
  patterns: {
    type: 'object',
    patternProperties: { '^x-': { type: 'integer' } },
    propertyNames: { pattern: '^[a-z-0-9]+$' },
    additionalProperties: { type: 'string' },
    minProperties: 1,
    maxProperties: 3,
  },
  unevaluated: {
    type: 'object',
    properties: { a: { type: 'string' } },
    allOf: [{ properties: { b: { type: 'number' } } }],
    anyOf: [{ properties: { c: { type: 'string' } } }, { properties: { kind: true } }],
    unevaluatedProperties: false,
  },
  draft07: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { a: { $ref: '#/definitions/s' }, b: { type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'number' } } },
    dependencies: { a: ['b'], name: { required: ['kind'] } },
    definitions: { s: { type: 'string', minLength: 1 } },
  },
};

describe('the eval-free validator agrees with ajv', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`on ${name}, over 400 random values`, () => {
      const ours = createSchemaValidator(schema);
      const incremental = createSchemaValidator(schema, { incremental: true });
      const theirs = createAjv(schema).compile(schema as object);
      const rand = random(name.length * 7919);
      let invalid = 0;
      for (let i = 0; i < 400; i++) {
        const data = shaped(schema, rand, schema as Record<string, unknown>);
        const expected = theirs(data);
        const ourErrors = ours.validate(data);
        if (!expected) invalid++;
        expect({ data, valid: ourErrors.length === 0 }).toEqual({ data, valid: expected });
        expect(incremental.validate(data).length === 0).toBe(expected);
        if (!expected) {
          // Every failing instance location ajv names, we name too.
          const paths = new Set(ourErrors.map((e) => e.instancePath));
          for (const e of theirs.errors ?? []) expect(paths, JSON.stringify({ data, e })).toContain(e.instancePath);
        }
      }
      expect(invalid).toBeGreaterThan(20);
      expect(invalid).toBeLessThan(400);
    });
  }

  it('reuses results in incremental mode only for unchanged values', () => {
    const validator = createSchemaValidator(SCHEMAS.strings!, { incremental: true });
    const data = { a: 'ok', b: '1' };
    expect(validator.validate(data).map((e) => e.instancePath)).toEqual(['/b']);
    expect(validator.validate({ ...data, b: '012345678901' })).toEqual([]);
    expect(validator.validate({ a: 'x' }).map((e) => e.keyword)).toEqual(['minLength']);
  });
});

describe('the x-ui vocabulary', () => {
  it('is the same in the package as in schemas/meta', () => {
    expect(UI_META_SCHEMA).toEqual(withoutProse(readJson('schemas/meta/ui.schema.json')));
  });

  const samples: unknown[] = [
    { widget: 'textarea', rows: 4, placeholder: 'a', help: { vi: 'b', en: 'c' } },
    { widget: 'slider' },
    { order: ['a', '*'] },
    { order: ['a', 'a'] },
    { sections: [{ id: 'a', title: 'A', fields: ['x'] }] },
    { sections: [{ id: 'A', title: 'A', fields: [] }] },
    { sections: [{ id: 'a', title: 'A', fields: ['x'], extra: 1 }] },
    { messages: { pattern: 'x', required: { vi: 'y' } } },
    { messages: { 'pat tern': 'x' } },
    { messages: { pattern: 3 } },
    { en: { title: 'T', options: { a: 'A' } } },
    { en: { label: 'T' } },
    { inputMode: 'numeric', autocomplete: 'name', itemLabel: 'Mục' },
    { inputMode: 'digits' },
    { rows: 41 },
    { help: { en: 'only english' } },
    'textarea',
  ];
  it('is checked by the engine exactly as ajv checks the meta-schema', () => {
    const ajv = createAjv({});
    const { $schema: _s, $id: _i, ...meta } = UI_META_SCHEMA;
    const validate = ajv.compile(meta);
    for (const sample of samples) {
      expect({ sample, valid: checkUiVocabulary(sample, '').length === 0 }).toEqual({ sample, valid: validate(sample) });
    }
  });
});

// The shipped procedures (schemas/procedures) use x-dvc: @dvc-kit/procedure tests them with its vocabulary.
