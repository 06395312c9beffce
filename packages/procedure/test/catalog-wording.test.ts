import { describe, expect, it } from 'vitest';
import {
  CATALOG_TEXT,
  LEVELS,
  ONLINE_SERVICES,
  RESULT_DELIVERIES,
  deliveryText,
  levelsText,
  localizedText,
  onlineServiceText,
  processingTimeText,
} from '../src/wording.js';
import * as index from '../src/index.js';
import * as wording from '../src/wording.js';

describe("a catalogue entry's facts in words", () => {
  it('says the processing time in working days, days or hours, and the same day with its cut-off', () => {
    expect(processingTimeText({ value: 5, unit: 'WORKING_DAY' }, 'vi')).toBe('5 ngày làm việc');
    expect(processingTimeText({ value: 15, unit: 'DAY' }, 'vi')).toBe('15 ngày');
    expect(processingTimeText({ value: 4, unit: 'HOUR' }, 'vi')).toBe('4 giờ');
    expect(processingTimeText({ value: 0, unit: 'WORKING_DAY' }, 'vi')).toBe('Trong ngày');
    expect(processingTimeText({ value: 0, unit: 'WORKING_DAY', sameDayCutoff: '15:00' }, 'vi')).toBe('Trong ngày (tiếp nhận trước 15:00)');
    expect(processingTimeText({ value: 1, unit: 'WORKING_DAY' }, 'en')).toBe('1 working day');
    expect(processingTimeText({ value: 10, unit: 'DAY' }, 'en')).toBe('10 days');
    expect(processingTimeText({ value: 0, unit: 'DAY', sameDayCutoff: '15:00' }, 'en')).toBe('The same day (if received before 15:00)');
    expect(processingTimeText(undefined, 'vi')).toBe('');
  });

  it('names levels, online service and delivery in both languages', () => {
    expect(levelsText(['COMMUNE'], 'vi')).toBe('Cấp xã');
    expect(levelsText(['COMMUNE', 'PROVINCE'], 'en')).toBe('Commune, Province');
    expect(levelsText(undefined, 'vi')).toBe('');
    expect(onlineServiceText('FULL', 'vi')).toBe('Toàn trình');
    expect(onlineServiceText('PARTIAL', 'en')).toBe('Partly online');
    expect(onlineServiceText(undefined, 'en')).toBe('');
    expect(deliveryText({ result: ['ONLINE', 'POST'] }, 'vi')).toBe('Trực tuyến; Qua dịch vụ bưu chính công ích');
    expect(deliveryText(undefined, 'vi')).toBe('');
  });

  it('has a word for every value of the vocabulary, in each language', () => {
    for (const text of Object.values(CATALOG_TEXT)) {
      for (const level of LEVELS) expect(text.levels[level]).toBeTruthy();
      for (const service of ONLINE_SERVICES) expect(text.onlineService[service]).toBeTruthy();
      for (const method of RESULT_DELIVERIES) expect(text.delivery[method]).toBeTruthy();
    }
  });

  it('gives a text in the language asked for, else in Vietnamese, saying which', () => {
    const name = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
    expect(localizedText(name, 'en')).toEqual({ text: 'Birth registration', lang: 'en' });
    expect(localizedText(name, 'vi')).toEqual({ text: 'Đăng ký khai sinh', lang: 'vi' });
    expect(localizedText({ vi: 'Hộ tịch' }, 'en')).toEqual({ text: 'Hộ tịch', lang: 'vi' });
    expect(localizedText({ vi: 'Hộ tịch', en: '' }, 'en')).toEqual({ text: 'Hộ tịch', lang: 'vi' });
    expect(localizedText('Hộ tịch', 'en')).toEqual({ text: 'Hộ tịch', lang: 'vi' });
    expect(localizedText(undefined, 'en')).toEqual({ text: '', lang: 'en' });
  });

  it('is at @dvc-kit/procedure/wording with the fees in words, not in the index', () => {
    // Not in the index: a page that imports the index for computeFees would carry the catalogue's words too
    // (esbuild keeps a module live for every entry of a split build once one entry uses it).
    expect('processingTimeText' in index).toBe(false);
    expect(wording.feesSummaryText).toBe(index.feesSummaryText);
  });
});
