import { VnArgumentError } from './errors.js';
import { describe, optionsOf } from './internal/arguments.js';
import { validateCCCDDigits, type CCCDReason } from './internal/cccd.js';
import type { DateInput } from './internal/civil-date.js';

export { validateCCCD } from './internal/cccd.js';
export type { CCCDResult, CCCDOptions, CCCDReason, Gender } from './internal/cccd.js';

// ---------------------------------------------------------------------------------------------
// Tax code (mã số thuế)

export const TAX_CODE_KINDS = ['enterprise', 'branch', 'personal-id'] as const;
/** `enterprise`: 10 digits; `branch`: 10 digits + `-` + 3 digits; `personal-id`: 12-digit personal ID used as tax code. */
export type TaxCodeKind = (typeof TAX_CODE_KINDS)[number];

export const TAX_CODE_REASONS = ['empty', 'format', 'length', 'check-digit', 'branch-suffix', 'personal-id'] as const;
/**
 * `format`: characters other than digits and one hyphen before 3 final digits; `length`: digits only
 * but not 10 or 12 of them; `personal-id`: 12 digits that are not a valid personal ID number
 * (`personalId` says why).
 */
export type TaxCodeReason = (typeof TAX_CODE_REASONS)[number];

export type TaxCodeResult =
  | {
      valid: true;
      kind: TaxCodeKind;
      /** The code as it should be stored: trimmed, branch codes with their hyphen. */
      value: string;
      /**
       * Set when the weighted sum is divisible by 11, so the formula gives 10 instead of a digit.
       * Published validators disagree (reject vs. map to 0); we accept a final 0 and flag it.
       */
      warning?: 'check-digit-ambiguous';
    }
  | { valid: false; reason: TaxCodeReason; personalId?: CCCDReason };

export type TaxCodeOptions = {
  /** Today, for the birth year of a 12-digit personal ID (see `CCCDOptions.today`). Default: now. */
  today?: DateInput;
};

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * Check digit of a 10-digit tax code from its first 9 digits; 10 when the sum is divisible by 11.
 *
 * @throws {VnArgumentError} `invalid-value` unless `firstNine` starts with 9 digits.
 */
export function taxCodeCheckDigit(firstNine: string): number {
  if (typeof firstNine !== 'string' || !/^\d{9}/.test(firstNine)) {
    throw new VnArgumentError('invalid-value', `Expected the first 9 digits of a tax code, got ${describe(firstNine)}`);
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += TAX_WEIGHTS[i]! * Number(firstNine[i]);
  return 10 - (sum % 11);
}

/**
 * Validates a Vietnamese tax code (mã số thuế): 10 digits with the mod-11 check digit, a
 * dependent unit's 13-digit form `NNNNNNNNNN-NNN` (suffix 001-999, hyphen required as in the
 * national lookups), or the 12-digit personal ID number that is the personal tax code from
 * 1 Jul 2025 (checked like {@link validateCCCD}). Surrounding whitespace is ignored.
 */
export function validateTaxCode(input: string, options: TaxCodeOptions = {}): TaxCodeResult {
  if (input === undefined || input === null) return { valid: false, reason: 'empty' };
  if (typeof input !== 'string') return { valid: false, reason: 'format' };
  const { today } = optionsOf(options, 'Tax code options');
  const s = input.trim();
  if (s === '') return { valid: false, reason: 'empty' };
  if (/^\d{12}$/.test(s)) {
    const personal = validateCCCDDigits(s, today === undefined ? {} : { today });
    return personal.valid
      ? { valid: true, kind: 'personal-id', value: s }
      : { valid: false, reason: 'personal-id', personalId: personal.reason };
  }
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(s);
  if (!m) return { valid: false, reason: /^\d+$/.test(s) ? 'length' : 'format' };
  const main = m[1]!;
  const expected = taxCodeCheckDigit(main);
  const actual = Number(main[9]);
  let warning: 'check-digit-ambiguous' | undefined;
  if (expected === 10) {
    if (actual !== 0) return { valid: false, reason: 'check-digit' };
    warning = 'check-digit-ambiguous';
  } else if (expected !== actual) {
    return { valid: false, reason: 'check-digit' };
  }
  if (m[2] !== undefined && m[2] === '000') return { valid: false, reason: 'branch-suffix' };
  const kind: TaxCodeKind = m[2] === undefined ? 'enterprise' : 'branch';
  return warning ? { valid: true, kind, value: s, warning } : { valid: true, kind, value: s };
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

export const PHONE_REASONS = ['empty', 'characters', 'length', 'prefix'] as const;
export type PhoneReason = (typeof PHONE_REASONS)[number];

export type PhoneResult =
  | {
      valid: true;
      /** International form, e.g. `+84912345678`. */
      value: string;
      /** Domestic form, e.g. `0912345678`. */
      national: string;
      kind: 'mobile' | 'landline';
    }
  | PhoneInvalid;

export type PhoneInvalid = { valid: false; reason: PhoneReason };

export type PhoneOptions = {
  /** Also accept landlines (`02x` area code, 11 digits in domestic form). Default false: mobiles only. */
  allowLandline?: boolean;
};

/**
 * Reads a Vietnamese mobile number: `+84…` form, national form and kind, or why it is not one.
 * Accepts `0`, `84` and `+84` prefixes and ignores spaces, dots, hyphens and parentheses. A mobile
 * number is `0` + network digit 3/5/7/8/9 + 8 digits; sub-prefixes are not checked, since carrier
 * tables keep changing.
 */
export function parsePhoneVN(input: string, options: PhoneOptions = {}): PhoneResult {
  if (input === undefined || input === null) return { valid: false, reason: 'empty' };
  if (typeof input !== 'string') return { valid: false, reason: 'characters' };
  const { allowLandline } = optionsOf(options, 'Phone options');
  const raw = input.trim();
  if (raw === '') return { valid: false, reason: 'empty' };
  const compact = raw.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { valid: false, reason: 'characters' };
  let national: string;
  if (compact.startsWith('+84')) national = '0' + compact.slice(3);
  else if (compact.startsWith('+')) return { valid: false, reason: 'prefix' };
  else if (compact.startsWith('84') && compact.length >= 11) national = '0' + compact.slice(2);
  else if (compact.startsWith('0')) national = compact;
  else return { valid: false, reason: 'prefix' };

  if (/^0[35789]/.test(national)) {
    if (national.length !== 10) return { valid: false, reason: 'length' };
    return { valid: true, value: '+84' + national.slice(1), national, kind: 'mobile' };
  }
  if (allowLandline === true && /^02/.test(national)) {
    if (national.length !== 11) return { valid: false, reason: 'length' };
    return { valid: true, value: '+84' + national.slice(1), national, kind: 'landline' };
  }
  return { valid: false, reason: 'prefix' };
}

/**
 * Normalises a Vietnamese mobile number to its `+84…` form (`'0912 345 678'` → `'+84912345678'`),
 * or returns why it is not one (`{ valid: false, reason }`). `parsePhoneVN` gives the details.
 */
export function normalizePhoneVN(input: string, options: PhoneOptions = {}): string | PhoneInvalid {
  const result = parsePhoneVN(input, options);
  return result.valid ? result.value : result;
}

// ---------------------------------------------------------------------------------------------
// Postal codes

/**
 * First two digits of the 5-digit postal code -> code of the (post-2025) province, from the
 * postal prefixes of the 34 provincial units (domain README §8).
 */
export const POSTAL_PREFIX_PROVINCE: Readonly<Record<string, string>> = Object.freeze(
  // No prototype: looking up "constructor" finds nothing.
  Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(
    (
      [
        ['01', ['10', '11', '12', '13', '14']],
        ['04', ['21']],
        ['08', ['20', '22']],
        ['11', ['32']],
        ['12', ['30']],
        ['14', ['34']],
        ['15', ['31', '33']],
        ['19', ['23', '24']],
        ['20', ['25']],
        ['22', ['01', '02']],
        ['24', ['16', '26']],
        ['25', ['15', '35', '36']],
        ['31', ['03', '04', '05']],
        ['33', ['06', '17']],
        ['37', ['07', '08', '18']],
        ['38', ['40', '41', '42']],
        ['40', ['43', '44']],
        ['42', ['45', '46']],
        ['44', ['47', '48']],
        ['46', ['49']],
        ['48', ['50', '51', '52']],
        ['51', ['53', '54', '60']],
        ['52', ['55', '61', '62']],
        ['56', ['57', '59']],
        ['66', ['56', '63', '64']],
        ['68', ['65', '66', '77']],
        ['75', ['67', '76']],
        ['79', ['70', '71', '72', '73', '74', '75', '78']],
        ['80', ['80', '82', '83']],
        ['82', ['81', '84']],
        ['86', ['85', '86', '87']],
        ['91', ['90', '91', '92']],
        ['92', ['94', '95', '96']],
        ['96', ['97', '98']],
      ] as const
    ).flatMap(([province, prefixes]) => prefixes.map((prefix) => [prefix, province] as const)),
  )),
);

export const POSTAL_CODE_REASONS = ['empty', 'format', 'prefix'] as const;
export type PostalCodeReason = (typeof POSTAL_CODE_REASONS)[number];

export type PostalCodeResult =
  | { valid: true; value: string; provinceCode: string }
  | { valid: false; reason: PostalCodeReason };

/** Validates a 5-digit postal code whose first two digits belong to a province's postal area. */
export function validatePostalCodeVN(input: string): PostalCodeResult {
  if (input === undefined || input === null) return { valid: false, reason: 'empty' };
  if (typeof input !== 'string') return { valid: false, reason: 'format' };
  const s = input.trim();
  if (s === '') return { valid: false, reason: 'empty' };
  if (!/^\d{5}$/.test(s)) return { valid: false, reason: 'format' };
  const provinceCode = POSTAL_PREFIX_PROVINCE[s.slice(0, 2)];
  if (provinceCode === undefined) return { valid: false, reason: 'prefix' };
  return { valid: true, value: s, provinceCode };
}
