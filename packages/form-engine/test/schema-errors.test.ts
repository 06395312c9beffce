import { describe, expect, it } from 'vitest';
import { SchemaError, createForm } from '../src/index.js';
import { createAjvValidator } from '../src/ajv/index.js';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as SchemaError).problems.map((p) => `${p.pointer} ${p.message}`);
  }
  throw new Error('expected a SchemaError');
}

describe('broken schemas give one typed error listing every problem', () => {
  const broken = {
    type: 'object',
    properties: {
      name: { type: 'strng', minLenght: 3 },
      home: { $ref: '#/$defs/adress' },
      note: { type: 'string', 'x-ui': { widgt: 'textarea', rows: 0 } },
      code: { type: 'string', pattern: '([a-z' },
      born: { type: 'string', format: 'birthday' },
    },
    required: 'name',
    $defs: { address: { type: 'object' } },
  };

  it('from the engine, without ajv', () => {
    expect(problemsOf(() => createForm(broken))).toEqual([
      '/required "required" must be an array of property names.',
      '/properties/name/minLenght Unknown keyword "minLenght".',
      '/properties/name/type Unknown type "strng".',
      '/properties/home/$ref Cannot resolve reference "#/$defs/adress".',
      '/properties/note/x-ui/widgt Unknown member "widgt" of "x-ui"; use widget, order, sections, placeholder, help, inputMode, autocomplete, rows, itemLabel, en, messages.',
      '/properties/note/x-ui/rows "rows" must be an integer from 1 to 40.',
      '/properties/code/pattern Invalid regular expression "([a-z".',
      '/properties/born/format Unknown format "birthday": register it with registerFormat().',
    ]);
  });

  it('from ajv in strict mode', () => {
    const problems = problemsOf(() => createAjvValidator(broken));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/properties\/name\/type|required/);
    expect(problemsOf(() => createAjvValidator({ type: 'object', properties: { a: { type: 'string', minLenght: 1 } } }))).toEqual(['/properties/a Unknown keyword "minLenght".'.replace('/properties/a', '')]);
    expect(problemsOf(() => createAjvValidator({ properties: { a: { $ref: '#/$defs/missing' } } }))[0]).toMatch(/Cannot resolve reference/);
    expect(problemsOf(() => createAjvValidator({ properties: { a: { 'x-ui': { widget: 'slider' } } } }))[0]).toMatch(/x-ui|widget/);
  });

  it('rejects something that is not a schema at all', () => {
    expect(problemsOf(() => createForm('nope'))).toEqual([' The schema must be a JSON object.']);
    expect(problemsOf(() => createForm({ $schema: 'http://json-schema.org/draft-03/schema#', type: 'object' }))[0]).toMatch(/Draft-03/);
  });

  it('flags a property that a sibling additionalProperties: false always rejects (a field no value can satisfy)', () => {
    const schema = {
      type: 'object',
      properties: { kind: { enum: ['person', 'company'] }, name: { type: 'string' } },
      patternProperties: { '^note-': { type: 'string' } },
      additionalProperties: false,
      if: { properties: { kind: { const: 'company' } } },
      then: { properties: { taxCode: { type: 'string' }, name: { minLength: 2 } } },
      allOf: [{ $ref: '#/$defs/extra' }, { properties: { 'note-1': { type: 'string' } } }],
      $defs: { extra: { properties: { phone: { type: 'string' } } } },
    };
    expect(problemsOf(() => createForm(schema)).map((p) => p.slice(0, p.indexOf(' is declared')))).toEqual([
      '/additionalProperties "taxCode"',
      '/additionalProperties "phone"',
    ]);
    // Conditionals held in allOf, $ref chains, and $ref siblings count too; a part that forbids a property does not.
    const nested = {
      type: 'object',
      properties: { kind: { type: 'string' } },
      additionalProperties: false,
      allOf: [
        { if: { properties: { kind: { const: 'a' } } }, then: { properties: { extra: { type: 'string' } } } },
        { $ref: '#/$defs/indirect' },
        { $ref: '#/$defs/more', properties: { sibling: { type: 'string' } } },
      ],
      oneOf: [{ properties: { kind: { const: 'a' } } }, { properties: { forbidden: false, gone: { not: {} } } }],
      $defs: { indirect: { $ref: '#/$defs/deep' }, deep: { properties: { deep: { type: 'string' } } }, more: { properties: { more: { type: 'string' } } } },
    };
    expect(problemsOf(() => createForm(nested)).map((p) => p.slice(0, p.indexOf(' is declared')))).toEqual([
      '/additionalProperties "extra"',
      '/additionalProperties "deep"',
      '/additionalProperties "more"',
      '/additionalProperties "sibling"',
    ]);
    // An invalid patternProperties key is reported as such, not as a rejected property.
    expect(problemsOf(() => createForm({ ...schema, patternProperties: { '([a-': { type: 'string' } } }))).toEqual([
      '/patternProperties/([a- Invalid regular expression "([a-".',
    ]);
    // The same parts are fine with unevaluatedProperties, or when the property is declared next to it.
    expect(() => createForm({ ...schema, additionalProperties: undefined, unevaluatedProperties: false })).not.toThrow();
    expect(() => createForm({ ...schema, properties: { ...schema.properties, taxCode: {}, phone: {} } })).not.toThrow();
  });

  it('asks for format date where the date widget is used', () => {
    expect(problemsOf(() => createForm({ type: 'object', properties: { born: { type: 'string', 'x-ui': { widget: 'date' } } } }))).toEqual([
      '/properties/born/x-ui/widget The "date" widget needs "format": "date" next to it, so that a date typed only in part is an error.',
    ]);
    expect(() => createForm({ type: 'object', properties: { born: { type: 'string', format: 'date', 'x-ui': { widget: 'date' } } } })).not.toThrow();
  });

  it('accepts x- extension keywords and annotations', () => {
    expect(() => createForm({ type: 'object', 'x-vendor': { a: 1 }, $comment: 'ok', deprecated: false, properties: {} })).not.toThrow();
    expect(() => createAjvValidator({ type: 'object', 'x-vendor': { a: 1 }, properties: { a: { type: 'string', 'x-ui': { widget: 'textarea' } } } })).not.toThrow();
  });
});

describe('annotations of common tools', () => {
  it('are accepted, while a misspelt validation keyword is still an error', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string', markdownDescription: '**Tên**', example: 'An', errorMessage: 'Nhập tên', defaultSnippets: [{ body: { format: 'x' } }] },
      },
    };
    expect(() => createForm(schema)).not.toThrow();
    expect(() => createAjvValidator(schema)).not.toThrow();
    expect(problemsOf(() => createForm({ ...schema, maxProperty: 3 }))).toEqual(['/maxProperty Unknown keyword "maxProperty".']);
  });
});
