/**
 * What the interpreter promises beyond the official suite: patterns that cannot freeze a keystroke, decimal
 * multipleOf, own properties only, its condition tests, and a clear error for a meta-schema it was not given.
 */
import { describe, expect, it } from 'vitest';
import { createForm, createSchemaValidator, deepEqual, prepareSchema, SchemaError } from '../src/index.js';
import { META_SCHEMAS } from '../src/meta-schemas.js';
import { isMultipleOf } from '../src/validator/multiple-of.js';
import { compilePattern, patternProblem } from '../src/validator/safe-pattern.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('patterns that could backtrack catastrophically', () => {
  const NAME = '^([A-Za-zÀ-ỹ]+\\s?)*$';

  it('run without backtracking, with the verdicts RegExp gives', () => {
    const patterns = [
      NAME,
      '^(a|ab)*c$',
      '(a+)+b',
      '^(\\d{1,3}\\.){3}\\d{1,3}$',
      '^(\\w+\\.)+\\w+$',
      '\\b(ab|a)*\\b',
      '^(?:[a-z]+-?)*[a-z]$',
      'x(a{1,2})*y',
      '^(.*?,){2}$',
      '(ab|a)+',
      '^([^\\s]+ ?)+$',
      '^(\\p{L}+[ .-]?)*\\p{L}$',
    ];
    const alphabet = [...'aabbc1.,- xyÀ\u1ef9'];
    const rand = random(42);
    for (const pattern of patterns) {
      const safe = compilePattern(pattern);
      expect(safe, pattern).not.toBeInstanceOf(RegExp);
      const native = new RegExp(pattern, 'u');
      for (let i = 0; i < 400; i++) {
        const text = Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
        expect(safe.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(native.test(text));
      }
    }
  });

  it('answer at once on the name that froze the form (40 letters and a digit)', () => {
    const safe = compilePattern(NAME);
    const started = Date.now();
    expect(safe.test(`${'a'.repeat(40)}1`)).toBe(false);
    expect(safe.test('Nguyễn Thị Minh Khai')).toBe(true);
    // RegExp would take hours here; the bound is loose so a busy machine does not fail it.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('leave plain patterns to RegExp', () => {
    for (const pattern of ['^\\d{12}$', '^(\\+84|0)\\d{9}$', '^[a-z]+@[a-z]+$', '^(\\d{3}\\.)*$']) {
      expect(compilePattern(pattern), pattern).toBeInstanceOf(RegExp);
    }
  });

  it('refuse, when the validator is created, a risky pattern the safe matcher cannot run, saying where and why', () => {
    expect(patternProblem('^(a+)+\\1$')).toMatch(/backreference/);
    expect(patternProblem('^((?=a)a+)*$')).toMatch(/lookaround/);
    let error: unknown;
    try {
      createSchemaValidator({ type: 'object', properties: { name: { type: 'string', pattern: '^(\\w+)+\\1$' } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).problems).toEqual([{ pointer: '/properties/name/pattern', keyword: 'pattern', message: expect.stringContaining('exponential time') }]);
  });

  it('are not run on a text longer than maxLength (already invalid)', () => {
    const validator = createSchemaValidator({ type: 'string', maxLength: 5, pattern: NAME });
    expect(validator.validate('abcdef1').map((e) => e.keyword)).toEqual(['maxLength']);
    expect(validator.validate('abc1').map((e) => e.keyword)).toEqual(['pattern']);
  });
});

describe('decimal multipleOf', () => {
  it('takes the numbers as written', () => {
    for (const value of [0.07, 1.15, 19.99, 963762149.31, 0, -0.3]) expect(isMultipleOf(value, 0.01), String(value)).toBe(true);
    expect(isMultipleOf(3e-9, 1e-9)).toBe(true);
    for (const value of [19.991, 0.001, 0.075]) expect(isMultipleOf(value, 0.01), String(value)).toBe(false);
    expect(isMultipleOf(7.5, 2.5)).toBe(true);
    expect(isMultipleOf(1e308, 0.123456789)).toBe(false);
    expect(isMultipleOf(Infinity, 1)).toBe(false);
  });
});

describe('own properties only', () => {
  it('nothing inherited from Object.prototype counts as data', () => {
    const validator = createSchemaValidator({ required: ['constructor', 'toString', '__proto__'], dependentRequired: { a: ['hasOwnProperty'] } });
    expect(validator.validate({}).map((e) => e.params.missingProperty)).toEqual(['constructor', 'toString', '__proto__']);
    expect(validator.validate(JSON.parse('{"constructor":1,"toString":2,"__proto__":3}'))).toEqual([]);
    expect(validator.validate({ constructor: 1, toString: 2, ['__proto__']: 3, a: 1 }).length).toBeGreaterThan(0);
    expect(deepEqual({ a: 1 }, Object.assign(Object.create({ a: 1 }) as object, { b: 1 }))).toBe(false);
  });
});

describe('condition tests', () => {
  const schema = {
    type: 'object',
    properties: { email: { type: 'string' } },
    if: { properties: { email: { format: 'email' } }, required: ['email'] },
    then: { properties: { confirm: { type: 'string' } }, required: ['confirm'] },
  };

  it('are the validator’s own verdicts, numbered by the prepared schema’s list', () => {
    const prepared = prepareSchema(schema);
    const validator = createSchemaValidator(prepared);
    expect(validator.conditions).toEqual(['/if']);
    expect(validator.test!(0, { email: 'an@example.vn' })).toBe(true);
    expect(validator.test!(0, { email: 'not-an-email' })).toBe(false);
    // The form shows and requires "confirm" exactly when the validator requires it.
    const form = createForm(schema, { email: 'not-an-email' });
    expect(form.getNode('/confirm')).toBeUndefined();
    expect(form.setValue('/email', 'an@example.vn').valid).toBe(false);
    expect(form.getNode('/confirm')?.required).toBe(true);
  });

  it('follow the dynamic scope of the schema the condition sits in', () => {
    const prepared = prepareSchema({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://dvc.gov.vn/outer.json',
      $ref: 'inner.json',
      $defs: {
        short: { $dynamicAnchor: 'text', type: 'string', maxLength: 3 },
        inner: {
          $id: 'inner.json',
          $defs: { text: { $dynamicAnchor: 'text', type: 'string' } },
          type: 'object',
          properties: { code: { type: 'string' } },
          if: { properties: { code: { $dynamicRef: '#text' } } },
          then: { required: ['code'] },
        },
      },
    });
    const validator = createSchemaValidator(prepared);
    const index = validator.conditions!.indexOf('/$defs/inner/if');
    // Entered from the outer schema, "#text" is the outer (short) one: the condition holds only for short codes.
    expect(validator.test!(index, { code: 'abcd' })).toBe(false);
    expect(validator.test!(index, { code: 'abc' })).toBe(true);
  });
});

describe('references to the JSON Schema meta-schemas', () => {
  const schema = { type: 'object', properties: { rule: { $ref: 'https://json-schema.org/draft/2020-12/schema' } } };

  it('need the meta-schemas passed in, and say so', () => {
    expect(() => createSchemaValidator(schema)).toThrow(/META_SCHEMAS/);
    expect(() => createForm(schema)).toThrow(/META_SCHEMAS/);
  });

  it('validate with them', () => {
    const validator = createSchemaValidator(schema, { schemas: META_SCHEMAS });
    expect(validator.validate({ rule: { type: 'string', minLength: 1 } })).toEqual([]);
    expect(validator.validate({ rule: { type: 'text' } }).length).toBeGreaterThan(0);
    expect(createForm(schema, { rule: { minLength: -1 } }, { schemas: META_SCHEMAS }).state.valid).toBe(false);
  });
});
