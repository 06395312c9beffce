import { describe, expect, it } from 'vitest';
import { SchemaContext, SchemaError, createForm, createSchemaValidator } from '../src/index.js';
import type { JsonSchemaObject } from '../src/index.js';
import { createForm as createCoreForm } from '../src/core.js';
import { PREPARED, CONDITIONS, prepareSchema } from '../src/prepare.js';
import { node } from './helpers.js';

/** A schema whose field `/x` is a reference; `leaf` is what it must resolve to (a string of at most 3 characters). */
const LEAF = { type: 'string', maxLength: 3, title: 'Lá' };

/** Each case: a schema whose property `x` the validator resolves to LEAF. */
const CASES: Record<string, JsonSchemaObject> = {
  'a relative ref to an embedded $id': {
    type: 'object',
    properties: { x: { $ref: 'person.json#/$defs/leaf' } },
    $defs: { person: { $id: 'person.json', $defs: { leaf: LEAF } } },
  },
  'a local pointer inside an embedded resource (its own base, not the root)': {
    type: 'object',
    properties: { x: { $ref: 'person.json' } },
    $defs: {
      leaf: { type: 'integer', title: 'Not this one' },
      person: { $id: 'person.json', $ref: '#/$defs/leaf', $defs: { leaf: LEAF } },
    },
  },
  'an $anchor in an embedded resource': {
    type: 'object',
    properties: { x: { $ref: 'person.json#leaf' } },
    $defs: { person: { $id: 'person.json', $defs: { leaf: { $anchor: 'leaf', ...LEAF } } } },
  },
  'an $anchor at the root': {
    type: 'object',
    properties: { x: { $ref: '#leaf' } },
    $defs: { leaf: { $anchor: 'leaf', ...LEAF } },
  },
  'absolute and relative refs against an absolute root $id': {
    $id: 'https://example.gov.vn/schemas/root.json',
    type: 'object',
    properties: { x: { $ref: 'https://example.gov.vn/schemas/root.json#/$defs/leaf' }, y: { $ref: 'root.json#/$defs/leaf' } },
    $defs: { leaf: LEAF },
  },
  'a percent-encoded pointer (space and Vietnamese letters)': {
    type: 'object',
    properties: { x: { $ref: '#/$defs/%C4%91%E1%BB%8Ba%20ch%E1%BB%89' } },
    $defs: { 'địa chỉ': LEAF },
  },
  'an escaped slash in a pointer token': {
    type: 'object',
    properties: { x: { $ref: '#/$defs/a~1b' } },
    $defs: { 'a/b': LEAF },
  },
  'a draft-07 $id fragment': {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: { x: { $ref: '#leaf' } },
    definitions: { leaf: { $id: '#leaf', ...LEAF } },
  },
};

describe('references: the form resolves every $ref the validator resolves', () => {
  for (const [name, schema] of Object.entries(CASES)) {
    it(name, () => {
      // The validator's verdicts, which the form must agree with.
      const validator = createSchemaValidator(schema);
      expect(validator.validate({ x: 'abc' })).toEqual([]);
      expect(validator.validate({ x: 'abcd' }).map((e) => e.keyword)).toEqual(['maxLength']);

      const form = createForm(schema);
      expect(node(form.state.root, '/x')).toMatchObject({ kind: 'text', label: 'Lá', constraints: { maxLength: 3 } });
      const state = form.setInput('/x', 'abcd');
      expect(state.errors.map((e) => [e.pointer, e.message])).toEqual([['/x', 'Lá không được dài quá 3 ký tự']]);
      const context = new SchemaContext(schema);
      expect(context.unresolvedRefs()).toEqual([]);
    });
  }

  it('keeps following siblings of $ref (siblings win) through an embedded base', () => {
    const form = createForm({
      type: 'object',
      properties: { x: { $ref: 'person.json#/$defs/leaf', title: 'Biệt danh' } },
      $defs: { person: { $id: 'person.json', $defs: { leaf: LEAF } } },
    });
    expect(node(form.state.root, '/x')).toMatchObject({ label: 'Biệt danh', constraints: { maxLength: 3 } });
  });

  it('does not follow an inherited property name in a pointer', () => {
    const context = new SchemaContext({ $defs: {} });
    expect(context.lookupRef('#/$defs/constructor')).toBeUndefined();
    expect(context.lookupRef('#/$defs/toString')).toBeUndefined();
  });
});

describe('a reference that cannot be resolved', () => {
  const broken: JsonSchemaObject = {
    type: 'object',
    properties: { x: { $ref: 'person.json#/$defs/missing' }, y: { type: 'array', items: { $ref: '#/$defs/nope' } } },
    $defs: { person: { $id: 'person.json', $defs: { leaf: LEAF } } },
  };

  it('is a SchemaError at its pointer from the full createForm', () => {
    const error = catchError(() => createForm(broken));
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).problems).toEqual([
      expect.objectContaining({ pointer: '/properties/x/$ref', keyword: '$ref' }),
      expect.objectContaining({ pointer: '/properties/y/items/$ref', keyword: '$ref' }),
    ]);
  });

  it('is a SchemaError at its pointer from the core (a hand-edited prepared schema), even below data that is not there yet', () => {
    const prepared = prepareSchema({ type: 'object', properties: { y: { type: 'array', items: { type: 'string' } } } }) as JsonSchemaObject;
    const edited: JsonSchemaObject = { ...prepared, properties: { y: { type: 'array', items: { $ref: 'other.json#/a' } } } };
    expect(edited[PREPARED]).toBe(true);
    expect(edited[CONDITIONS]).toEqual([]);
    const error = catchError(() => createCoreForm(edited, { y: [] }));
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).problems).toEqual([
      { pointer: '/properties/y/items/$ref', keyword: '$ref', message: 'Cannot resolve reference "other.json#/a".' },
    ]);
  });

  it('is a SchemaError, not a TypeError, when resolved directly', () => {
    const context = new SchemaContext(broken);
    const error = catchError(() => context.resolve((broken.properties as Record<string, JsonSchemaObject>).x));
    expect(error).toBeInstanceOf(SchemaError);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
