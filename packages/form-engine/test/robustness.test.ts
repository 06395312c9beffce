/**
 * No schema and no input may crash the engine: every schema ends in a form or a SchemaError with located
 * problems (never a TypeError, a hang or runaway memory), and a form survives what a citizen can do to it.
 * A hand-made corpus of malformed schemas (a bad value for every keyword), then seeded random schemas.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DATA_DEPTH, SchemaError, createForm, parsePointer, setIn } from '../src/index.js';
import type { DossierForm, FieldNode } from '../src/index.js';
import { META_SCHEMAS } from '../src/meta-schemas.js';
import { allNodes, readJson } from './helpers.js';

const KEYWORDS = [
  'type', 'properties', 'required', 'items', 'prefixItems', 'additionalProperties', 'patternProperties', 'propertyNames',
  'not', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'dependencies',
  'enum', 'const', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains',
  'minProperties', 'maxProperties', 'unevaluatedProperties', 'unevaluatedItems', '$ref', '$defs', 'definitions',
  '$id', '$anchor', '$dynamicRef', '$dynamicAnchor', '$schema', 'title', 'description', 'default', 'examples',
  'readOnly', 'x-ui', 'x-dvc',
] as const;
const BAD_VALUES: unknown[] = [5, -1, 1.5, 'x', '', null, true, false, [], [5], [null], {}, { a: 5 }, { a: null }, { __proto__: 5 }, '#/nowhere', '#'];

/** A keyword with a bad value, at the root and under a property, each also with data. */
function malformedCorpus(): { name: string; schema: unknown; data?: unknown }[] {
  const corpus: { name: string; schema: unknown; data?: unknown }[] = [];
  for (const keyword of KEYWORDS) {
    for (const bad of BAD_VALUES) {
      const name = `${keyword}: ${JSON.stringify(bad)}`;
      corpus.push({ name, schema: { [keyword]: bad } });
      corpus.push({ name: `properties.a.${name}`, schema: { type: 'object', properties: { a: { [keyword]: bad } } }, data: { a: 'x' } });
    }
  }
  corpus.push(
    { name: 'not a schema: a number', schema: 5 },
    { name: 'not a schema: a string', schema: 'schema' },
    { name: 'not a schema: null', schema: null },
    { name: 'not a schema: an array', schema: [{ type: 'string' }] },
    { name: '$ref cycle', schema: { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' } },
    { name: '$ref to itself', schema: { $ref: '#' } },
    { name: '$ref to a number', schema: { $defs: { n: 5 }, type: 'object', properties: { a: { $ref: '#/$defs/n' } } } },
    { name: '$ref to an array', schema: { $defs: { n: [1] }, type: 'object', properties: { a: { $ref: '#/$defs/n' } } } },
    { name: '$ref into an enum', schema: { type: 'object', properties: { e: { enum: [{ type: 'string' }] }, a: { $ref: '#/properties/e/enum/0' } } } },
    { name: 'allOf cycle', schema: { $defs: { a: { allOf: [{ $ref: '#/$defs/a' }] } }, type: 'object', properties: { x: { $ref: '#/$defs/a' } } } },
    { name: 'property named __proto__', schema: { type: 'object', properties: JSON.parse('{"__proto__": {"type": "string"}}'), required: ['__proto__'] }, data: JSON.parse('{"__proto__": "x"}') },
    { name: 'property named constructor', schema: { type: 'object', properties: { constructor: { type: 'string' } }, required: ['constructor', 'toString'] }, data: {} },
    { name: 'oneOf of non-objects', schema: { oneOf: [5, 'x', null] } },
    { name: 'if with a broken then', schema: { type: 'object', if: { properties: { a: { const: 1 } } }, then: { properties: { b: 5 } } } },
    { name: 'x-ui order naming no field', schema: { type: 'object', properties: { a: { type: 'string' } }, 'x-ui': { order: ['b', 5] } } },
    { name: 'x-ui sections broken', schema: { type: 'object', properties: { a: { type: 'string' } }, 'x-ui': { sections: [{ title: 5, fields: 'a' }] } } },
    { name: 'deep nesting of not', schema: Array.from({ length: 300 }).reduce((inner) => ({ not: inner }), {}) },
    { name: 'deep nesting of properties', schema: Array.from({ length: 300 }).reduce((inner) => ({ type: 'object', properties: { a: inner } }), { type: 'string' }) },
  );
  return corpus;
}

const ACCEPTABLE = (error: unknown) =>
  error instanceof SchemaError && error.problems.length > 0 && error.problems.every((p) => typeof p.pointer === 'string' && typeof p.message === 'string' && p.message.length > 0);

/** What a citizen (or a page) can do to a form: type into every leaf, add and remove items, submit. */
function exercise(form: DossierForm): void {
  for (const node of allNodes(form.state.root).slice(0, 200) as FieldNode[]) {
    if (node.kind === 'array' && node.canAdd) form.addItem(node.pointer);
    else if (node.kind === 'deferred') form.setValue(node.pointer, {});
    else if (!node.children && !node.items) form.setInput(node.pointer, node.kind === 'checkbox' ? true : 'x');
  }
  form.submit();
  form.setLocale('en');
  form.reset();
}

function outcome(schema: unknown, data?: unknown): 'form' | 'schema-error' {
  let form: DossierForm;
  try {
    form = createForm(schema, data);
  } catch (error) {
    if (ACCEPTABLE(error)) return 'schema-error';
    throw error;
  }
  exercise(form);
  return 'form';
}

describe('malformed schemas end in a form or a located SchemaError', () => {
  const corpus = malformedCorpus();
  for (const { name, schema, data } of corpus) {
    it(name, () => {
      expect(['form', 'schema-error']).toContain(outcome(schema, data));
    });
  }
  it('covers a real corpus', () => {
    expect(corpus.length).toBeGreaterThan(1500);
  });
});

// ---- random schemas ------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSchema(next: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (depth > 4 || next() < 0.15) return pick([true, false, {}, { type: 'string' }, { $ref: '#' }, { $ref: '#/$defs/d' }, 5, null]);
  const schema: Record<string, unknown> = {};
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const keyword = pick(KEYWORDS);
    const roll = next();
    if (roll < 0.1) schema[keyword] = pick(BAD_VALUES);
    else if (['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'].includes(keyword)) {
      const map: Record<string, unknown> = {};
      for (const key of ['a', 'b', 'd', '__proto__', 'toString'].slice(0, 1 + Math.floor(next() * 4))) {
        Object.defineProperty(map, key, { value: randomSchema(next, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      schema[keyword] = map;
    } else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(keyword)) {
      schema[keyword] = Array.from({ length: 1 + Math.floor(next() * 3) }, () => randomSchema(next, depth + 1));
    } else if (['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'].includes(keyword)) {
      schema[keyword] = randomSchema(next, depth + 1);
    } else if (keyword === 'type') schema.type = pick(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null', ['string', 'null'], ['object', 'array']]);
    else if (keyword === 'required') schema.required = pick([['a'], ['a', 'b'], ['constructor'], []]);
    else if (keyword === 'enum') schema.enum = pick([[1, 2], ['a', 'b', 'c'], [null, { a: 1 }], [[]]]);
    else if (keyword === 'const') schema.const = pick([1, 'a', null, { a: 1 }, [1]]);
    else if (keyword === 'format') schema.format = pick(['date', 'date-time', 'time', 'email', 'uri', 'uuid', 'ipv4']);
    else if (keyword === 'pattern') schema.pattern = pick(['^a', '^[0-9]{3}$', '(', 'a+$']);
    else if (keyword === '$ref') schema.$ref = pick(['#', '#/$defs/d', '#/properties/a', '#/nowhere', 'other.json']);
    else if (keyword === 'dependentRequired') schema.dependentRequired = { a: pick([['b'], 'b', [5]]) };
    else if (keyword === 'x-ui') schema['x-ui'] = pick([{ widget: 'textarea' }, { order: ['a'] }, { widget: 'nope' }, 5]);
    else schema[keyword] = pick([0, 1, 3, 0.01, 'a', true]);
  }
  return schema;
}

describe('random schemas (seeded)', () => {
  const SCHEMAS = 10_000;
  it(`${SCHEMAS} random schemas each end in a form or a located SchemaError`, () => {
    const next = random(20261205);
    const tally = { form: 0, 'schema-error': 0 };
    for (let i = 0; i < SCHEMAS; i++) {
      const schema = randomSchema(next);
      try {
        tally[outcome(schema)]++;
      } catch (error) {
        throw new Error(`schema #${i} ${JSON.stringify(schema)}: ${(error as Error).stack}`);
      }
    }
    // Both outcomes must be common, or the generator tests only one path.
    expect(tally.form).toBeGreaterThan(SCHEMAS / 10);
    expect(tally['schema-error']).toBeGreaterThan(SCHEMAS / 10);
  });
});

describe('deep data', () => {
  const person = { $defs: { p: { type: 'object', properties: { ten: { type: 'string', title: 'Tên' }, cha: { $ref: '#/$defs/p', title: 'Cha' } } } }, $ref: '#/$defs/p' };
  const generations = (count: number) => {
    let data: Record<string, unknown> = { ten: 'Tổ tiên' };
    for (let i = 0; i < count; i++) data = { ten: `Đời ${i}`, cha: data };
    return data;
  };

  it(`is edited and checked as usual up to MAX_DATA_DEPTH (${MAX_DATA_DEPTH}) levels`, () => {
    const data = generations(MAX_DATA_DEPTH - 1); // the deepest name is level MAX_DATA_DEPTH
    const form = createForm(person, data);
    const deepest = `${'/cha'.repeat(MAX_DATA_DEPTH - 1)}/ten`;
    expect(form.getNode(deepest)?.kind).toBe('text');
    expect(form.submit().valid).toBe(true);
    expect(form.setInput(deepest, 'Thủy tổ').data).toEqual(setIn(data, parsePointer(deepest), 'Thủy tổ'));
  });

  it('beyond the limit, keeps the data untouched, shows it read-only and says what is wrong', () => {
    const data = generations(5_000);
    const form = createForm(person, data);
    const state = form.submit();
    expect(state.data).toEqual(data);
    expect(state.valid).toBe(false);
    // Level MAX_DATA_DEPTH is the last the form edits; the one below it is kept as it is.
    expect(form.getNode('/cha'.repeat(MAX_DATA_DEPTH))).toMatchObject({ kind: 'object', readOnly: false });
    const tooDeep = '/cha'.repeat(MAX_DATA_DEPTH + 1);
    expect(form.getNode(tooDeep)).toMatchObject({ kind: 'unsupported', readOnly: true });
    const messageAt = (errors: readonly { pointer: string; message: string }[]) => errors.find((e) => e.pointer === tooDeep)?.message;
    expect(messageAt(state.errors)).toBe(`Cha của cha của cha: dữ liệu lồng nhau quá ${MAX_DATA_DEPTH} cấp, biểu mẫu không kiểm tra được phần này`);
    expect(messageAt(form.setLocale('en').errors)).toBe(`Cha of the cha of the cha: the data is nested more than ${MAX_DATA_DEPTH} levels deep, which the form cannot check`);
  });
});

describe('the draft-07 meta-schema as a form', () => {
  it('renders with a real procedure schema as its data, which it keeps and finds valid', () => {
    const meta = META_SCHEMAS['http://json-schema.org/draft-07/schema']!;
    const data = readJson('schemas/procedures/3.000333/schema.json');
    const form = createForm(meta, data);
    // The tree follows the data (every subschema of the procedure is a group), not the meta-schema's recursion.
    expect(allNodes(form.state.root).length).toBeGreaterThan(1_000);
    const state = form.submit();
    expect(state.valid).toBe(true);
    expect(state.data).toEqual(data);
  });
});
