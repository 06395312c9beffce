import type { Locale } from '@dvc-kit/form-engine/core';
import type { Dictionary } from '../shared/dictionary.js';

/** UI text of `<dvc-address-picker>`, in Vietnamese (the source) and English. Loaded with the element, never by pages without it. */
const vi = {
  /** `<dvc-address-picker>`: legend of the group, when no `label` is given. */
  addressLegend: 'Địa chỉ',
  addressProvince: 'Tỉnh, thành phố',
  addressCommune: 'Phường, xã, đặc khu',
  addressStreet: 'Số nhà, tên đường, thôn, tổ dân phố',
  addressChooseProvinceFirst: 'Vui lòng chọn tỉnh, thành phố trước.',
  addressLoadingCommunes: 'Đang tải danh sách phường, xã…',
  addressLoadFailed: 'Không tải được danh sách phường, xã.',
  addressRetry: 'Tải lại',
  addressNoMatch: 'Không có kết quả phù hợp.',
  /** Announced while a listbox is open. */
  addressResults: (n: number) => `${n} kết quả`,
  /** Required and missing: the words the form uses for a required field (`required` in the engine's dictionary). */
  addressMissingProvince: 'Vui lòng chọn tỉnh, thành phố',
  addressMissingCommune: 'Vui lòng chọn phường, xã, đặc khu',
  addressMissingStreet: 'Vui lòng nhập số nhà, tên đường, thôn, tổ dân phố',
  errorPrefix: 'Lỗi:',
};

const en = {
  addressLegend: 'Address',
  addressProvince: 'Province or city',
  addressCommune: 'Ward, commune or special zone',
  addressStreet: 'House number, street, village or residential group',
  addressChooseProvinceFirst: 'Select a province or city first.',
  addressLoadingCommunes: 'Loading wards and communes…',
  addressLoadFailed: 'Could not load the wards and communes.',
  addressRetry: 'Try again',
  addressNoMatch: 'No matches.',
  addressResults: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  addressMissingProvince: 'Select province or city',
  addressMissingCommune: 'Select ward, commune or special zone',
  addressMissingStreet: 'Enter house number, street, village or residential group',
  errorPrefix: 'Error:',
} satisfies Dictionary<typeof vi>;

export type AddressMessages = Dictionary<typeof vi>;

export const ADDRESS_MESSAGES: Readonly<Record<Locale, AddressMessages>> = { vi, en };
