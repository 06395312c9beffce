import { describe, expect, it } from 'vitest';
import { catalogEntry, feeAmountText, feeNotes, feeSummary, feesSummaryText } from '../src/index.js';
import type { CatalogFiles, Fee, FeeSummary } from '../src/index.js';
import { readJson } from './helpers.js';

const files: CatalogFiles = { validator: 'p/validator.js', validatorTypes: 'p/validator.d.ts', types: 'p/types.d.ts', schema: 'p/schema.json' };

describe('the catalogue entry', () => {
  it('holds the x-dvc facts of a shipped procedure, its fees summarised', () => {
    const schema = readJson('schemas/procedures/3.000333/schema.json') as Record<string, Record<string, unknown>>;
    const entry = catalogEntry('3.000333', schema, files);
    const dvc = schema['x-dvc']!;
    expect(entry).toMatchObject({ id: '3.000333', code: dvc.code, name: dvc.name, processingTime: dvc.processingTime, delivery: dvc.delivery, free: false, files });
    expect(entry.fees).toEqual([
      { key: 'judicialRecord', kind: 'PHI', name: (dvc.fees as Fee[])[0]!.name, basis: 'FIXED', amount: 200_000, conditional: false, exemptions: 2 },
    ]);
    expect(entry.components).toBe((dvc.components as unknown[]).length);
  });

  it('names a schema without x-dvc by its title, else by its id', () => {
    expect(catalogEntry('x', { title: 'Tờ khai' }, files)).toMatchObject({ code: 'x', name: 'Tờ khai', fees: [], free: true, components: 0 });
    expect(catalogEntry('x', {}, files).name).toBe('x');
  });

  it.each([
    ['fixed', { fixed: 50_000 }, { basis: 'FIXED', amount: 50_000 }],
    ['per copy', { unit: 'COPY', quantityField: '/n', tiers: [{ price: 8_000 }] }, { basis: 'PER_COPY', amount: 8_000 }],
    ['per page in tiers with a cap', { unit: 'PAGE', quantityField: '/n', tiers: [{ price: 2_000, upTo: 2 }, { price: 1_000 }], max: 200_000 }, { basis: 'PER_PAGE', amount: 2_000, tiers: [{ price: 2_000, upTo: 2 }, { price: 1_000 }], max: 200_000 }],
    ['a percentage with a floor', { percent: 0.5, baseField: '/v', min: 10_000 }, { basis: 'PERCENT', percent: 0.5, min: 10_000 }],
  ] as const)('summarises a fee: %s', (_what, amount, expected) => {
    expect(feeSummary({ key: 'f', kind: 'LE_PHI', name: 'Lệ phí', amount: structuredClone(amount) as Fee['amount'] })).toEqual({
      key: 'f',
      kind: 'LE_PHI',
      name: 'Lệ phí',
      conditional: false,
      exemptions: 0,
      ...expected,
    });
  });
});

describe('fees in words', () => {
  const fee = (summary: Partial<FeeSummary>): FeeSummary => ({ key: 'f', kind: 'PHI', name: 'Phí', basis: 'FIXED', conditional: false, exemptions: 0, ...summary });
  const tiers = [{ price: 8_000, upTo: 1 }, { price: 5_000, upTo: 5 }, { price: 3_000 }];
  it.each([
    [fee({ amount: 100_000 }), '100.000\u00a0₫', '100.000\u00a0₫'],
    [fee({ basis: 'PER_COPY', amount: 8_000 }), '8.000\u00a0₫/bản', '8.000\u00a0₫ per copy'],
    [
      fee({ basis: 'PER_COPY', amount: 8_000, tiers }),
      '8.000\u00a0₫/bản (bản thứ 1), 5.000\u00a0₫/bản (từ bản thứ 2 đến bản thứ 5), 3.000\u00a0₫/bản (từ bản thứ 6 trở đi)',
      '8.000\u00a0₫ per copy (copy 1), 5.000\u00a0₫ per copy (copies 2–5), 3.000\u00a0₫ per copy (from copy 6)',
    ],
    [fee({ basis: 'PER_PAGE', amount: 2_000, max: 200_000 }), '2.000\u00a0₫/trang (tối đa 200.000\u00a0₫)', '2.000\u00a0₫ per page (at most 200.000\u00a0₫)'],
    [fee({ basis: 'PERCENT', percent: 0.5, min: 10_000 }), '0,5% (tối thiểu 10.000\u00a0₫)', '0.5% (at least 10.000\u00a0₫)'],
  ])('%j', (summary, vi, en) => {
    expect([feeAmountText(summary, 'vi'), feeAmountText(summary, 'en')]).toEqual([vi, en]);
  });

  it('says when a procedure is free, and what to note on a fee', () => {
    expect(feesSummaryText({ free: true, fees: [] }, 'vi')).toBe('Miễn phí');
    expect(feesSummaryText({ free: false, fees: [fee({ amount: 1_000 }), fee({ basis: 'PER_COPY', amount: 500 })] }, 'en')).toBe('1.000\u00a0₫; 500\u00a0₫ per copy');
    expect(feeNotes(fee({ conditional: true, exemptions: 2 }), 'vi')).toEqual(['chỉ áp dụng trong một số trường hợp', 'có trường hợp được miễn, giảm']);
    expect(feeNotes(fee({}), 'en')).toEqual([]);
  });
});
