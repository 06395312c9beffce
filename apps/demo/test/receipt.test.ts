import { describe, expect, it } from 'vitest';
import {
  billAsProcedure,
  fileSizeText,
  isReceipt,
  keepReceipt,
  keptReceipt,
  keptReceiptToken,
  readReceiptAnswer,
  vietnamDate,
  vietnamDateTime,
} from '../src/submission/receipt.js';
import { computeFees } from '@dvc-kit/procedure';
import { MemoryStorage } from './memory-storage.js';
import { receiptExample } from './receipt-example.js';

describe('the receipt', () => {
  it('is checked before it is shown', () => {
    expect(isReceipt(receiptExample)).toBe(true);
    expect(isReceipt({ ...receiptExample, submittedAt: 'yesterday' })).toBe(false);
    expect(isReceipt({ ...receiptExample, fees: { lines: [], total: '125000' } })).toBe(false);
    expect(isReceipt({ ...receiptExample, components: [{ name: 'x', files: [{ fileName: 'a' }] }] })).toBe(false);
    // The shape of @dvc-kit/dossier's Receipt, which the server always sends whole.
    expect(isReceipt({ ...receiptExample, expectedDueAt: undefined })).toBe(false);
    expect(isReceipt({ ...receiptExample, delivery: undefined })).toBe(false);
    expect(isReceipt({ ...receiptExample, delivery: { method: 'FAX' } })).toBe(false);
    expect(isReceipt({ ...receiptExample, delivery: { method: 'IN_PERSON' } })).toBe(false);
    expect(isReceipt({ ...receiptExample, delivery: { method: 'IN_PERSON', place: { name: 'Bộ phận Một cửa phường An Hòa' } } })).toBe(true);
    expect(isReceipt({ ...receiptExample, components: [{ name: 'x', files: [] }] })).toBe(false); // no field
    expect(isReceipt({ ...receiptExample, fees: { lines: [{ name: 'Phí', amount: 1000 }], total: 1000 } })).toBe(false); // no key, kind, gross
    expect(isReceipt({ ...receiptExample, fees: { lines: [], total: 0.5 } })).toBe(false);
    expect(isReceipt(null)).toBe(false);
  });

  it('is kept in the tab with its token, and read back only for its own code', () => {
    const storage = new MemoryStorage();
    expect(keepReceipt(storage, { receipt: receiptExample, receiptToken: 'tok' })).toBe(true);
    expect(keptReceipt(storage, receiptExample.code)).toEqual({ receipt: receiptExample, receiptToken: 'tok' });
    expect(keptReceipt(storage, 'other')).toBe(null);
    expect(keptReceiptToken(storage, receiptExample.code)).toBe('tok');
    storage.items.set(`dvc-minhson:receipt:${receiptExample.code}`, '{"receipt":{}}');
    expect(keptReceipt(storage, receiptExample.code)).toBe(null);
  });

  it('is read from the server bare or wrapped, for the code asked only', () => {
    expect(readReceiptAnswer(receiptExample, receiptExample.code)).toEqual(receiptExample);
    expect(readReceiptAnswer({ receipt: receiptExample }, receiptExample.code)).toEqual(receiptExample);
    expect(readReceiptAnswer(receiptExample, 'another-code')).toBe(null);
  });

  it('words dates in Vietnam time as dd/mm/yyyy, sizes in the reader’s language', () => {
    expect(vietnamDateTime('2026-12-06T02:30:00.000Z')).toBe('06/12/2026 09:30');
    // 20:00 UTC is already the next day in Vietnam.
    expect(vietnamDateTime('2026-12-31T20:00:00Z')).toBe('01/01/2027 03:00');
    expect(vietnamDate('2026-12-18')).toBe('18/12/2026');
    expect(vietnamDate('2026-12-18T17:30:00Z')).toBe('19/12/2026');
    expect(vietnamDateTime('not a date')).toBe('');
    expect(fileSizeText(13, 'vi')).toBe('13 byte');
    expect(fileSizeText(245760, 'vi')).toBe('240 kB');
    expect(fileSizeText(1572864, 'en')).toBe('1.5 MB');
    expect(fileSizeText(1572864, 'vi')).toBe('1,5 MB');
  });

  it('gives the fee widget the bill it carries, line by line', () => {
    const bill = billAsProcedure(receiptExample);
    const fees = computeFees(bill, {});
    expect(fees.total).toBe(125000);
    expect(fees.lines.map((l) => [l.key, l.kind, l.amount])).toEqual([
      ['appraisal', 'PHI', 100000],
      ['postage', 'SERVICE_PRICE', 25000],
    ]);
  });
});
