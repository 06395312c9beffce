import { describe, expect, it } from 'vitest';
import {
  AmountInWordsError,
  IDENTIFIER_MESSAGES,
  VietQRError,
  VnArgumentError,
  VnError,
  VndFormatError,
  amountInWords,
  communesOf,
  crc16ccitt,
  encodeVietQR,
  findBankByBin,
  findProvince,
  findUnit,
  foldVietnamese,
  formatAddress,
  formatVND,
  loadCommunes,
  matchUnits,
  parsePhoneVN,
  provinces,
  registerVnFormats,
  searchUnits,
  stripDiacritics,
  vnFormats,
} from '../src/index.js';

/** The error's class and code, or undefined when `fn` did not throw; a TypeError fails the test. */
function thrown(fn: () => unknown): [unknown, string] | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof VnError) return [error.constructor, error.code];
    throw error;
  }
  return undefined;
}

const WRONG_TYPES: unknown[] = [null, undefined, 79, true, {}, Object.create(null), ['79'], () => '79'];
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('text and unit look-ups', () => {
  it('refuse what is not a string with VnArgumentError', () => {
    for (const input of WRONG_TYPES) {
      for (const fn of [foldVietnamese, stripDiacritics, findProvince, communesOf, findUnit, findBankByBin, loadCommunes]) {
        expect(thrown(() => fn(input as string)), `${fn.name}`).toEqual([VnArgumentError, 'not-a-string']);
      }
      expect(thrown(() => searchUnits(input as string))).toEqual([VnArgumentError, 'not-a-string']);
      expect(thrown(() => matchUnits(provinces(), input as string))).toEqual([VnArgumentError, 'not-a-string']);
    }
  });

  it('find nothing under prototype keys', async () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(findProvince(key)).toBeUndefined();
      expect(communesOf(key)).toEqual([]);
      expect(findUnit(key)).toBeUndefined();
      expect(findBankByBin(key)).toBeUndefined();
      await expect(loadCommunes(key)).resolves.toEqual([]);
    }
    expect(findBankByBin(' 970436 ')?.shortName).toBe('Vietcombank');
  });

  it('check the list, the options and the address parts', () => {
    expect(thrown(() => matchUnits(null as never, 'ha'))).toEqual([VnArgumentError, 'not-a-list']);
    expect(thrown(() => matchUnits(provinces(), 'ha', { limit: -1 }))).toEqual([VnArgumentError, 'invalid-value']);
    expect(thrown(() => matchUnits(provinces(), 'ha', { limit: '2' as unknown as number }))).toEqual([VnArgumentError, 'invalid-value']);
    expect(thrown(() => matchUnits(provinces(), 'ha', 'x' as never))).toEqual([VnArgumentError, 'not-an-object']);
    expect(matchUnits(provinces(), 'ha', { limit: 0 })).toEqual([]);
    expect(matchUnits(provinces(), 'hà tĩnh', null as never).map((p) => p.code)).toEqual(['42']);
    expect(thrown(() => searchUnits('ha', { provinceCode: 42 as unknown as string }))).toEqual([VnArgumentError, 'not-a-string']);

    const province = findProvince('01')!;
    expect(formatAddress({ street: ' 12 Lý Thái Tổ ', province })).toBe('12 Lý Thái Tổ, Thành phố Hà Nội');
    expect(thrown(() => formatAddress(null as never))).toBeUndefined();
    expect(thrown(() => formatAddress({ street: 12 as unknown as string }))).toEqual([VnArgumentError, 'not-a-string']);
    expect(thrown(() => formatAddress({ province: '01' as never }))).toEqual([VnArgumentError, 'not-an-object']);
    expect(thrown(() => formatAddress('Hà Nội' as never))).toEqual([VnArgumentError, 'not-an-object']);
  });
});

describe('money and VietQR', () => {
  it('refuse unknown options and wrong types with their own errors', () => {
    expect(thrown(() => formatVND(null as unknown as number))).toEqual([VndFormatError, 'not-a-number']);
    expect(thrown(() => formatVND('1000' as unknown as number))).toEqual([VndFormatError, 'not-a-number']);
    expect(thrown(() => formatVND(1000, { unit: 'dong' as 'word' }))).toEqual([VndFormatError, 'invalid-option']);
    expect(formatVND(1000, null as never)).toBe('1.000\u00a0₫');
    expect(thrown(() => amountInWords(Object.create(null)))).toEqual([AmountInWordsError, 'not-a-number']);
    expect(thrown(() => amountInWords(5, { four: 'tứ' as 'tư' }))).toEqual([AmountInWordsError, 'invalid-option']);
    expect(thrown(() => amountInWords(5, { currency: 5 as unknown as string }))).toEqual([AmountInWordsError, 'invalid-option']);
    expect(thrown(() => amountInWords(5, 'x' as never))).toEqual([AmountInWordsError, 'invalid-option']);
    expect(amountInWords(24, { four: 'tư', currency: '' })).toBe('Hai mươi tư');
  });

  it('refuse VietQR input of the wrong shape with invalid-input', () => {
    const base = { bankBin: '970436', accountNumber: '0011004567890' };
    for (const input of [null, undefined, 'x', 5]) {
      expect(thrown(() => encodeVietQR(input as never))).toEqual([VietQRError, 'invalid-input']);
    }
    for (const change of [
      { bankBin: null },
      { bankBin: Object.create(null) },
      { accountNumber: { toString: () => '1' } },
      { accountNumber: -5 },
      { purpose: 12 },
      { dynamic: 'yes' },
      { service: 'constructor' },
      { service: '__proto__' },
    ]) {
      expect(thrown(() => encodeVietQR({ ...base, ...change } as never)), JSON.stringify(change)).toEqual([VietQRError, 'invalid-input']);
    }
    expect(thrown(() => crc16ccitt(null as unknown as string))).toEqual([VietQRError, 'invalid-input']);
  });
});

describe('identifier validators', () => {
  it('give a reason for every wrong type and check their options', () => {
    expect(parsePhoneVN(null as unknown as string)).toEqual({ valid: false, reason: 'empty' });
    expect(parsePhoneVN(912345678 as unknown as string)).toEqual({ valid: false, reason: 'characters' });
    expect(parsePhoneVN(Object.create(null))).toEqual({ valid: false, reason: 'characters' });
    expect(thrown(() => parsePhoneVN('0912345678', 'x' as never))).toEqual([VnArgumentError, 'not-an-object']);
    expect(parsePhoneVN('02438251234', { allowLandline: 'yes' as unknown as boolean })).toEqual({ valid: false, reason: 'prefix' });
    expect(thrown(() => registerVnFormats(null as never))).toEqual([VnArgumentError, 'invalid-value']);
  });
});

describe('format definitions', () => {
  const explain = (name: keyof typeof vnFormats, value: string) => vnFormats[name].explain!(value);
  const normalize = (name: keyof typeof vnFormats, value: string) => vnFormats[name].normalize!(value);

  it('store phone numbers as the 10 digits citizens know, whatever they typed', () => {
    for (const typed of ['0912 345 678', '0912.345.678', '+84 912 345 678', '0912-345-678', '(+84) 912 345 678', ' 0912345678 ']) {
      expect(normalize('vn-phone', typed), typed).toBe('0912345678');
    }
    // What cannot be read as a mobile number is kept exactly as typed, for the citizen to correct.
    expect(normalize('vn-phone', '0912 345 67')).toBe('0912 345 67');
    expect(normalize('cccd', '001 099 012345')).toBe('001099012345');
    expect(normalize('cccd', '001 099 01234')).toBe('001 099 01234');
    expect(normalize('vn-tax-code', ' 0100112437-001 ')).toBe('0100112437-001');
    expect(normalize('vn-postal-code', ' 11120')).toBe('11120');
  });

  it('explain each failure with its own message, in Vietnamese and English', () => {
    expect(explain('cccd', '001099012345')).toBeUndefined();
    expect(explain('cccd', '00109901234')).toBe(IDENTIFIER_MESSAGES.cccd.length);
    expect(explain('cccd', '003099012345')).toBe(IDENTIFIER_MESSAGES.cccd.province);
    expect(explain('cccd', '001499012345')).toBe(IDENTIFIER_MESSAGES.cccd.century);
    expect(explain('cccd', '001299012345')).toBe(IDENTIFIER_MESSAGES.cccd['future-birth-year']);
    expect(explain('cccd', '00109901234x')).toBe(IDENTIFIER_MESSAGES.cccd.format);
    expect(explain('vn-tax-code', '0100112438')).toBe(IDENTIFIER_MESSAGES.taxCode['check-digit']);
    expect(explain('vn-tax-code', '0100112438')!.vi).toContain('Chữ số kiểm tra');
    expect(explain('vn-tax-code', '010011243')).toBe(IDENTIFIER_MESSAGES.taxCode.length);
    expect(explain('vn-tax-code', '0100112437-000')).toBe(IDENTIFIER_MESSAGES.taxCode['branch-suffix']);
    expect(explain('vn-tax-code', '003099012345')).toEqual({
      vi: 'Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ: 3 chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố; vui lòng kiểm tra lại',
      en: 'A 12-digit tax code must be a valid personal ID number: the first 3 digits are not a province code; check the number on your ID card',
    });
    expect(explain('vn-phone', '0212345678')).toBe(IDENTIFIER_MESSAGES.phone.prefix);
    expect(explain('vn-phone', '091234567')).toBe(IDENTIFIER_MESSAGES.phone.length);
    expect(explain('vn-phone', '0912abc678')).toBe(IDENTIFIER_MESSAGES.phone.characters);
    expect(explain('vn-postal-code', '99000')).toBe(IDENTIFIER_MESSAGES.postalCode.prefix);
    expect(explain('vn-postal-code', '1112')).toBe(IDENTIFIER_MESSAGES.postalCode.format);
    for (const name of Object.keys(vnFormats) as (keyof typeof vnFormats)[]) {
      for (const value of ['', 'x', '0']) {
        expect(explain(name, value), `${name} ${JSON.stringify(value)}`).toMatchObject({ vi: expect.any(String), en: expect.any(String) });
      }
    }
  });
});
