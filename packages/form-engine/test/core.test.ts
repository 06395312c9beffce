import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SchemaError, createForm } from '../src/core.js';
import type { JsonSchemaObject, SchemaVocabulary, Validator } from '../src/core.js';
import { createForm as createFullForm } from '../src/index.js';
import { CONDITIONS, PREPARED, prepareSchema } from '../src/prepare.js';
import { createAjvValidator } from '../src/ajv/index.js';

const schema: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 2, title: 'Họ và tên' }, code: { type: 'string', format: 'not-registered' } },
};

/**
 * A vocabulary as @dvc-kit/procedure's x-dvc is one: `x-test.fields` names fields to add, each a string; a name that
 * is not a string is a problem. The engine knows no vocabulary of its own: it runs those it is given.
 */
const testVocabulary: SchemaVocabulary = {
  keyword: 'x-test',
  metaSchema: { type: 'object', required: ['fields'], properties: { fields: { type: 'array', items: { type: 'string' } } } },
  check(schema) {
    const fields = ((schema as JsonSchemaObject)['x-test'] as { fields?: unknown[] } | undefined)?.fields ?? [];
    return fields.flatMap((field, i) => (typeof field === 'string' ? [] : [{ pointer: `/x-test/fields/${i}`, keyword: 'x-test', message: 'Not a field name.' }]));
  },
  expand(schema) {
    const fields = ((schema['x-test'] as { fields?: string[] } | undefined)?.fields ?? []);
    const added = Object.fromEntries(fields.map((field) => [field, { type: 'string' }]));
    return { ...schema, properties: { ...(schema.properties as object), ...added }, required: [...((schema.required as string[]) ?? []), ...fields] };
  },
};

const procedure: JsonSchemaObject = {
  type: 'object',
  properties: { ownerType: { enum: ['INDIVIDUAL', 'ORGANISATION'] } },
  'x-test': { fields: ['application'] },
};

describe('@dvc-kit/form-engine/core', () => {
  it('without a validator, every form is valid (nothing validates it)', () => {
    const form = createForm(prepareSchema(schema), {});
    expect(form.state.valid).toBe(true);
    expect(form.submit().errors).toEqual([]);
  });

  it('reports only what the given validator reports, in the citizen’s words', () => {
    const calls: unknown[] = [];
    const validator: Validator = {
      validate: (data) => {
        calls.push(data);
        return (data as { name?: string }).name
          ? []
          : [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } }];
      },
    };
    const form = createForm(prepareSchema(schema), {}, { validator });
    expect(form.state.valid).toBe(false);
    expect(form.submit().errors.map((e) => [e.pointer, e.message])).toEqual([['/name', 'Vui lòng nhập họ và tên']]);
    // minLength is not checked: the validator given is the only judge.
    expect(form.setValue('/name', 'A').valid).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('does not check formats (the build did), unlike the full createForm', () => {
    expect(() => createForm(prepareSchema(schema))).not.toThrow();
    expect(() => createFullForm(schema)).toThrow(SchemaError);
  });

  it('refuses a schema that is not prepared, saying how to prepare it', () => {
    try {
      createForm(schema);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).problems[0]!.message).toContain('prepareSchema');
    }
  });

  it('prepareSchema lints the structure and runs the vocabularies it is given, listing every problem', () => {
    expect(() => prepareSchema({ type: 'object', properties: { a: { typo: 1 } } })).toThrow(SchemaError);
    const broken = structuredClone(procedure);
    broken['x-test'] = { fields: ['application', 3] };
    expect(() => prepareSchema(broken)).not.toThrow(); // no vocabulary given: x-test is an annotation
    try {
      prepareSchema(broken, { vocabularies: [testVocabulary] });
      expect.unreachable();
    } catch (error) {
      expect((error as SchemaError).problems.map((p) => p.pointer)).toEqual(['/x-test/fields/1']);
    }
  });

  it('prepareSchema expands the schema by the vocabularies, and marks the result', () => {
    const prepared = prepareSchema(procedure, { vocabularies: [testVocabulary] });
    expect(prepared[PREPARED]).toBe(true);
    expect(prepareSchema(prepared, { vocabularies: [testVocabulary] })).toBe(prepared);
    expect(procedure[PREPARED]).toBeUndefined();
    const form = createForm(prepared);
    expect(form.state.root.children?.map((c) => [c.pointer, c.required])).toEqual([
      ['/ownerType', false],
      ['/application', true],
    ]);
    expect(Object.keys(prepareSchema(procedure).properties as object)).toEqual(['ownerType']);
  });

  it('the full createForm checks a schema marked prepared again: the mark is only a claim', () => {
    const marked = { [PREPARED]: true, [CONDITIONS]: [], type: 'object', properties: { a: { type: 'string', minLenght: 1 } } };
    expect(() => createForm(marked)).not.toThrow(); // the core trusts it
    expect(() => createFullForm(marked)).toThrow(SchemaError);
    // With the vocabularies of its options.
    const prepared = prepareSchema(procedure, { vocabularies: [testVocabulary] });
    const wrong = { ...prepared, 'x-test': { fields: [1] } };
    expect(() => createFullForm(wrong)).not.toThrow();
    try {
      createFullForm(wrong, {}, { vocabularies: [testVocabulary] });
      expect.unreachable();
    } catch (error) {
      expect((error as SchemaError).problems.map((p) => p.pointer)).toEqual(['/x-test/fields/0']);
    }
    expect(() => createFullForm(prepared, {}, { vocabularies: [testVocabulary] })).not.toThrow();
  });

  it('ajv takes a vocabulary: its meta-schema, and the expansion of a raw schema', () => {
    const ajv = createAjvValidator(procedure, { vocabularies: [testVocabulary] });
    expect(ajv.validate({}).map((e) => e.params.missingProperty)).toEqual(['application']);
    expect(() => createAjvValidator({ ...procedure, 'x-test': { nope: 1 } }, { vocabularies: [testVocabulary] })).toThrow(SchemaError);
    expect(createAjvValidator(procedure).validate({})).toEqual([]);
  });

  it('prepareSchema upgrades draft-04 (a prepared schema is read as draft-07)', () => {
    const prepared = prepareSchema({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { n: { type: 'number', minimum: 1, exclusiveMinimum: true } } });
    expect((prepared.properties as Record<string, JsonSchemaObject>).n).toEqual({ type: 'number', exclusiveMinimum: 1 });
  });

  it('loads neither the interpreter nor any vocabulary', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/core.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.endsWith('src/form.ts'))).toBe(true);
    // Nor what preparing a schema takes: the linter and the x-ui checker.
    expect(inputs.filter((i) => /validator\/|procedure|ajv|prepare\.ts|ui-vocabulary/.test(i))).toEqual([]);
  });

  describe('conditions, decided by the validator', () => {
    const conditional: JsonSchemaObject = {
      type: 'object',
      properties: {
        married: { type: 'boolean' },
        gender: { oneOf: [{ const: 'M', title: 'Nam' }, { const: 'F', title: 'Nữ' }] },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        applicant: {
          oneOf: [
            { title: 'Cá nhân', properties: { name: { type: 'string' } }, required: ['name'] },
            { title: 'Tổ chức', properties: { taxCode: { type: 'string' } }, required: ['taxCode'] },
          ],
        },
      },
      allOf: [{ if: { properties: { married: { const: true } }, required: ['married'] }, then: { properties: { spouse: { type: 'string' } } } }],
    };

    it('prepareSchema lists every if and every object branch of alternatives, not option lists or nullables', () => {
      expect(prepareSchema(conditional)[CONDITIONS]).toEqual(['/properties/applicant/oneOf/0', '/properties/applicant/oneOf/1', '/allOf/0/if']);
      expect(prepareSchema(schema)[CONDITIONS]).toEqual([]);
    });

    it('asks the validator’s test, by the index of the condition in that list', () => {
      const asked: [number, unknown][] = [];
      let married = false;
      const validator: Validator = {
        validate: () => [],
        test: (index, value) => {
          asked.push([index, value]);
          return index === 2 ? married : index === 1;
        },
      };
      const form = createForm(prepareSchema(conditional), { married: false }, { validator });
      const keys = () => form.state.root.children!.map((c) => c.pointer);
      expect(keys()).not.toContain('/spouse');
      expect(asked.some(([index, value]) => index === 2 && (value as { married?: boolean }).married === false)).toBe(true);
      married = true;
      form.setValue('/married', true);
      expect(keys()).toContain('/spouse');
      // The alternative whose test holds is the one selected (no discriminator here).
      expect(form.getNode('/applicant')?.selectedOption).toBe(1);
    });

    it('refuses a schema with conditions when the validator cannot test them, and one prepared before conditions were listed', () => {
      const prepared = prepareSchema(conditional);
      expect(() => createForm(prepared, {}, { validator: { validate: () => [] } })).toThrow(/cannot test them/);
      expect(() => createForm(prepared)).toThrow(SchemaError);
      const { [CONDITIONS]: _conditions, ...old } = prepareSchema(schema);
      expect(() => createForm(old)).toThrow(/older version/);
    });

    it('refuses a hand-edited list whose entry points at no subschema, naming the entry', () => {
      const prepared = prepareSchema(conditional);
      const list = prepared[CONDITIONS] as string[];
      const tests: Validator = { validate: () => [], test: () => false };
      for (const bad of ['/properties/nowhere', 'properties', 42, null]) {
        const edited = { ...prepared, [CONDITIONS]: [...list.slice(0, -1), bad] };
        let error: unknown;
        try {
          createForm(edited, {}, { validator: tests });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(SchemaError);
        expect((error as SchemaError).problems).toEqual([{ pointer: `/${CONDITIONS}/${list.length - 1}`, message: expect.stringContaining('does not point at a subschema') }]);
      }
    });

    it('refuses, as createForm does, to swap in a validator that cannot test them', () => {
      const tests: Validator = { validate: () => [], test: (index) => index === 1 };
      const form = createForm(prepareSchema(conditional), {}, { validator: tests });
      expect(() => form.setValidator({ validate: () => [] })).toThrow(/cannot test them/);
      expect(() => form.setValidator(null)).toThrow(/cannot test them/);
      // The form keeps the validator it had.
      expect(form.setLocale('en').root.children!.find((c) => c.pointer === '/applicant')?.selectedOption).toBe(1);
      // The full createForm decides them itself, whatever the validator.
      expect(() => createFullForm(conditional, {}, { validator: tests }).setValidator(null)).not.toThrow();
    });

    it('refuses tests numbered by another list (a validator built from another version of the schema)', () => {
      const prepared = prepareSchema(conditional);
      const list = prepared[CONDITIONS] as string[];
      const tests: Validator = { validate: () => [], test: (index) => index === 1, conditions: list };
      expect(createForm(prepared, {}, { validator: tests }).getNode('/applicant')?.selectedOption).toBe(1);
      const stale: Validator = { ...tests, conditions: list.slice(1) };
      expect(() => createForm(prepared, {}, { validator: stale })).toThrow(/another version/);
      // The full engine then decides them with its own matcher rather than trusting those tests.
      const form = createFullForm(conditional, { applicant: { name: 'An' } }, { validator: { ...stale, test: () => true } });
      expect(form.getNode('/applicant')?.selectedOption).toBe(0);
    });

    it('ajv tests them in a schema whose id ends in an empty fragment (as draft-04 ids often do)', () => {
      const prepared = prepareSchema({ $schema: 'http://json-schema.org/draft-04/schema#', id: 'https://dvc.gov.vn/ho-tich.json#', ...conditional });
      const form = createForm(prepared, { applicant: { taxCode: '0101' } }, { validator: createAjvValidator(prepared) });
      expect(form.getNode('/applicant')?.selectedOption).toBe(1);
    });

    it('the full createForm decides them itself when the validator has no test', () => {
      const form = createFullForm(conditional, { married: true });
      expect(form.state.root.children!.map((c) => c.pointer)).toContain('/spouse');
    });
  });
});
