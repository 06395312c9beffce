import type { CCCDReason } from './internal/cccd.js';
import type { PhoneReason, PostalCodeReason, TaxCodeReason } from './identifiers.js';

/** A message in Vietnamese (the source) and English. */
export type VnMessage = { vi: string; en: string };

/**
 * What to tell a citizen for each reason a validator returns, written to say how to fix it.
 * Look up `IDENTIFIER_MESSAGES.cccd[result.reason]`.
 */
export const IDENTIFIER_MESSAGES = {
  cccd: {
    empty: { vi: 'Vui lòng nhập số định danh cá nhân', en: 'Enter your personal ID number' },
    format: {
      vi: 'Số định danh cá nhân chỉ gồm chữ số',
      en: 'A personal ID number contains digits only',
    },
    length: {
      vi: 'Số định danh cá nhân gồm 12 chữ số; số chứng minh nhân dân 9 số cũ không dùng được ở đây',
      en: 'A personal ID number has 12 digits; an old 9-digit ID card number cannot be used here',
    },
    province: {
      vi: '3 chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố; vui lòng kiểm tra lại',
      en: 'The first 3 digits are not a province code; check the number on your ID card',
    },
    'birth-year': {
      vi: 'Số định danh cá nhân không khớp với năm sinh đã khai',
      en: 'The personal ID number does not match the year of birth you entered',
    },
    gender: {
      vi: 'Số định danh cá nhân không khớp với giới tính đã khai',
      en: 'The personal ID number does not match the gender you entered',
    },
  },
  taxCode: {
    empty: { vi: 'Vui lòng nhập mã số thuế', en: 'Enter a tax code' },
    format: {
      vi: 'Mã số thuế gồm 10 chữ số, mã đơn vị phụ thuộc gồm 10 chữ số, dấu gạch ngang và 3 chữ số',
      en: 'A tax code has 10 digits; a branch tax code has 10 digits, a hyphen and 3 digits',
    },
    'check-digit': {
      vi: 'Mã số thuế không đúng, có thể bị gõ nhầm một chữ số; vui lòng kiểm tra lại',
      en: 'This tax code is not valid; a digit may be mistyped',
    },
    'branch-suffix': {
      vi: '3 chữ số cuối của mã đơn vị phụ thuộc phải từ 001 đến 999',
      en: 'The last 3 digits of a branch tax code must be 001 to 999',
    },
    'personal-id': {
      vi: 'Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ',
      en: 'A 12-digit tax code must be a valid personal ID number',
    },
  },
  phone: {
    empty: { vi: 'Vui lòng nhập số điện thoại', en: 'Enter a phone number' },
    characters: {
      vi: 'Số điện thoại chỉ gồm chữ số, có thể có dấu cách hoặc dấu chấm',
      en: 'A phone number contains digits, optionally with spaces or dots',
    },
    length: {
      vi: 'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng số 0',
      en: 'A mobile number has 10 digits starting with 0',
    },
    prefix: {
      vi: 'Số điện thoại di động Việt Nam bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)',
      en: 'A Vietnamese mobile number starts with 03, 05, 07, 08 or 09 (or +84)',
    },
  },
  postalCode: {
    empty: { vi: 'Vui lòng nhập mã bưu chính', en: 'Enter a postal code' },
    format: { vi: 'Mã bưu chính gồm 5 chữ số', en: 'A postal code has 5 digits' },
    prefix: {
      vi: 'Mã bưu chính này không thuộc tỉnh, thành phố nào; vui lòng kiểm tra lại hoặc để trống',
      en: 'This postal code does not belong to any province; check it or leave it empty',
    },
  },
} as const satisfies {
  cccd: Record<CCCDReason, VnMessage>;
  taxCode: Record<TaxCodeReason, VnMessage>;
  phone: Record<PhoneReason, VnMessage>;
  postalCode: Record<PostalCodeReason, VnMessage>;
};
