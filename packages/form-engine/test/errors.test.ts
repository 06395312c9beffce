import { describe, expect, it } from 'vitest';
import { createForm, registerFormat } from '../src/index.js';
import type { JsonSchemaObject } from '../src/index.js';
import { node } from './helpers.js';

const schema: JsonSchemaObject = {
  type: 'object',
  required: ['fullName', 'personalId', 'email', 'sex', 'agree'],
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 50, 'x-ui': { en: { title: 'Full name' } } },
    personalId: {
      type: 'string',
      title: 'Số CCCD',
      pattern: '^\\d{12}$',
      'x-ui': { messages: { pattern: { vi: 'Vui lòng nhập số CCCD gồm 12 chữ số', en: 'Enter a 12-digit ID number' } } },
    },
    email: { type: 'string', format: 'email', title: 'Email' },
    sex: { title: 'Giới tính', oneOf: [{ const: 'M', title: 'Nam' }, { const: 'F', title: 'Nữ' }] },
    age: { type: 'integer', title: 'Tuổi', minimum: 18, maximum: 120 },
    area: { type: 'number', title: 'Diện tích', exclusiveMinimum: 0, multipleOf: 0.5 },
    agree: { type: 'boolean', const: true, title: 'Tôi cam kết thông tin là đúng' },
    phones: { type: 'array', title: 'Số điện thoại', uniqueItems: true, minItems: 1, items: { type: 'string' } },
  },
  additionalProperties: false,
};

describe('messages written for citizens', () => {
  it('words each keyword in Vietnamese', () => {
    const form = createForm(schema, { fullName: 'A', personalId: '123', email: 'nope', age: 12, area: 0.3, phones: ['1', '1'], extra: 1 });
    const messages = Object.fromEntries(form.state.errors.map((e) => [e.pointer, e.message]));
    expect(messages).toEqual({
      '': 'Tờ khai có trường không được phép: extra'.replace('Tờ khai', 'Hồ sơ'),
      '/fullName': 'Họ và tên phải có ít nhất 2 ký tự',
      '/personalId': 'Vui lòng nhập số CCCD gồm 12 chữ số',
      '/email': 'Vui lòng nhập email đúng định dạng, ví dụ ten@example.com',
      '/sex': 'Vui lòng chọn giới tính',
      '/age': 'Tuổi phải lớn hơn hoặc bằng 18',
      '/area': 'Diện tích phải là bội số của 0,5',
      '/agree': 'Vui lòng đánh dấu ô “Tôi cam kết thông tin là đúng”',
      '/phones': 'Số điện thoại có mục trùng nhau (mục 1 và mục 2)',
    });
  });

  it('words them in English, including per-field overrides', () => {
    const form = createForm(schema, { fullName: 'A', personalId: '123', area: 0 }, { locale: 'en' });
    const messages = Object.fromEntries(form.state.errors.map((e) => [e.pointer, e.message]));
    expect(messages['/fullName']).toBe('Full name must be 2 characters or more');
    expect(messages['/personalId']).toBe('Enter a 12-digit ID number');
    expect(messages['/email']).toBe('Enter email');
    expect(messages['/area']).toBe('Diện tích must be more than 0');
  });

  it('formats numbers the Vietnamese way', () => {
    const form = createForm({ type: 'object', properties: { fee: { type: 'integer', title: 'Lệ phí', maximum: 1250000 } } }, { fee: 2000000 });
    expect(form.state.errors[0]!.message).toBe('Lệ phí phải nhỏ hơn hoặc bằng 1.250.000');
  });

  it('names a date value that came in unreadable, and asks for a real date when the typed parts are not one', () => {
    const schema = { type: 'object', properties: { born: { type: 'string', format: 'date', title: 'Ngày sinh' } } };
    const form = createForm(schema, { born: '14/05/1990' });
    expect(form.state.errors[0]!.message).toBe('Ngày sinh: "14/05/1990" không phải là ngày hợp lệ, vui lòng nhập lại');
    expect(form.setLocale('en').errors[0]!.message).toBe('Ngày sinh: "14/05/1990" is not a valid date, please enter it again');
    // Typed in three parts (the element writes "year-month-day"): say what to correct.
    const cases: [string, string, string][] = [
      ['2026-02-31', 'Ngày sinh không có thật, vui lòng nhập lại, ví dụ 27 3 2007', 'Ngày sinh must be a real date, like 27 3 2007'],
      ['1990-5-', 'Ngày sinh còn thiếu ngày', 'Ngày sinh must include a day'],
      ['--14', 'Ngày sinh còn thiếu tháng và năm', 'Ngày sinh must include a month and year'],
      ['90-5-14', 'Ngày sinh: năm phải gồm 4 chữ số', 'Ngày sinh: the year must have 4 digits'],
      // Another shape (dd-mm-yyyy from a portal) is named, not split.
      ['14-05-1990', 'Ngày sinh: "14-05-1990" không phải là ngày hợp lệ, vui lòng nhập lại', 'Ngày sinh: "14-05-1990" is not a valid date, please enter it again'],
    ];
    for (const [typed, vi, en] of cases) {
      const typedForm = createForm(schema, { born: typed });
      expect(typedForm.state.errors[0]!.message, typed).toBe(vi);
      expect(typedForm.setLocale('en').errors[0]!.message, typed).toBe(en);
    }
    // A time or date-time no native control can show is shown as its text, to type again.
    const time = createForm({ type: 'object', properties: { at: { type: 'string', format: 'time', title: 'Giờ hẹn' } } }, { at: '25:99' });
    expect(time.state.errors[0]!.message).toBe('Giờ hẹn: "25:99" không phải là giờ hợp lệ, vui lòng nhập lại');
    expect(time.setLocale('en').errors[0]!.message).toBe('Giờ hẹn: "25:99" is not a valid time, please enter it again');
    const at = createForm({ type: 'object', properties: { at: { type: 'string', format: 'date-time', title: 'Thời điểm' } } }, { at: '2026-02-30T10:00:00Z' });
    expect(at.state.errors[0]!.message).toBe('Thời điểm: "2026-02-30T10:00:00Z" không phải là ngày giờ hợp lệ, vui lòng nhập lại');
    expect(at.setLocale('en').errors[0]!.message).toBe('Thời điểm: "2026-02-30T10:00:00Z" is not a valid date and time, please enter it again');
  });

  it('a schema’s own format message words an unreadable date, but a precise mistake in typed parts says which part', () => {
    const messages = { format: { vi: 'Vui lòng nhập ngày sinh hợp lệ', en: 'Enter a valid date of birth' } };
    const schema = { type: 'object', properties: { born: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-ui': { messages } } } };
    expect(createForm(schema, { born: '14/05/1990' }).state.errors[0]!.message).toBe('Vui lòng nhập ngày sinh hợp lệ');
    const missing = createForm(schema, { born: '1990--14' });
    expect(missing.state.errors[0]!.message).toBe('Ngày sinh còn thiếu tháng');
    expect(missing.setLocale('en').errors[0]!.message).toBe('Ngày sinh must include a month');
    expect(createForm(schema, { born: '2026-02-31' }).state.errors[0]!.message).toBe('Ngày sinh không có thật, vui lòng nhập lại, ví dụ 27 3 2007');
  });

  it('uses the message of a registered format', () => {
    registerFormat('test-cccd', { validate: /^\d{12}$/, message: { vi: 'Số CCCD gồm 12 chữ số', en: 'A 12-digit number' } });
    const form = createForm({ type: 'object', properties: { id: { type: 'string', format: 'test-cccd', title: 'CCCD' } } }, { id: '12' });
    expect(form.state.errors[0]!.message).toBe('Số CCCD gồm 12 chữ số');
    expect(form.setLocale('en').errors[0]!.message).toBe('A 12-digit number');
  });
});

describe('when errors show', () => {
  it('hides errors of untouched empty fields until submit, in display order', () => {
    const form = createForm(schema);
    expect(form.state.valid).toBe(false);
    expect(form.state.shownErrors).toEqual([]);
    const submitted = form.submit();
    expect(submitted.shownErrors.map((e) => e.pointer)).toEqual(['/fullName', '/personalId', '/email', '/sex', '/agree']);
    expect(submitted.shownErrors[0]).toMatchObject({ id: 'dvc-field.fullName', label: 'Họ và tên' });
  });

  it('shows errors of prefilled values at once', () => {
    const form = createForm(schema, { personalId: '12' });
    expect(form.state.shownErrors.map((e) => e.pointer)).toEqual(['/personalId']);
  });

  it('shows a field once it was changed and left, then updates as the citizen types', () => {
    const form = createForm(schema);
    let state = form.setInput('/fullName', 'A');
    expect(node(state.root, '/fullName').showErrors).toBe(false);
    state = form.touch('/fullName');
    expect(node(state.root, '/fullName')).toMatchObject({ showErrors: true, errors: ['Họ và tên phải có ít nhất 2 ký tự'] });
    state = form.setInput('/fullName', 'An');
    expect(node(state.root, '/fullName').errors).toEqual([]);
    expect(form.touch('/email')).toBe(state); // leaving an unchanged field changes nothing
  });

  it('keeps data after a failed submit and resets to the initial data', () => {
    const form = createForm(schema, { fullName: 'Nguyễn Văn An' });
    form.setInput('/personalId', '0123');
    const state = form.submit();
    expect(state.valid).toBe(false);
    expect(state.data).toEqual({ fullName: 'Nguyễn Văn An', personalId: '0123' });
    expect(form.reset().data).toEqual({ fullName: 'Nguyễn Văn An' });
    expect(form.state.submitted).toBe(false);
  });

  it('reports no errors without a validator', () => {
    const form = createForm(schema, {}, { validator: null });
    expect(form.state).toMatchObject({ valid: true, errors: [] });
  });
});
