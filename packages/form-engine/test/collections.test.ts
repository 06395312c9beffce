import { describe, expect, it } from 'vitest';
import { SchemaError, collectionAt, createForm as createCoreForm } from '../src/core.js';
import type { JsonSchemaObject } from '../src/core.js';
import { mapsAndTuples } from '../src/collections.js';
import { createForm as createEngineForm } from '../src/create-form.js';
import { createForm } from '../src/index.js';
import { prepareSchema } from '../src/prepare.js';

const withMap: JsonSchemaObject = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    extra: { $ref: '#/$defs/labels' },
  },
  $defs: { labels: { type: 'object', additionalProperties: { type: 'string' } } },
};

const withTuple: JsonSchemaObject = {
  type: 'object',
  properties: { point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false } },
};

describe('collectionAt: the one test of whether a schema needs maps and tuples', () => {
  it('points at the first map or tuple, wherever the form may render it', () => {
    expect(collectionAt(withMap)).toBe('/$defs/labels');
    expect(collectionAt(withTuple)).toBe('/properties/point');
    expect(collectionAt({ type: 'array', items: [{ type: 'string' }] })).toBe('');
    expect(collectionAt({ allOf: [{ if: { type: 'object' }, then: { patternProperties: { '^a': {} } } }] })).toBe('/allOf/0/then');
    expect(collectionAt({ properties: { 'a/b': { items: { prefixItems: [] } } } })).toBe('/properties/a~1b/items');
  });

  it('finds none in a schema without them, nor where the form renders nothing (if, not, propertyNames, x-ui)', () => {
    expect(collectionAt({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false })).toBeUndefined();
    expect(collectionAt({ if: { prefixItems: [{}] }, not: { additionalProperties: {} }, propertyNames: { patternProperties: {} } })).toBeUndefined();
    expect(collectionAt({ type: 'object', 'x-ui': { widget: 'text', prefixItems: [] }, properties: { prefixItems: { type: 'string' } } })).toBeUndefined();
    expect(collectionAt(true)).toBeUndefined();
    expect(collectionAt(null)).toBeUndefined();
  });

  it('reads own properties only, and ends on a cyclic object', () => {
    const inherited = Object.create({ additionalProperties: { type: 'string' } }) as JsonSchemaObject;
    expect(collectionAt({ properties: { a: inherited } })).toBeUndefined();
    const cyclic: JsonSchemaObject = { type: 'object', properties: {} };
    (cyclic.properties as Record<string, unknown>).self = cyclic;
    expect(collectionAt(cyclic)).toBeUndefined();
  });
});

describe('maps and tuples load on demand', () => {
  it('the core refuses a schema with a map or a tuple without their support, at its pointer', () => {
    for (const [schema, pointer] of [
      [withMap, '/$defs/labels'],
      [withTuple, '/properties/point'],
    ] as const) {
      let error: unknown;
      try {
        createCoreForm(prepareSchema(schema), {});
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).problems).toEqual([{ pointer, message: expect.stringContaining('@dvc-kit/form-engine/collections') }]);
    }
  });

  it('so does the engine from @dvc-kit/form-engine/create-form, which the element gives them to', () => {
    expect(() => createEngineForm(withTuple)).toThrow(SchemaError);
    const form = createEngineForm(withTuple, undefined, { collections: mapsAndTuples });
    expect(form.getNode('/point')?.kind).toBe('tuple');
  });

  it('with them, the core builds the same tree as the main entry, which always has them', () => {
    const data = { name: 'An', extra: { nickname: 'Bé' } };
    const core = createCoreForm(prepareSchema(withMap), data, { collections: mapsAndTuples });
    const full = createForm(withMap, data);
    expect(core.getNode('/extra')?.kind).toBe('map');
    expect(core.getNode('/extra')?.entries?.map((entry) => [entry.entryKey, entry.value])).toEqual([['nickname', 'Bé']]);
    expect(full.getNode('/extra')?.entries?.map((entry) => [entry.entryKey, entry.value])).toEqual([['nickname', 'Bé']]);
    expect(core.addEntry('/extra', 'alias').data).toEqual({ name: 'An', extra: { nickname: 'Bé', alias: '' } });
  });

  it('a schema without them needs nothing more', () => {
    const form = createCoreForm(prepareSchema({ type: 'object', properties: { name: { type: 'string' } } }), {});
    expect(form.getNode('/name')?.kind).toBe('text');
    expect(form.addEntry('/name', 'x')).toBe(form.state);
  });
});
