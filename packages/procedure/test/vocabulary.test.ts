import { describe, expect, it } from 'vitest';
import { SchemaError, createForm as createEngineForm, prepareSchema as prepareEngineSchema } from '@dvc-kit/form-engine';
import type { FormOptions, JsonSchemaObject } from '@dvc-kit/form-engine';
import { createAjvValidator as createEngineAjvValidator } from '@dvc-kit/form-engine/ajv';
import { DVC_META_SCHEMA, checkProcedure, expandProcedure, procedureVocabulary } from '../src/index.js';
import { procedureReferencesVocabulary } from '../src/prepare.js';
import { node, readJson, withoutProse } from './helpers.js';

// The engine with the x-dvc vocabulary, as the elements, the CLI and the demo use it.
const vocabularies = [procedureVocabulary];
const createForm = (schema: unknown, data?: unknown, options: FormOptions = {}) => createEngineForm(schema, data, { vocabularies, ...options });
const prepareSchema = (schema: unknown) => prepareEngineSchema(schema, { vocabularies });
const createAjvValidator = (schema: unknown) => createEngineAjvValidator(schema, { vocabularies });

const procedure: JsonSchemaObject = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['ownerType', 'copies'],
  properties: {
    ownerType: { enum: ['INDIVIDUAL', 'ORGANISATION'], title: 'Chủ' },
    copies: { type: 'integer', minimum: 0, title: 'Số bản sao' },
    returnChannel: { enum: ['ONLINE', 'POST'] },
  },
  'x-dvc': {
    code: '1.013792',
    name: 'Cấp giấy chứng nhận',
    sector: 'Văn hóa',
    agency: 'UBND cấp xã',
    level: ['COMMUNE'],
    onlineService: 'FULL',
    processingTime: { value: 15, unit: 'DAY' },
    legalBasis: [{ code: '147/2024/NĐ-CP' }],
    fees: [
      {
        key: 'copy',
        kind: 'LE_PHI',
        name: 'Lệ phí bản sao',
        amount: { unit: 'COPY', quantityField: '/copies', tiers: [{ price: 8000 }] },
        exemptions: [{ when: { properties: { ownerType: { const: 'INDIVIDUAL' } } }, reason: 'Miễn cho cá nhân' }],
      },
    ],
    components: [
      { key: 'application', name: { vi: 'Đơn đề nghị', en: 'Application' }, required: true, originals: 1, accept: ['.pdf'], maxSizeMB: 2 },
      { key: 'registration', name: 'Giấy đăng ký kinh doanh', requiredWhen: { properties: { ownerType: { const: 'ORGANISATION' } }, required: ['ownerType'] }, multiple: true },
      { key: 'identity', name: 'CCCD', present: true },
    ],
    delivery: { result: ['ONLINE', 'POST'], channelField: '/returnChannel' },
  },
};

const pdf = { name: 'don.pdf', size: 1000, type: 'application/pdf' };

describe('the x-dvc procedure vocabulary', () => {
  it('is the same in the package as in schemas/meta', () => {
    expect(DVC_META_SCHEMA).toEqual(withoutProse(readJson('schemas/meta/dvc.schema.json')));
  });

  it('is left alone by the engine without the vocabulary: x-dvc is then an annotation', () => {
    const prepared = prepareEngineSchema(procedure);
    expect(Object.keys(prepared.properties as object)).toEqual(['ownerType', 'copies', 'returnChannel']);
    expect(createEngineAjvValidator(procedure).validate({ ownerType: 'INDIVIDUAL', copies: 0 })).toEqual([]);
  });

  it('checks only the references on a page without the interpreter (@dvc-kit/procedure/prepare)', () => {
    const wrongLevel = structuredClone(procedure);
    (wrongLevel['x-dvc'] as Record<string, unknown>).level = ['CITY'];
    const prepared = prepareEngineSchema(wrongLevel, { vocabularies: [procedureReferencesVocabulary] });
    expect(Object.keys((prepared.properties as Record<string, JsonSchemaObject>).attachments!.properties as object)).toEqual(['application', 'registration']);
    // The full check finds what the light one leaves, even on a schema marked prepared.
    expect(() => createForm(prepared)).toThrow(SchemaError);
    (wrongLevel['x-dvc'] as Record<string, unknown>).delivery = { result: ['ONLINE'], channelField: '/missing' };
    expect(() => prepareEngineSchema(wrongLevel, { vocabularies: [procedureReferencesVocabulary] })).toThrow(SchemaError);
  });

  it('accepts a well-formed procedure, in the engine and in ajv strict mode', () => {
    expect(checkProcedure(procedure)).toEqual([]);
    expect(() => createAjvValidator(procedure)).not.toThrow();
  });

  it('reports a misspelt member, a condition on a missing field and a bad pointer, each with its pointer', () => {
    const broken = structuredClone(procedure);
    const dvc = broken['x-dvc'] as Record<string, unknown>;
    dvc.procesingTime = dvc.processingTime;
    delete dvc.processingTime;
    const fees = dvc.fees as Record<string, unknown>[];
    (fees[0]!.exemptions as Record<string, unknown>[])[0]!.when = { properties: { ownerKind: { const: 'X' } } };
    (fees[0]!.amount as Record<string, unknown>).quantityField = '/pages';
    expect(checkProcedure(broken).map((p) => `${p.pointer} ${p.message}`)).toEqual([
      '/x-dvc Missing "processingTime".',
      '/x-dvc/procesingTime Unknown member "procesingTime".',
    ]);
    dvc.processingTime = dvc.procesingTime;
    delete dvc.procesingTime;
    expect(checkProcedure(broken).map((p) => `${p.pointer} ${p.message}`)).toEqual([
      '/x-dvc/fees/0/amount/quantityField "/pages" is not a field of the dossier schema.',
      '/x-dvc/fees/0/exemptions/0/when The condition names "ownerKind", which the dossier schema does not have.',
    ]);
    expect(() => createForm(broken)).toThrow(SchemaError);
  });

  it('checks that price tiers are in order, with only the last one open', () => {
    const tiered = structuredClone(procedure);
    const fees = (tiered['x-dvc'] as Record<string, unknown>).fees as Record<string, unknown>[];
    const amount = fees[0]!.amount as Record<string, unknown>;
    expect(amount.tiers, 'the fixture prices per copy in tiers').toBeDefined();
    const problems = (tiers: unknown[]) => {
      amount.tiers = tiers;
      return checkProcedure(tiered).map((p) => `${p.pointer} ${p.message}`);
    };
    expect(problems([{ price: 8000, upTo: 1 }, { price: 5000, upTo: 5 }, { price: 3000 }])).toEqual([]);
    expect(problems([{ price: 8000, upTo: 5 }, { price: 5000, upTo: 3 }, { price: 3000 }])).toEqual(['/x-dvc/fees/0/amount/tiers/1/upTo "upTo" must be more than the tier before (5).']);
    expect(problems([{ price: 8000 }, { price: 5000 }])).toEqual(['/x-dvc/fees/0/amount/tiers/0 Every tier but the last needs "upTo", its last unit.']);
    expect(problems([{ price: 8000, upTo: 1 }, { price: 5000, upTo: 9 }])).toEqual(['/x-dvc/fees/0/amount/tiers/1/upTo The last tier covers every unit after the others: leave out "upTo".']);
  });
});

describe('dossier components become upload fields', () => {
  it('adds one file field per component that is uploaded', () => {
    const expanded = expandProcedure(procedure) as JsonSchemaObject;
    expect(Object.keys((expanded.properties as Record<string, JsonSchemaObject>).attachments!.properties as object)).toEqual(['application', 'registration']);
    expect(expandProcedure(expanded)).toBe(expanded);
    const form = createForm(procedure, { ownerType: 'INDIVIDUAL', copies: 0 });
    const application = node(form.state.root, '/attachments/application');
    expect(application).toMatchObject({ kind: 'file', label: 'Đơn đề nghị', required: true, help: '1 bản chính' });
    expect(application.file).toEqual({ accept: ['application/pdf'], maxBytes: 2 * 1024 * 1024, multiple: false });
    expect(node(form.state.root, '/attachments/registration').file).toMatchObject({ accept: ['application/pdf', 'image/jpeg', 'image/png'], multiple: true });
    expect(form.state.errors.map((e) => `${e.pointer} ${e.message}`)).toEqual(['/attachments/application Vui lòng đính kèm đơn đề nghị']);
  });

  it('requires a component always or when its condition holds, and checks type and size', () => {
    const form = createForm(procedure, { ownerType: 'ORGANISATION', copies: 1, attachments: { application: [pdf] } });
    expect(form.state.errors.map((e) => `${e.pointer} ${e.message}`)).toEqual(['/attachments/registration Vui lòng đính kèm giấy đăng ký kinh doanh']);
    let state = form.setValue('/attachments/registration', [{ name: 'a.exe', size: 10, type: 'application/x-msdownload' }]);
    expect(state.errors.map((e) => e.message)).toEqual(['Chỉ nhận tệp PDF, JPG, PNG']);
    state = form.setValue('/attachments/application', [{ ...pdf, size: 3 * 1024 * 1024 }]);
    expect(state.errors.map((e) => e.message)).toContain('Mỗi tệp không được lớn hơn 2 MB');
    state = form.setValue('/attachments/application', [pdf]);
    state = form.setValue('/attachments/registration', [pdf, { ...pdf, name: 'b.pdf' }]);
    expect(state.valid).toBe(true);
    state = form.setValue('/ownerType', 'INDIVIDUAL');
    state = form.setValue('/attachments/registration', undefined);
    expect(state.valid).toBe(true);
    expect(form.setLocale('en').errors).toEqual([]);
  });

  it('agrees with ajv on attachments', () => {
    const ajv = createAjvValidator(procedure);
    for (const data of [
      { ownerType: 'ORGANISATION', copies: 1, attachments: { application: [pdf] } },
      { ownerType: 'INDIVIDUAL', copies: 1, attachments: { application: [pdf] } },
      { ownerType: 'INDIVIDUAL', copies: 1, attachments: { application: [pdf, pdf] } },
    ]) {
      expect(createForm(procedure, data).state.valid).toBe(ajv.validate(data).length === 0);
    }
  });

  it('gives ajv a prepared schema as it is: the same errors as from the raw one, each once', () => {
    const data = { ownerType: 'ORGANISATION', copies: 1, attachments: { application: [pdf] } };
    const raw = createAjvValidator(procedure).validate(data);
    const prepared = createAjvValidator(prepareSchema(procedure)).validate(data);
    expect(raw.length).toBeGreaterThan(0);
    expect(prepared.map((e) => [e.instancePath, e.keyword])).toEqual(raw.map((e) => [e.instancePath, e.keyword]));
  });
});
