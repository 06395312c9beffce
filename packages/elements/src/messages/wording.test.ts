// The pickers say what the form says: a required part is asked for with the engine's own words.
import { describe, expect, it } from 'vitest';
import { en } from '@dvc-kit/form-engine/messages-en';
import { vi } from '@dvc-kit/form-engine/messages-vi';
import { ADDRESS_MESSAGES } from '../address-picker/messages.js';
import { FILE_MESSAGES } from '../file-upload/messages.js';

const engine = { vi, en } as const;
const required = (locale: 'vi' | 'en', label: string, kind: string) => engine[locale].required({ label, kind, params: {}, locale });

describe('the pickers word a missing part as the form does', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`address parts (${locale})`, () => {
      const m = ADDRESS_MESSAGES[locale];
      expect(m.addressMissingProvince).toBe(required(locale, m.addressProvince, 'select'));
      expect(m.addressMissingCommune).toBe(required(locale, m.addressCommune, 'select'));
      expect(m.addressMissingStreet).toBe(required(locale, m.addressStreet, 'text'));
    });

    it(`a required upload field (${locale})`, () => {
      for (const label of ['Giấy chứng nhận quyền sử dụng đất', 'Bản sao CCCD', 'CCCD của người nộp', 'Giấy tờ do UBND Hà Nội cấp']) {
        expect(FILE_MESSAGES[locale].fileMissing(label)).toBe(required(locale, label, 'file'));
      }
    });
  }

  it('reads as a citizen expects', () => {
    expect(ADDRESS_MESSAGES.vi.addressMissingProvince).toBe('Vui lòng chọn tỉnh, thành phố');
    expect(ADDRESS_MESSAGES.en.addressMissingCommune).toBe('Select ward, commune or special zone');
    expect(FILE_MESSAGES.vi.fileMissing('Bản sao CCCD')).toBe('Vui lòng đính kèm bản sao CCCD');
    expect(FILE_MESSAGES.vi.fileMissing('CCCD của người nộp')).toBe('Vui lòng đính kèm CCCD của người nộp');
    expect(FILE_MESSAGES.en.fileMissing('Land use certificate')).toBe('Attach land use certificate');
  });
});
