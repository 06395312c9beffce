// Only the core here: the full engine registers English when it loads, and this file checks what happens before.
import { describe, expect, it } from 'vitest';
import { createForm, hasMessages, registerMessages } from '../src/core.js';
import type { JsonSchemaObject, Validator } from '../src/core.js';
import { en } from '../src/messages-en.js';

const schema: JsonSchemaObject = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } } }, 'x-dvc-prepared': true };
const requiresName: Validator = {
  validate: (data) => ((data as { name?: string }).name ? [] : [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } }]),
};

describe('validation messages by language', () => {
  it('the core has Vietnamese only until English is registered; then English words the same error', () => {
    expect(hasMessages('vi')).toBe(true);
    expect(hasMessages('en')).toBe(false);
    const form = createForm(schema, {}, { validator: requiresName, locale: 'en' });
    // Without the English dictionary the message is the Vietnamese one (with the English label), never blank.
    expect(form.submit().errors.map((e) => e.message)).toEqual(['Vui lòng nhập full name']);
    registerMessages('en', en);
    expect(hasMessages('en')).toBe(true);
    expect(form.setLocale('vi').errors.map((e) => e.message)).toEqual(['Vui lòng nhập họ và tên']);
    expect(form.setLocale('en').errors.map((e) => e.message)).toEqual(['Enter Full name']);
  });

  it('English has every message Vietnamese has', async () => {
    const { vi } = await import('../src/messages.js');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});
