import { describe, expect, it } from 'vitest';
import { IDENTIFIER_MESSAGES, vnFormats } from '@dvc-kit/vn';
import { createForm, createSchemaValidator } from '../src/index.js';
import type { JsonSchemaObject, Validator } from '../src/index.js';
import { createForm as createCoreForm } from '../src/core.js';
import { prepareSchema } from '../src/prepare.js';
import { createAjvValidator } from '../src/ajv/index.js';

const schema: JsonSchemaObject = {
  type: 'object',
  properties: {
    phone: { type: 'string', title: 'Số điện thoại', format: 'vn-phone' },
    personalId: { type: 'string', title: 'Số định danh cá nhân', format: 'cccd' },
    taxCode: { type: 'string', title: 'Mã số thuế', format: 'vn-tax-code' },
    postalCode: { type: 'string', title: 'Mã bưu chính', format: 'vn-postal-code' },
    phones: { type: 'array', title: 'Số điện thoại khác', items: { type: 'string', format: 'vn-phone' } },
  },
};

/** The messages a field shows once the citizen typed `text` into it and left it. */
function messagesAfterTyping(pointer: string, text: string, locale: 'vi' | 'en' = 'vi'): readonly string[] {
  const form = createForm(schema, {}, { formats: vnFormats, locale });
  form.setInput(pointer, text);
  return form.touch(pointer).shownErrors.map((e) => e.message);
}

describe('custom formats with normalize and explain (the Vietnamese ones)', () => {
  it('a vn-phone field accepts a number as citizens type it and stores the 10 digits', () => {
    for (const typed of ['0912 345 678', '0912.345.678', '+84 912 345 678', '0912345678']) {
      const form = createForm(schema, {}, { formats: vnFormats });
      const state = form.setInput('/phone', typed);
      expect(state.data, typed).toEqual({ phone: '0912345678' });
      expect(state.valid).toBe(true);
    }
  });

  it('keeps what it cannot read exactly as typed, and says what is wrong with it', () => {
    const form = createForm(schema, {}, { formats: vnFormats });
    form.setInput('/phone', '0912 345 67');
    const state = form.touch('/phone');
    expect(state.data).toEqual({ phone: '0912 345 67' });
    expect(state.shownErrors.map((e) => e.message)).toEqual([IDENTIFIER_MESSAGES.phone.length.vi]);
  });

  it('normalises items of a list too, and only on input: data set by code is judged as normalised but kept', () => {
    const form = createForm(schema, { phones: [] }, { formats: vnFormats });
    form.addItem('/phones');
    expect(form.setInput('/phones/0', '0912.345.678').data).toEqual({ phones: ['0912345678'] });
    const prefilled = createForm(schema, { phone: '+84 912 345 678' }, { formats: vnFormats });
    expect(prefilled.state.valid).toBe(true);
    expect(prefilled.state.data).toEqual({ phone: '+84 912 345 678' });
  });

  it('words each reason in Vietnamese and in English', () => {
    const cases: [string, string, { vi: string; en: string }][] = [
      ['/personalId', '003099012345', IDENTIFIER_MESSAGES.cccd.province],
      ['/personalId', '001299012345', IDENTIFIER_MESSAGES.cccd['future-birth-year']],
      ['/personalId', '001599012345', IDENTIFIER_MESSAGES.cccd.century],
      ['/personalId', '0010990123', IDENTIFIER_MESSAGES.cccd.length],
      ['/taxCode', '0100112438', IDENTIFIER_MESSAGES.taxCode['check-digit']],
      ['/taxCode', '01001124', IDENTIFIER_MESSAGES.taxCode.length],
      ['/taxCode', '0100112437-000', IDENTIFIER_MESSAGES.taxCode['branch-suffix']],
      ['/phone', '0212 345 678', IDENTIFIER_MESSAGES.phone.prefix],
      ['/phone', '0912 abc 678', IDENTIFIER_MESSAGES.phone.characters],
      ['/postalCode', '99000', IDENTIFIER_MESSAGES.postalCode.prefix],
    ];
    for (const [pointer, typed, message] of cases) {
      expect(messagesAfterTyping(pointer, typed), typed).toEqual([message.vi]);
      expect(messagesAfterTyping(pointer, typed, 'en'), typed).toEqual([message.en]);
    }
    expect(messagesAfterTyping('/taxCode', '0100112437')).toEqual([]);
    expect(messagesAfterTyping('/personalId', '001 099 012345')).toEqual([]);
  });

  it('a schema’s own x-ui message for the format still comes first', () => {
    const own = { type: 'object', properties: { phone: { type: 'string', format: 'vn-phone', 'x-ui': { messages: { format: 'Số điện thoại chưa đúng' } } } } };
    const form = createForm(own, {}, { formats: vnFormats });
    form.setInput('/phone', '123');
    expect(form.touch('/phone').shownErrors.map((e) => e.message)).toEqual(['Số điện thoại chưa đúng']);
  });

  it('the interpreter and ajv both check a value as the format normalises it', () => {
    const interpreter = createSchemaValidator(schema, { formats: vnFormats });
    const ajv = createAjvValidator(schema, { formats: vnFormats });
    const upper = { phone: '0912345678' };
    const custom = { 'x-upper': { validate: /^[A-Z]+$/, normalize: (value: string) => value.toUpperCase() } };
    const upperSchema = { type: 'object', properties: { code: { type: 'string', format: 'x-upper' } } };
    for (const validator of [interpreter, ajv]) {
      expect(validator.validate(upper)).toEqual([]);
      expect(validator.validate({ phone: '0912 345 678', taxCode: '0300588569', personalId: '079305000123' })).toEqual([]);
      expect(validator.validate({ taxCode: '0300588568' }).map((e) => e.keyword)).toEqual(['format']);
    }
    for (const validator of [createSchemaValidator(upperSchema, { formats: custom }), createAjvValidator(upperSchema, { formats: custom })]) {
      expect(validator.validate({ code: 'abc' })).toEqual([]);
      expect(validator.validate({ code: 'ab1' }).map((e) => e.keyword)).toEqual(['format']);
    }
  });

  it('the core takes the formats from its validator, as a precompiled one carries them', () => {
    const interpreter = createSchemaValidator(prepareSchema(schema), { formats: vnFormats });
    const precompiled: Validator = { validate: (data) => interpreter.validate(data), test: () => false, conditions: [], formats: { 'vn-phone': vnFormats['vn-phone'] } };
    const form = createCoreForm(prepareSchema(schema), {}, { validator: precompiled });
    expect(form.setInput('/phone', '0912 345 678').data).toEqual({ phone: '0912345678' });
    form.setInput('/phone', '0212 345 678');
    expect(form.touch('/phone').shownErrors.map((e) => e.message)).toEqual([IDENTIFIER_MESSAGES.phone.prefix.vi]);
    expect(form.getNode('/phone')?.placeholder).toBe('0912 345 678');
  });

  it('without their definitions, the dictionaries still name the Vietnamese formats, and no prototype key', () => {
    const bare: Validator = { validate: (data) => ((data as { phone?: string }).phone ? [{ instancePath: '/phone', schemaPath: '#/properties/phone/format', keyword: 'format', params: { format: 'vn-phone' } }] : []) };
    const form = createCoreForm(prepareSchema(schema), { phone: 'x' }, { validator: bare });
    expect(form.state.shownErrors.map((e) => e.message)).toEqual(['Vui lòng nhập số điện thoại đúng định dạng: số di động 10 chữ số, ví dụ 0912 345 678']);
    const odd: Validator = { validate: () => [{ instancePath: '/phone', schemaPath: '#/properties/phone/format', keyword: 'format', params: { format: 'constructor' } }] };
    const oddForm = createCoreForm(prepareSchema(schema), { phone: 'x' }, { validator: odd });
    expect(oddForm.state.shownErrors.map((e) => e.message)).toEqual(['Số điện thoại chưa đúng định dạng']);
  });
});
