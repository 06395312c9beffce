import { describe, expect, it } from 'vitest';
import { CATALOG_TEXT, deliveryText, feeAmountText, levelsText, localizedText, onlineServiceText, processingTimeText } from '@dvc-kit/procedure/wording';
import type { Fee, Procedure } from '../src/catalog.js';
import { PAGE_TEXT } from '../src/pages/procedure-text.js';

describe('the catalogue worded for the procedure page', () => {
  it('writes a fee priced in tiers with the units each price covers', () => {
    const fee: Fee = { key: 'copies', kind: 'PHI', name: 'Bản sao', basis: 'PER_COPY', amount: 8000, tiers: [{ price: 8000, upTo: 1 }, { price: 5000, upTo: 5 }, { price: 3000 }], conditional: false, exemptions: 0 };
    expect(feeAmountText(fee, 'vi')).toBe('8.000\u00a0₫/bản (bản thứ 1), 5.000\u00a0₫/bản (từ bản thứ 2 đến bản thứ 5), 3.000\u00a0₫/bản (từ bản thứ 6 trở đi)');
    expect(feeAmountText(fee, 'en')).toBe('8.000\u00a0₫ per copy (copy 1), 5.000\u00a0₫ per copy (copies 2–5), 3.000\u00a0₫ per copy (from copy 6)');
    expect(feeAmountText({ ...fee, tiers: undefined }, 'vi')).toBe('8.000\u00a0₫/bản');
  });

  it('words time, level and delivery in both languages, and says which language a text is in', () => {
    expect(processingTimeText({ value: 15, unit: 'WORKING_DAY' }, 'vi')).toBe('15 ngày làm việc');
    expect(processingTimeText({ value: 1, unit: 'WORKING_DAY' }, 'en')).toBe('1 working day');
    expect(processingTimeText({ value: 0, unit: 'WORKING_DAY', sameDayCutoff: '15:00' }, 'vi')).toBe('Trong ngày (tiếp nhận trước 15:00)');
    expect(levelsText(['PROVINCE', 'COMMUNE'], 'vi')).toBe('Cấp tỉnh, Cấp xã');
    expect(onlineServiceText('FULL', 'vi')).toBe('Toàn trình');
    expect(deliveryText({ result: ['ONLINE', 'POST'] } as Procedure['delivery'], 'en')).toBe('Online; By public postal service');
    expect(localizedText({ vi: 'Hộ tịch' }, 'en')).toEqual({ text: 'Hộ tịch', lang: 'vi' });
    expect(localizedText({ vi: 'Hộ tịch', en: 'Civil status' }, 'en')).toEqual({ text: 'Civil status', lang: 'en' });
  });

  it('keeps the catalogue words in the procedure package only, not again in the page text', () => {
    // The page's dictionary holds the page's own words; a catalogue word there would drift from the list's.
    const catalogKeys = Object.keys(CATALOG_TEXT.vi);
    for (const lang of ['vi', 'en'] as const) {
      expect(Object.keys(PAGE_TEXT[lang]).filter((key) => catalogKeys.includes(key))).toEqual([]);
    }
  });
});
