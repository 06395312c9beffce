// Interface words come from the dictionaries; only the core here, so nothing is registered unless a test does it.
import { describe, expect, it } from 'vitest';
import { createForm } from '../src/core.js';
import type { Validator } from '../src/core.js';
import { en } from '../src/messages-en.js';
import { vi } from '../src/messages-vi.js';
import { prepareSchema } from '../src/prepare.js';
import { allNodes, node } from './helpers.js';

const schema = prepareSchema({
  type: 'object',
  properties: {
    married: { title: 'Đã kết hôn', enum: [true, false, null] },
    phone: { type: 'string', title: 'Số điện thoại', examples: ['0912 345 678'] },
    children: { type: 'array', items: { type: 'string' } },
  },
});
const noErrors: Validator = { validate: () => [] };

describe('interface words', () => {
  it('come from the validator’s dictionary, in the form’s language', () => {
    for (const [locale, words] of [['vi', ['Có', 'Không', 'Không có', 'Ví dụ: 0912 345 678', 'Mục 1']], ['en', ['Yes', 'No', 'None', 'For example: 0912 345 678', 'Item 1']]] as const) {
      const form = createForm(schema, { children: ['An'] }, { validator: { ...noErrors, messages: { vi, en } }, locale });
      const root = form.state.root;
      expect([...node(root, '/married').options!.map((o) => o.label), node(root, '/phone').placeholder, node(root, '/children/0').label]).toEqual(words);
    }
  });

  it('without any dictionary, are language-neutral marks rather than Vietnamese or English', () => {
    const form = createForm(schema, { children: ['An'] }, { validator: noErrors });
    const root = form.state.root;
    expect(node(root, '/married').options!.map((o) => o.label)).toEqual(['✓', '✗', '–']);
    expect(node(root, '/phone').placeholder).toBe('0912 345 678');
    expect(node(root, '/children/0').label).toBe('# 1');
    expect(allNodes(root).some((n) => /Mục|Item|Có|Yes/.test(n.label))).toBe(false);
  });
});

describe('a missing group says which of its fields are missing', () => {
  const person = {
    type: 'object',
    title: 'Thông tin người cha',
    'x-ui': { en: { title: 'The father' }, sections: [{ id: 'who', title: 'Nhân thân', fields: ['fullName', 'birth'] }] },
    required: ['fullName', 'birth', 'residence'],
    properties: {
      fullName: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } },
      nickname: { type: 'string', title: 'Tên gọi khác' },
      birth: {
        type: 'object',
        title: 'Khai sinh',
        required: ['date'],
        properties: { date: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-ui': { en: { title: 'Date of birth' } } }, place: { type: 'string', title: 'Nơi sinh' } },
      },
      residence: {
        type: 'object',
        title: 'Nơi cư trú',
        'x-ui': { widget: 'address', en: { title: 'Place of residence' } },
        required: ['provinceCode', 'street'],
        properties: { provinceCode: { title: 'Tỉnh, thành phố', enum: ['01', '79'], 'x-ui': { en: { title: 'Province or city' } } }, street: { type: 'string', title: 'Số nhà, đường' } },
      },
    },
  };
  const requiresFather: Validator = {
    validate: (data) => ((data as { father?: unknown }).father ? [] : [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'father' } }]),
    messages: { vi, en },
  };
  const withFather = (extra: Record<string, unknown> = {}) => prepareSchema({ type: 'object', required: ['father'], properties: { father: { ...person, ...extra } } });

  it('each required field inside it, through sections and nested groups; an address names its first missing part', () => {
    const errors = createForm(withFather(), {}, { validator: requiresFather }).submit().errors;
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/father/fullName', 'Vui lòng nhập họ và tên'],
      ['/father/birth/date', 'Vui lòng nhập ngày sinh'],
      ['/father/residence', 'Vui lòng chọn tỉnh, thành phố của nơi cư trú'],
    ]);
  });

  it('in English too', () => {
    const errors = createForm(withFather(), {}, { validator: requiresFather, locale: 'en' }).submit().errors;
    expect(errors.map((e) => e.message)).toEqual(['Enter full name', 'Enter date of birth', 'Select province or city of the place of residence']);
  });

  it('unless the schema words the group’s own required message', () => {
    const schema = withFather({ 'x-ui': { ...person['x-ui'], messages: { required: { vi: 'Vui lòng khai thông tin người cha', en: 'Tell us about the father' } } } });
    const errors = createForm(schema, {}, { validator: requiresFather }).submit().errors;
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([['/father', 'Vui lòng khai thông tin người cha']]);
  });
});
