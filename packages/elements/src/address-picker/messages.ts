import type { Locale } from '@dvc-kit/form-engine/core';
import type { Dictionary } from '../shared/dictionary.js';

/** UI text of `<dvc-address-picker>`, in Vietnamese (the source) and English. Loaded with the element, never by pages without it. */
const vi = {
  /** `<dvc-address-picker>`: legend of the group, when no `label` is given. */
  addressLegend: 'Địa chỉ',
  addressProvince: 'Tỉnh, thành phố',
  addressCommune: 'Phường, xã, đặc khu',
  addressStreet: 'Số nhà, tên đường, thôn, tổ dân phố',
  addressChooseProvinceFirst: 'Chọn tỉnh, thành phố trước.',
  addressLoadingCommunes: 'Đang tải danh sách phường, xã…',
  addressLoadFailed: 'Không tải được danh sách phường, xã.',
  addressRetry: 'Tải lại',
  addressNoMatch: 'Không có kết quả phù hợp.',
  /** Announced while a listbox is open. */
  addressResults: (n: number) => `${n} kết quả`,
  addressMissingProvince: 'Chọn tỉnh, thành phố',
  addressMissingCommune: 'Chọn phường, xã hoặc đặc khu',
  addressMissingStreet: 'Nhập số nhà, tên đường, thôn hoặc tổ dân phố',
  errorPrefix: 'Lỗi:',
};

const en = {
  addressLegend: 'Address',
  addressProvince: 'Province or city',
  addressCommune: 'Ward, commune or special zone',
  addressStreet: 'House number, street, village or residential group',
  addressChooseProvinceFirst: 'Choose a province or city first.',
  addressLoadingCommunes: 'Loading wards and communes…',
  addressLoadFailed: 'Could not load the wards and communes.',
  addressRetry: 'Try again',
  addressNoMatch: 'No matches.',
  addressResults: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  addressMissingProvince: 'Choose a province or city',
  addressMissingCommune: 'Choose a ward, commune or special zone',
  addressMissingStreet: 'Enter the house number and street, village or residential group',
  errorPrefix: 'Error:',
} satisfies Dictionary<typeof vi>;

export type AddressMessages = Dictionary<typeof vi>;

export const ADDRESS_MESSAGES: Readonly<Record<Locale, AddressMessages>> = { vi, en };
