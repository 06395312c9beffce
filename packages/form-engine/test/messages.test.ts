// Only the core here: the full engine registers both languages when it loads, and this file checks what happens before.
import { describe, expect, it } from 'vitest';
import { createForm, hasMessages, registerMessages } from '../src/core.js';
import type { JsonSchemaObject, Validator } from '../src/core.js';
import { en } from '../src/messages-en.js';
import { vi } from '../src/messages-vi.js';

const schema: JsonSchemaObject = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } } }, 'x-dvc-prepared': true, 'x-dvc-conditions': [] };
const requiresName: Validator = {
  validate: (data) => ((data as { name?: string }).name ? [] : [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } }]),
};

describe('validation messages by language', () => {
  it('the core has no dictionary of its own: a validator without messages still names the field', () => {
    expect(hasMessages('vi')).toBe(false);
    const form = createForm(schema, {}, { validator: requiresName });
    expect(form.submit().errors.map((e) => e.message)).toEqual(['Họ và tên chưa hợp lệ']);
  });

  it('a validator brings its Vietnamese messages (as dvc-schema build writes them)', () => {
    const form = createForm(schema, {}, { validator: { ...requiresName, messages: { vi } } });
    expect(form.submit().errors.map((e) => e.message)).toEqual(['Vui lòng nhập họ và tên']);
    expect(hasMessages('vi')).toBe(false);
  });

  it('the core has Vietnamese only until English is registered; then English words the same error', () => {
    expect(hasMessages('en')).toBe(false);
    const form = createForm(schema, {}, { validator: { ...requiresName, messages: { vi } }, locale: 'en' });
    // Without the English dictionary the message is the Vietnamese one (with the English label), never blank.
    expect(form.submit().errors.map((e) => e.message)).toEqual(['Vui lòng nhập full name']);
    registerMessages('en', en);
    expect(hasMessages('en')).toBe(true);
    expect(form.setLocale('vi').errors.map((e) => e.message)).toEqual(['Vui lòng nhập họ và tên']);
    expect(form.setLocale('en').errors.map((e) => e.message)).toEqual(['Enter full name']);
  });

  it('the full createForm keeps Vietnamese messages registered before it (registered ones come first)', async () => {
    const { createForm: createFullForm } = await import('../src/create-form.js');
    registerMessages('vi', { ...vi, required: (c) => `Xin nhập ${c.label}` });
    const raw = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Họ và tên' } } };
    expect(createFullForm(raw, {}).submit().errors.map((e) => e.message)).toEqual(['Xin nhập Họ và tên']);
  });

  it('English has every message Vietnamese has', async () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});

describe('the full entry speaks English when bundled', () => {
  it('keeps the English registration through tree-shaking (sideEffects)', async () => {
    const { build } = await import('esbuild');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath, pathToFileURL } = await import('node:url');
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const result = await build({
      stdin: {
        contents: `import { formatMessage } from ${JSON.stringify(entry)};\nexport const message = formatMessage('required', { label: 'Full name', kind: 'text', params: {}, locale: 'en' });`,
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      treeShaking: true,
      write: false,
      logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-engine-bundle-')), 'bundle.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    const bundled = (await import(pathToFileURL(file).href)) as { message: string };
    expect(bundled.message).toBe('Enter full name');
  });
});

describe('numbers in messages', () => {
  it('are written as each language writes them, like Intl.NumberFormat', async () => {
    const { num } = await import('../src/message-wording.js');
    for (const value of [0, 5, 12, 999, 1000, 12345, 1234567.5, -2500, 0.5, 12.25, 1e6, 250000, 1e-7, 1e21]) {
      expect(num({ label: '', kind: 'text', params: {}, locale: 'vi' }, value), String(value)).toBe(new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 }).format(value));
      expect(num({ label: '', kind: 'text', params: {}, locale: 'en' }, value), String(value)).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 }).format(value));
    }
    expect(num({ label: '', kind: 'text', params: {}, locale: 'vi' }, 'x')).toBe('x');
  });
});
