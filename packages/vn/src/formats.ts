import { validateCCCD, parsePhoneVN, validatePostalCodeVN, validateTaxCode } from './identifiers.js';

/**
 * Structural twin of `FormatDefinition` in `@dvc-kit/form-engine`, declared here so that this
 * package neither imports nor depends on the engine. TypeScript checks the two are compatible
 * wherever `registerVnFormats(registerFormat)` is called.
 */
export type VnFormatDefinition = {
  validate: RegExp | ((value: string) => boolean);
  message?: string | { vi: string; en?: string };
  inputMode?: string;
  placeholder?: string;
  autocomplete?: string;
};

export const VN_FORMAT_NAMES = ['cccd', 'vn-tax-code', 'vn-phone', 'vn-postal-code'] as const;
export type VnFormatName = (typeof VN_FORMAT_NAMES)[number];

/** Formats for the form engine's registry (and usable as ajv formats: `ajv.addFormat(name, def.validate)`). */
export const vnFormats: Readonly<Record<VnFormatName, VnFormatDefinition>> = Object.freeze({
  cccd: {
    validate: (value: string) => validateCCCD(value).valid,
    message: {
      vi: 'Vui lòng nhập số định danh cá nhân gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân',
      en: 'Enter your 12-digit personal ID number, as printed on your ID card',
    },
    inputMode: 'numeric',
    placeholder: '001099012345',
    autocomplete: 'off',
  },
  'vn-tax-code': {
    validate: (value: string) => validateTaxCode(value).valid,
    message: {
      vi: 'Vui lòng nhập mã số thuế gồm 10 chữ số, mã đơn vị phụ thuộc dạng 10 chữ số-3 chữ số, hoặc số định danh cá nhân 12 chữ số',
      en: 'Enter a 10-digit tax code, a branch tax code such as 0100112437-001, or a 12-digit personal ID number',
    },
    inputMode: 'numeric',
    placeholder: '0100112437',
    autocomplete: 'off',
  },
  'vn-phone': {
    validate: (value: string) => parsePhoneVN(value).valid,
    message: {
      vi: 'Vui lòng nhập số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678',
      en: 'Enter a 10-digit Vietnamese mobile number, for example 0912 345 678',
    },
    inputMode: 'tel',
    placeholder: '0912 345 678',
    autocomplete: 'tel-national',
  },
  'vn-postal-code': {
    validate: (value: string) => validatePostalCodeVN(value).valid,
    message: {
      vi: 'Mã bưu chính gồm 5 chữ số, ví dụ 11120; nếu không biết, bạn có thể để trống',
      en: 'A postal code has 5 digits, for example 11120; leave it empty if you do not know it',
    },
    inputMode: 'numeric',
    placeholder: '11120',
    autocomplete: 'postal-code',
  },
});

/**
 * Registers the four formats with one call, e.g. `registerVnFormats(registerFormat)` with the
 * form engine's `registerFormat`. Taking the function keeps this package free of a runtime
 * dependency on the engine.
 */
export function registerVnFormats(register: (name: VnFormatName, def: VnFormatDefinition) => void): void {
  for (const name of VN_FORMAT_NAMES) register(name, vnFormats[name]);
}
