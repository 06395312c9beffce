import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SchemaError, createForm } from '../src/core.js';
import type { JsonSchemaObject, Validator } from '../src/core.js';
import { createForm as createFullForm } from '../src/index.js';

const schema: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 2, title: 'Họ và tên' }, code: { type: 'string', format: 'not-registered' } },
};

const procedure: JsonSchemaObject = {
  type: 'object',
  properties: { ownerType: { enum: ['INDIVIDUAL', 'ORGANISATION'] } },
  'x-dvc': {
    code: '1.000001',
    name: 'Thủ tục thử',
    sector: 'Thử',
    agency: 'UBND cấp xã',
    level: ['COMMUNE'],
    onlineService: 'FULL',
    processingTime: { value: 1, unit: 'WORKING_DAY' },
    legalBasis: [{ code: '1/2025/NĐ-CP' }],
    components: [{ key: 'application', name: 'Đơn đề nghị', required: true }],
    delivery: { result: ['ONLINE'] },
  },
};

describe('@dvc-kit/form-engine/core', () => {
  it('without a validator, every form is valid (nothing validates it)', () => {
    const form = createForm(schema, {});
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
    const form = createForm(schema, {}, { validator });
    expect(form.state.valid).toBe(false);
    expect(form.submit().errors.map((e) => [e.pointer, e.message])).toEqual([['/name', 'Vui lòng nhập họ và tên']]);
    // minLength is not checked: the validator given is the only judge.
    expect(form.setValue('/name', 'A').valid).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('does not check formats (the build did), unlike the full createForm', () => {
    expect(() => createForm(schema)).not.toThrow();
    expect(() => createFullForm(schema)).toThrow(SchemaError);
  });

  it('still lints the structure and the x-dvc references', () => {
    expect(() => createForm({ type: 'object', properties: { a: { typo: 1 } } })).toThrow(SchemaError);
    const broken = structuredClone(procedure);
    (broken['x-dvc'] as Record<string, unknown>).delivery = { result: ['ONLINE'], channelField: '/missing' };
    try {
      createForm(broken);
      expect.unreachable();
    } catch (error) {
      expect((error as SchemaError).problems.map((p) => p.pointer)).toEqual(['/x-dvc/delivery/channelField']);
    }
  });

  it('still expands x-dvc components into upload fields', () => {
    const form = createForm(procedure);
    const attachments = form.state.root.children?.find((c) => c.pointer === '/attachments');
    expect(attachments?.children?.map((c) => [c.pointer, c.kind, c.required])).toEqual([['/attachments/application', 'file', true]]);
  });

  it('loads neither the interpreter nor the x-dvc meta-schema', async () => {
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
    expect(inputs.filter((i) => /validator\/|dvc-meta-schema|procedure\/check|ajv/.test(i))).toEqual([]);
  });
});
