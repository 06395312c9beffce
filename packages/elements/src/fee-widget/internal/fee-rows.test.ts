import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFees, type FeeOptions } from '@dvc-kit/procedure';
import { FEE_MESSAGES } from '../messages.js';
import { feeTable } from './fee-rows.js';

const procedure = (id: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../../schemas/procedures/${id}/schema.json`, import.meta.url), 'utf8'));

const table = (schema: unknown, data: unknown, locale: 'vi' | 'en' = 'vi', options?: FeeOptions) =>
  feeTable(computeFees(schema, data, options), locale, FEE_MESSAGES[locale]);

/** Rows without their keys: what the citizen reads. */
const shown = (schema: unknown, data: unknown, locale: 'vi' | 'en' = 'vi', options?: FeeOptions) =>
  table(schema, data, locale, options).rows.map(({ label, name, details, amount }) => ({ label, name, details, amount }));

const NBSP = '\u00a0';

describe('feeTable', () => {
  const birth = procedure('1.001193');

  it('itemises a fixed charge and a fee per copy (1.001193, late registration, 2 copies)', () => {
    const result = table(birth, { onTime: false, extractCopies: 2 });
    expect(result.rows.map((row) => [row.type, row.label, row.amount])).toEqual([
      ['fee', 'Lệ phí', 8000],
      ['fee', 'Phí', 16000],
    ]);
    expect(result.rows[0]!.name).toBe('Lệ phí đăng ký khai sinh');
    expect(result.rows[0]!.details).toEqual(['Căn cứ: Nghị quyết của Hội đồng nhân dân cấp tỉnh (mức thu minh họa)']);
    expect(result.rows[1]!.details).toEqual([`2 bản × 8.000${NBSP}₫`]);
    expect(result).toMatchObject({ total: 24000, totalInWords: 'Hai mươi bốn nghìn đồng', provisional: false, free: false });
  });

  it('puts an exemption under its fee with the reason and what it takes off (on-time birth registration)', () => {
    const rows = shown(birth, { onTime: true, extractCopies: 1 });
    expect(rows[1]).toEqual({
      label: 'Miễn',
      name: 'Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh)',
      details: [],
      amount: -8000,
    });
    expect(table(birth, { onTime: true, extractCopies: 1 }).total).toBe(8000);
  });

  it('says a per-copy fee is provisional while the number of copies is empty', () => {
    const result = table(birth, { onTime: true });
    expect(result.provisional).toBe(true);
    expect(result.rows[2]!.details).toEqual(['chưa nhập số bản, tạm tính 0 ₫']);
    expect(result.total).toBe(0);
  });

  it('shows a 50 % reduction (3.000333, a student) and the total in words', () => {
    const judicial = procedure('3.000333');
    const rows = shown(judicial, { applicantCategory: 'STUDENT' });
    expect(rows.map((row) => [row.label, row.amount])).toEqual([
      ['Phí', 200000],
      ['Giảm 50%', -100000],
    ]);
    expect(rows[1]!.name).toMatch(/^Giảm 50%: học sinh, sinh viên/);
    expect(table(judicial, { applicantCategory: 'STUDENT' }).totalInWords).toBe('Một trăm nghìn đồng');
    expect(table(judicial, { applicantCategory: 'CHILD' }).total).toBe(0);
  });

  it('marks a procedure without fees as free (1.013792)', () => {
    expect(table(procedure('1.013792'), {})).toMatchObject({ rows: [], total: 0, free: true, totalInWords: 'Không đồng' });
  });

  it('adds postage when the result comes back by post', () => {
    const rows = shown(procedure('2.000720'), { delivery: { returnChannel: 'POST' } }, 'vi', { postage: 25000 });
    expect(rows.map((row) => [row.label, row.amount])).toEqual([
      ['Lệ phí', 100000],
      ['Cước bưu chính', 25000],
    ]);
    expect(rows[1]!.name).toBe('Cước dịch vụ bưu chính công ích (trả kết quả)');
  });

  it('counts per page through the tiers, and says when the cap applies', () => {
    const certified = {
      code: 'X',
      fees: [
        {
          key: 'copy',
          kind: 'LE_PHI',
          name: { vi: 'Lệ phí chứng thực bản sao', en: 'Certified copy charge' },
          amount: { unit: 'PAGE', quantityField: '/pages', tiers: [{ upTo: 2, price: 2000 }, { price: 1000 }], max: 5000 },
        },
      ],
    };
    expect(shown(certified, { pages: 3 })[0]!.details).toEqual([`2 trang × 2.000${NBSP}₫; 1 trang × 1.000${NBSP}₫`]);
    expect(shown(certified, { pages: 9 })[0]).toMatchObject({
      details: [`2 trang × 2.000${NBSP}₫; 7 trang × 1.000${NBSP}₫`, `tối đa 5.000${NBSP}₫`],
      amount: 5000,
    });
    expect(shown(certified, { pages: 1 }, 'en')[0]).toMatchObject({ label: 'Charge', name: 'Certified copy charge', details: [`1 page × 2.000${NBSP}₫`] });
  });

  it('counts a percentage of a value with its floor', () => {
    const registration = {
      code: 'Y',
      fees: [{ key: 'fee', kind: 'LE_PHI', name: 'Lệ phí trước bạ', amount: { percent: 0.5, baseField: '/value', min: 100000 } }],
    };
    expect(shown(registration, { value: 300_000_000 })[0]).toMatchObject({ details: [`0,5% × 300.000.000${NBSP}₫`], amount: 1_500_000 });
    expect(shown(registration, { value: 1_000_000 })[0]!.details).toEqual([`0,5% × 1.000.000${NBSP}₫`, `tối thiểu 100.000${NBSP}₫`]);
    expect(table(registration, {}).rows[0]!.details[0]).toBe('chưa nhập giá trị, tạm tính 0 ₫');
  });
});
