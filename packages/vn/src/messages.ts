import type { CCCDReason } from './internal/cccd.js';
import type { PhoneReason, PostalCodeReason, TaxCodeReason } from './identifiers.js';

/** A message in Vietnamese (the source) and English. */
export type VnMessage = { vi: string; en: string };

/** What to tell a citizen for each reason a personal ID number (`validateCCCD`) is refused, written to say how to fix it. */
export const CCCD_MESSAGES = {
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
  century: {
    vi: 'Chữ số thứ 4 của số định danh cá nhân (thế kỷ sinh và giới tính) chỉ có thể là 0, 1, 2 hoặc 3; vui lòng kiểm tra lại',
    en: 'The 4th digit (century of birth and sex) can only be 0, 1, 2 or 3; check the number on your ID card',
  },
  'future-birth-year': {
    vi: 'Chữ số thứ 4 đến thứ 6 của số định danh cá nhân cho năm sinh ở tương lai; vui lòng kiểm tra lại',
    en: 'Digits 4 to 6 of the personal ID number give a year of birth in the future; check the number on your ID card',
  },
  'birth-year': {
    vi: 'Số định danh cá nhân không khớp với năm sinh đã khai',
    en: 'The personal ID number does not match the year of birth you entered',
  },
  gender: {
    vi: 'Số định danh cá nhân không khớp với giới tính đã khai',
    en: 'The personal ID number does not match the gender you entered',
  },
} as const satisfies Record<CCCDReason, VnMessage>;

/** What to tell a citizen for each reason a tax code (`validateTaxCode`) is refused, written to say how to fix it. */
export const TAX_CODE_MESSAGES = {
  empty: { vi: 'Vui lòng nhập mã số thuế', en: 'Enter a tax code' },
  format: {
    vi: 'Mã số thuế chỉ gồm chữ số; mã đơn vị phụ thuộc gồm 10 chữ số, dấu gạch ngang và 3 chữ số',
    en: 'A tax code contains digits only; a branch tax code has 10 digits, a hyphen and 3 digits',
  },
  length: {
    vi: 'Mã số thuế gồm 10 chữ số, hoặc 12 chữ số nếu là số định danh cá nhân; vui lòng kiểm tra số chữ số',
    en: 'A tax code has 10 digits, or 12 digits when it is a personal ID number; check how many digits you entered',
  },
  'check-digit': {
    vi: 'Chữ số kiểm tra (chữ số thứ 10) của mã số thuế không khớp, có thể bị gõ nhầm một chữ số; vui lòng kiểm tra lại',
    en: 'The check digit (10th digit) of the tax code does not match; a digit may be mistyped',
  },
  'branch-suffix': {
    vi: '3 chữ số cuối của mã đơn vị phụ thuộc phải từ 001 đến 999',
    en: 'The last 3 digits of a branch tax code must be 001 to 999',
  },
  'personal-id': {
    vi: 'Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ',
    en: 'A 12-digit tax code must be a valid personal ID number',
  },
} as const satisfies Record<TaxCodeReason, VnMessage>;

/** What to tell a citizen for each reason a mobile number (`parsePhoneVN`) is refused, written to say how to fix it. */
export const PHONE_MESSAGES = {
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
} as const satisfies Record<PhoneReason, VnMessage>;

/** What to tell a citizen for each reason a postal code (`validatePostalCodeVN`) is refused, written to say how to fix it. */
export const POSTAL_CODE_MESSAGES = {
  empty: { vi: 'Vui lòng nhập mã bưu chính', en: 'Enter a postal code' },
  format: { vi: 'Mã bưu chính gồm 5 chữ số', en: 'A postal code has 5 digits' },
  prefix: {
    vi: 'Mã bưu chính này không thuộc tỉnh, thành phố nào; vui lòng kiểm tra lại hoặc để trống',
    en: 'This postal code does not belong to any province; check it or leave it empty',
  },
} as const satisfies Record<PostalCodeReason, VnMessage>;

/**
 * Every identifier's messages, e.g. `IDENTIFIER_MESSAGES.cccd[result.reason]`. A bundle that needs one kind imports
 * its own constant (`CCCD_MESSAGES`, …) and leaves the others out.
 */
export const IDENTIFIER_MESSAGES = {
  cccd: CCCD_MESSAGES,
  taxCode: TAX_CODE_MESSAGES,
  phone: PHONE_MESSAGES,
  postalCode: POSTAL_CODE_MESSAGES,
} as const;
