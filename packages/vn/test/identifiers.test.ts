import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  CCCD_PROVINCE_CODES,
  POSTAL_PREFIX_PROVINCE,
  VnError,
  normalizePhoneVN,
  parsePhoneVN,
  registerVnFormats,
  taxCodeCheckDigit,
  validateCCCD,
  validatePostalCodeVN,
  validateTaxCode,
  vnFormats,
  type VnFormatDefinition,
} from '../src/index.js';

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof VnError) return error.code;
    throw error;
  }
  return undefined;
}

describe('validateCCCD', () => {
  it('reads province, gender and birth year', () => {
    expect(validateCCCD('001099012345')).toEqual({
      valid: true,
      value: '001099012345',
      provinceCode: '001',
      provinceName: 'Hà Nội',
      gender: 'male',
      birthYear: 1999,
    });
    expect(validateCCCD('079305000123')).toMatchObject({ valid: true, provinceCode: '079', gender: 'female', birthYear: 2005 });
  });

  it('maps every century digit', () => {
    const years = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300];
    for (let g = 0; g <= 9; g++) {
      const r = validateCCCD(`001${g}42000001`, { today: '2399-12-31' });
      expect(r).toMatchObject({ valid: true, birthYear: years[g]! + 42, gender: g % 2 ? 'female' : 'male' });
    }
  });

  it('refuses a birth year after today, and a century that has not begun', () => {
    const today = '2026-06-15';
    expect(validateCCCD('001226012345', { today })).toMatchObject({ valid: true, birthYear: 2026 });
    expect(validateCCCD('001227012345', { today })).toEqual({ valid: false, reason: 'future-birth-year', value: '001227012345' });
    expect(validateCCCD('001399012345', { today })).toMatchObject({ valid: false, reason: 'future-birth-year' });
    for (const g of [4, 5, 6, 7, 8, 9]) {
      expect(validateCCCD(`001${g}00012345`, { today })).toMatchObject({ valid: false, reason: 'century' });
    }
    // Today is read in Asia/Ho_Chi_Minh: 31 Dec 2026 17:00 UTC is already 2027 there.
    expect(validateCCCD('001227012345', { today: new Date('2026-12-31T17:00:00Z') }).valid).toBe(true);
    expect(validateCCCD('001227012345', { today: new Date('2026-12-31T16:59:59Z') }).valid).toBe(false);
    // Without `today`, the clock decides: a number from 2099 is in the future for decades yet.
    expect(validateCCCD('001299012345')).toMatchObject({ valid: false, reason: 'future-birth-year' });
  });

  it('checks its options instead of guessing', () => {
    expect(() => validateCCCD('001099012345', { today: '2026-02-30' })).toThrow(CalendarError);
    expect(() => validateCCCD('001099012345', { birthDate: '1999-02-30' })).toThrow(CalendarError);
    expect(errorCode(() => validateCCCD('001099012345', { birthDate: 'abcd' }))).toBe('invalid-value');
    expect(errorCode(() => validateCCCD('001099012345', { gender: 'nam' as 'male' }))).toBe('invalid-value');
    expect(errorCode(() => validateCCCD('001099012345', 5 as unknown as object))).toBe('not-an-object');
    expect(validateCCCD('001099012345', { birthDate: '1999-12-31', gender: 'male' }).valid).toBe(true);
  });

  it('answers every non-string with a reason, never a TypeError', () => {
    expect(validateCCCD(null as unknown as string)).toEqual({ valid: false, reason: 'empty' });
    expect(validateCCCD(undefined as unknown as string)).toEqual({ valid: false, reason: 'empty' });
    for (const input of [1099012345, {}, Object.create(null), ['001099012345'], true, Symbol('x')]) {
      expect(validateCCCD(input as unknown as string)).toEqual({ valid: false, reason: 'format' });
    }
  });

  it('knows the 63 pre-2025 province codes', () => {
    expect(CCCD_PROVINCE_CODES.size).toBe(63);
    expect(validateCCCD('003099012345')).toEqual({ valid: false, reason: 'province', value: '003099012345' });
    expect(validateCCCD('097099012345')).toMatchObject({ valid: false, reason: 'province' });
    expect(validateCCCD('096099012345')).toMatchObject({ valid: true, provinceName: 'Cà Mau' });
  });

  it('rejects wrong shapes with a reason', () => {
    expect(validateCCCD('')).toEqual({ valid: false, reason: 'empty' });
    expect(validateCCCD('00109901234a')).toEqual({ valid: false, reason: 'format' });
    expect(validateCCCD('123456789')).toEqual({ valid: false, reason: 'length' });
    expect(validateCCCD('0010990123456')).toEqual({ valid: false, reason: 'length' });
    expect(validateCCCD(' 001 0 99 012345 ')).toMatchObject({ valid: true, value: '001099012345' });
  });

  it('checks a declared birth date and gender', () => {
    expect(validateCCCD('001099012345', { birthDate: '1999-05-01', gender: 'male' }).valid).toBe(true);
    expect(validateCCCD('001099012345', { birthDate: '2099-05-01' })).toMatchObject({ reason: 'birth-year' });
    expect(validateCCCD('001099012345', { birthDate: 1998 })).toMatchObject({ reason: 'birth-year' });
    expect(validateCCCD('001099012345', { gender: 'female' })).toMatchObject({ reason: 'gender' });
  });
});

describe('validateTaxCode', () => {
  it('accepts published enterprise codes', () => {
    for (const code of ['0100112437', '0100109106', '0101248141', '0300588569']) {
      expect(validateTaxCode(code)).toEqual({ valid: true, kind: 'enterprise', value: code });
    }
  });

  it('rejects a wrong check digit, whatever digit is changed', () => {
    for (let d = 0; d <= 9; d++) {
      if (d === 7) continue;
      expect(validateTaxCode(`010011243${d}`)).toEqual({ valid: false, reason: 'check-digit' });
    }
    // mod-10 validators accept this; mod 11 does not.
    expect(validateTaxCode('0100112438').valid).toBe(false);
  });

  it('computes N10 = 10 - (weighted sum mod 11)', () => {
    // 31*0+29*1+23*0+19*0+17*1+13*1+7*2+5*4+3*3 = 102; 102 mod 11 = 3; 10-3 = 7
    expect(taxCodeCheckDigit('010011243')).toBe(7);
  });

  it('flags, but does not reject, a sum divisible by 11 with a final 0', () => {
    // 31*1 + 29*1 + 3*7 = 81 ... find one by search to keep the test honest
    let nine = '';
    for (let i = 100000000; i < 100001000; i++) {
      if (taxCodeCheckDigit(String(i)) === 10) {
        nine = String(i);
        break;
      }
    }
    expect(nine).not.toBe('');
    expect(validateTaxCode(nine + '0')).toMatchObject({ valid: true, warning: 'check-digit-ambiguous' });
    expect(validateTaxCode(nine + '1')).toEqual({ valid: false, reason: 'check-digit' });
  });

  it('accepts branch codes with a hyphen and suffix 001-999', () => {
    expect(validateTaxCode('0100112437-001')).toEqual({ valid: true, kind: 'branch', value: '0100112437-001' });
    expect(validateTaxCode('0100112437-999').valid).toBe(true);
    expect(validateTaxCode('0100112437-000')).toEqual({ valid: false, reason: 'branch-suffix' });
    expect(validateTaxCode('0100112438-001')).toEqual({ valid: false, reason: 'check-digit' });
    expect(validateTaxCode('0100112437001')).toEqual({ valid: false, reason: 'length' });
  });

  it('accepts a 12-digit personal ID number as personal tax code', () => {
    expect(validateTaxCode('001099012345')).toEqual({ valid: true, kind: 'personal-id', value: '001099012345' });
    expect(validateTaxCode('003099012345')).toEqual({ valid: false, reason: 'personal-id', personalId: 'province' });
    expect(validateTaxCode('001227012345', { today: '2026-06-15' })).toEqual({ valid: false, reason: 'personal-id', personalId: 'future-birth-year' });
    expect(validateTaxCode('001227012345', { today: '2027-01-01' }).valid).toBe(true);
  });

  it('rejects other shapes', () => {
    expect(validateTaxCode('')).toEqual({ valid: false, reason: 'empty' });
    expect(validateTaxCode('010011243')).toEqual({ valid: false, reason: 'length' });
    expect(validateTaxCode('01001124377')).toEqual({ valid: false, reason: 'length' });
    expect(validateTaxCode('01001124a7')).toEqual({ valid: false, reason: 'format' });
    expect(validateTaxCode('0100-112437')).toEqual({ valid: false, reason: 'format' });
    expect(validateTaxCode(null as unknown as string)).toEqual({ valid: false, reason: 'empty' });
    expect(validateTaxCode(100112437 as unknown as string)).toEqual({ valid: false, reason: 'format' });
  });

  it('computes check digits only from 9 digits', () => {
    expect(taxCodeCheckDigit('010011243')).toBe(7);
    for (const bad of ['01001124', 'abcdefghi', 10011243, null]) {
      expect(errorCode(() => taxCodeCheckDigit(bad as unknown as string))).toBe('invalid-value');
    }
  });
});

describe('normalizePhoneVN', () => {
  it('accepts the usual ways of writing a mobile number', () => {
    for (const s of ['0912345678', '0912 345 678', '0912.345.678', '+84912345678', '+84 912 345 678', '84912345678', '(+84) 91-234-5678']) {
      expect(parsePhoneVN(s)).toEqual({ valid: true, value: '+84912345678', national: '0912345678', kind: 'mobile' });
      expect(normalizePhoneVN(s)).toBe('+84912345678');
    }
  });

  it('accepts every mobile network digit and no other', () => {
    for (const d of '35789') expect(normalizePhoneVN(`0${d}12345678`)).toBe(`+84${d}12345678`);
    for (const d of '0146') expect(normalizePhoneVN(`0${d}12345678`)).toEqual({ valid: false, reason: 'prefix' });
    // MVNO sub-prefixes are not hard-failed
    expect(normalizePhoneVN('0521234567')).toBe('+84521234567');
    expect(normalizePhoneVN('0871234567')).toBe('+84871234567');
  });

  it('explains what is wrong', () => {
    expect(normalizePhoneVN('')).toEqual({ valid: false, reason: 'empty' });
    expect(normalizePhoneVN('09123456789')).toEqual({ valid: false, reason: 'length' });
    expect(normalizePhoneVN('091234567')).toEqual({ valid: false, reason: 'length' });
    expect(normalizePhoneVN('0912abc678')).toEqual({ valid: false, reason: 'characters' });
    expect(normalizePhoneVN('912345678')).toEqual({ valid: false, reason: 'prefix' });
    expect(normalizePhoneVN('+1 912345678')).toEqual({ valid: false, reason: 'prefix' });
    expect(normalizePhoneVN('+840912345678')).toEqual({ valid: false, reason: 'prefix' });
  });

  it('accepts landlines only when asked', () => {
    expect(normalizePhoneVN('024 3825 1234')).toEqual({ valid: false, reason: 'prefix' });
    expect(parsePhoneVN('024 3825 1234', { allowLandline: true })).toEqual({
      valid: true,
      value: '+842438251234',
      national: '02438251234',
      kind: 'landline',
    });
  });
});

describe('validatePostalCodeVN', () => {
  it('accepts 5 digits in a provincial postal area', () => {
    expect(validatePostalCodeVN('11120')).toEqual({ valid: true, value: '11120', provinceCode: '01' });
    expect(validatePostalCodeVN('70000')).toMatchObject({ valid: true, provinceCode: '79' });
    expect(validatePostalCodeVN('45000')).toMatchObject({ valid: true, provinceCode: '42' });
    expect(validatePostalCodeVN('01000')).toMatchObject({ valid: true, provinceCode: '22' });
  });

  it('rejects other shapes and unused areas', () => {
    expect(validatePostalCodeVN('')).toEqual({ valid: false, reason: 'empty' });
    expect(validatePostalCodeVN('1112')).toEqual({ valid: false, reason: 'format' });
    expect(validatePostalCodeVN('111200')).toEqual({ valid: false, reason: 'format' });
    expect(validatePostalCodeVN('00000')).toEqual({ valid: false, reason: 'prefix' });
    expect(validatePostalCodeVN('99000')).toEqual({ valid: false, reason: 'prefix' });
    expect(validatePostalCodeVN(11120 as unknown as string)).toEqual({ valid: false, reason: 'format' });
    expect(validatePostalCodeVN(null as unknown as string)).toEqual({ valid: false, reason: 'empty' });
    expect(POSTAL_PREFIX_PROVINCE['constructor']).toBeUndefined();
  });
});

describe('formats', () => {
  it('registers the four formats with citizen-facing messages', () => {
    const registered = new Map<string, VnFormatDefinition>();
    registerVnFormats((name, def) => registered.set(name, def));
    expect([...registered.keys()]).toEqual(['cccd', 'vn-tax-code', 'vn-phone', 'vn-postal-code']);
    for (const def of registered.values()) {
      expect(def.message).toMatchObject({ vi: expect.any(String), en: expect.any(String) });
    }
  });

  it('validates with the same rules as the functions', () => {
    const check = (name: keyof typeof vnFormats, value: string) => {
      const v = vnFormats[name].validate;
      return typeof v === 'function' ? v(value) : v.test(value);
    };
    expect(check('cccd', '001099012345')).toBe(true);
    expect(check('cccd', '003099012345')).toBe(false);
    expect(check('vn-tax-code', '0300588569')).toBe(true);
    expect(check('vn-tax-code', '0300588568')).toBe(false);
    expect(check('vn-phone', '0912 345 678')).toBe(true);
    expect(check('vn-phone', '0212345678')).toBe(false);
    expect(check('vn-postal-code', '11120')).toBe(true);
    expect(check('vn-postal-code', '1112')).toBe(false);
  });
});

describe('IDENTIFIER_MESSAGES', () => {
  it('has a Vietnamese and an English message for every reason', async () => {
    const { IDENTIFIER_MESSAGES, CCCD_REASONS, TAX_CODE_REASONS, PHONE_REASONS, POSTAL_CODE_REASONS } = await import('../src/index.js');
    const sets = [
      [IDENTIFIER_MESSAGES.cccd, CCCD_REASONS],
      [IDENTIFIER_MESSAGES.taxCode, TAX_CODE_REASONS],
      [IDENTIFIER_MESSAGES.phone, PHONE_REASONS],
      [IDENTIFIER_MESSAGES.postalCode, POSTAL_CODE_REASONS],
    ] as const;
    for (const [messages, reasons] of sets) {
      expect(Object.keys(messages).sort()).toEqual([...reasons].sort());
      for (const m of Object.values(messages)) {
        expect(m.vi.length).toBeGreaterThan(10);
        expect(m.en.length).toBeGreaterThan(10);
      }
    }
  });
});
