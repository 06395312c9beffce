import { VnArgumentError } from './errors.js';
import { validateCCCD, parsePhoneVN, validatePostalCodeVN, validateTaxCode } from './identifiers.js';
import { CCCD_MESSAGES, PHONE_MESSAGES, POSTAL_CODE_MESSAGES, TAX_CODE_MESSAGES, type VnMessage } from './messages.js';

/**
 * Structural twin of `FormatDefinition` in `@dvc-kit/form-engine`, declared here so that this
 * package neither imports nor depends on the engine. TypeScript checks the two are compatible
 * wherever `registerVnFormats(registerFormat)` is called.
 */
export type VnFormatDefinition = {
  validate: RegExp | ((value: string) => boolean);
  message?: string | { vi: string; en?: string };
  /** The specific problem of a value that fails (a wrong check digit, a birth year in the future); undefined when it passes. */
  explain?: (value: string) => VnMessage | undefined;
  /** The value to store for what the citizen typed ("0912 345 678" → "0912345678"); a value that fails is kept as typed. */
  normalize?: (value: string) => string;
  inputMode?: string;
  placeholder?: string;
  autocomplete?: string;
};

export const VN_FORMAT_NAMES = ['cccd', 'vn-tax-code', 'vn-phone', 'vn-postal-code'] as const;
export type VnFormatName = (typeof VN_FORMAT_NAMES)[number];

// One constant per format, so that a bundle (a procedure's generated validator) keeps only the formats it uses.

/** `cccd`: the 12-digit personal ID number; spaces between digit groups are dropped. */
export const cccdFormat: VnFormatDefinition = {
  validate: (value) => validateCCCD(value).valid,
  message: {
    vi: 'Vui lòng nhập số định danh cá nhân gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân',
    en: 'Enter your 12-digit personal ID number, as printed on your ID card',
  },
  explain: (value) => {
    const result = validateCCCD(value);
    return result.valid ? undefined : CCCD_MESSAGES[result.reason];
  },
  normalize: (value) => {
    const result = validateCCCD(value);
    return result.valid ? result.value : value;
  },
  inputMode: 'numeric',
  placeholder: '001099012345',
  autocomplete: 'off',
};

/** `vn-tax-code`: 10 digits with the check digit, a branch's `NNNNNNNNNN-NNN`, or a 12-digit personal ID. */
export const vnTaxCodeFormat: VnFormatDefinition = {
  validate: (value) => validateTaxCode(value).valid,
  message: {
    vi: 'Vui lòng nhập mã số thuế gồm 10 chữ số, mã đơn vị phụ thuộc dạng 10 chữ số-3 chữ số, hoặc số định danh cá nhân 12 chữ số',
    en: 'Enter a 10-digit tax code, a branch tax code such as 0100112437-001, or a 12-digit personal ID number',
  },
  explain: (value) => {
    const result = validateTaxCode(value);
    if (result.valid) return undefined;
    const general = TAX_CODE_MESSAGES[result.reason];
    // A 12-digit code is a personal ID number: say what is wrong with it.
    if (result.personalId === undefined) return general;
    const detail = CCCD_MESSAGES[result.personalId];
    return { vi: `${general.vi}: ${lowerFirst(detail.vi)}`, en: `${general.en}: ${lowerFirst(detail.en)}` };
  },
  normalize: (value) => {
    const result = validateTaxCode(value);
    return result.valid ? result.value : value;
  },
  inputMode: 'numeric',
  placeholder: '0100112437',
  autocomplete: 'off',
};

/** `vn-phone`: a mobile number, typed with spaces, dots, hyphens or +84; stored as 10 digits, `0912345678`. */
export const vnPhoneFormat: VnFormatDefinition = {
  validate: (value) => parsePhoneVN(value).valid,
  message: {
    vi: 'Vui lòng nhập số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678',
    en: 'Enter a 10-digit Vietnamese mobile number, for example 0912 345 678',
  },
  explain: (value) => {
    const result = parsePhoneVN(value);
    return result.valid ? undefined : PHONE_MESSAGES[result.reason];
  },
  normalize: (value) => {
    const result = parsePhoneVN(value);
    return result.valid ? result.national : value;
  },
  inputMode: 'tel',
  placeholder: '0912 345 678',
  autocomplete: 'tel-national',
};

/** `vn-postal-code`: 5 digits whose first two belong to a province's postal area. */
export const vnPostalCodeFormat: VnFormatDefinition = {
  validate: (value) => validatePostalCodeVN(value).valid,
  message: {
    vi: 'Mã bưu chính gồm 5 chữ số, ví dụ 11120; nếu không biết, bạn có thể để trống',
    en: 'A postal code has 5 digits, for example 11120; leave it empty if you do not know it',
  },
  explain: (value) => {
    const result = validatePostalCodeVN(value);
    return result.valid ? undefined : POSTAL_CODE_MESSAGES[result.reason];
  },
  normalize: (value) => {
    const result = validatePostalCodeVN(value);
    return result.valid ? result.value : value;
  },
  inputMode: 'numeric',
  placeholder: '11120',
  autocomplete: 'postal-code',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Formats for the form engine's registry (and usable as ajv formats: `ajv.addFormat(name, def.validate)`). */
export const vnFormats: Readonly<Record<VnFormatName, VnFormatDefinition>> = /* @__PURE__ */ Object.freeze({
  cccd: cccdFormat,
  'vn-tax-code': vnTaxCodeFormat,
  'vn-phone': vnPhoneFormat,
  'vn-postal-code': vnPostalCodeFormat,
});

/**
 * Registers the four formats with one call, e.g. `registerVnFormats(registerFormat)` with the
 * form engine's `registerFormat`. Taking the function keeps this package free of a runtime
 * dependency on the engine.
 *
 * @throws {VnArgumentError} `invalid-value` when `register` is not a function.
 */
export function registerVnFormats(register: (name: VnFormatName, def: VnFormatDefinition) => void): void {
  if (typeof register !== 'function') throw new VnArgumentError('invalid-value', 'registerVnFormats needs the function that registers a format');
  for (const name of VN_FORMAT_NAMES) register(name, vnFormats[name]);
}
