import { describe, expect, it } from 'vitest';
import { AmountInWordsError, VndFormatError, amountInWords, formatVND } from '../src/index.js';

const bare = (n: number | bigint) => amountInWords(n, { currency: '', capitalize: false });

describe('formatVND', () => {
  it('groups with dots and adds ₫ after a no-break space, like Intl vi-VN', () => {
    expect(formatVND(1_250_000)).toBe('1.250.000\u00a0₫');
    expect(formatVND(0)).toBe('0\u00a0₫');
    expect(formatVND(999)).toBe('999\u00a0₫');
    expect(formatVND(1000)).toBe('1.000\u00a0₫');
    expect(formatVND(-20_000)).toBe('-20.000\u00a0₫');
    expect(formatVND(10n ** 15n)).toBe('1.000.000.000.000.000\u00a0₫');
  });

  it('matches Intl.NumberFormat for a spread of amounts', () => {
    const intl = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
    for (const n of [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 200000, 1234000, 987654321012, -5000, 1499.5, 2.4]) {
      expect(formatVND(n)).toBe(intl.format(n));
    }
  });

  it('writes the unit as a word or leaves it out', () => {
    expect(formatVND(1_234_000, { unit: 'word' })).toBe('1.234.000\u00a0đồng');
    expect(formatVND(1_234_000, { unit: 'none' })).toBe('1.234.000');
  });

  it('throws a typed error for non-numbers', () => {
    expect(() => formatVND(Number.NaN)).toThrow(VndFormatError);
    expect(() => formatVND(Infinity)).toThrow(VndFormatError);
    expect(() => formatVND('1000' as unknown as number)).toThrow(VndFormatError);
  });
});

describe('amountInWords', () => {
  it('reads the edge cases of the issue', () => {
    expect(amountInWords(0)).toBe('Không đồng');
    expect(amountInWords(10)).toBe('Mười đồng');
    expect(amountInWords(15)).toBe('Mười lăm đồng');
    expect(amountInWords(21)).toBe('Hai mươi mốt đồng');
    expect(amountInWords(25)).toBe('Hai mươi lăm đồng');
    expect(amountInWords(101)).toBe('Một trăm linh một đồng');
    expect(amountInWords(1_000_005)).toBe('Một triệu không trăm linh năm đồng');
    expect(amountInWords(10 ** 12)).toBe('Một nghìn tỷ đồng');
  });

  it('reads the examples of the domain brief', () => {
    expect(amountInWords(1_234_000)).toBe('Một triệu hai trăm ba mươi bốn nghìn đồng');
    expect(amountInWords(1_250_000)).toBe('Một triệu hai trăm năm mươi nghìn đồng');
    expect(bare(105)).toBe('một trăm linh năm');
    expect(bare(1_005_000)).toBe('một triệu không trăm linh năm nghìn');
    expect(bare(2_025_000)).toBe('hai triệu không trăm hai mươi lăm nghìn');
    expect(bare(21_000_000)).toBe('hai mươi mốt triệu');
    expect(bare(1_000_001_000)).toBe('một tỷ không trăm linh một nghìn');
  });

  it('follows mười/mươi, mốt, lăm and the zero-ten rules', () => {
    const cases: Array<[number, string]> = [
      [1, 'một'], [4, 'bốn'], [5, 'năm'], [11, 'mười một'], [14, 'mười bốn'], [20, 'hai mươi'],
      [24, 'hai mươi bốn'], [31, 'ba mươi mốt'], [55, 'năm mươi lăm'], [100, 'một trăm'],
      [110, 'một trăm mười'], [111, 'một trăm mười một'], [115, 'một trăm mười lăm'],
      [121, 'một trăm hai mươi mốt'], [201, 'hai trăm linh một'], [204, 'hai trăm linh bốn'],
      [1000, 'một nghìn'], [1001, 'một nghìn không trăm linh một'], [1010, 'một nghìn không trăm mười'],
      [1100, 'một nghìn một trăm'], [10_000, 'mười nghìn'], [15_000, 'mười lăm nghìn'],
      [100_000, 'một trăm nghìn'], [200_000, 'hai trăm nghìn'], [1_000_000, 'một triệu'],
      [1_000_000_000, 'một tỷ'], [1_000_000_005, 'một tỷ không trăm linh năm'],
      [5_000_500_000, 'năm tỷ năm trăm nghìn'], [5_000_050_000, 'năm tỷ không trăm năm mươi nghìn'],
    ];
    for (const [n, words] of cases) expect(bare(n), String(n)).toBe(words);
  });

  it('reads large numbers in chunks of tỷ', () => {
    expect(bare(10 ** 15)).toBe('một triệu tỷ');
    expect(bare(1_234_567_890_123)).toBe('một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba');
    expect(bare(2_000_005_000_000_000)).toBe('hai triệu không trăm linh năm tỷ');
    expect(bare(Number.MAX_SAFE_INTEGER)).toBe(
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
    );
    expect(bare(10n ** 18n)).toBe('một tỷ tỷ');
    expect(bare(10n ** 18n + 1n)).toBe('một tỷ tỷ không trăm linh một');
  });

  it('applies the house-style options', () => {
    expect(amountInWords(24, { four: 'tư' })).toBe('Hai mươi tư đồng');
    expect(amountInWords(14, { four: 'tư' })).toBe('Mười bốn đồng');
    expect(amountInWords(104, { four: 'tư' })).toBe('Một trăm linh bốn đồng');
    expect(amountInWords(105, { zeroTens: 'lẻ' })).toBe('Một trăm lẻ năm đồng');
    expect(amountInWords(3000, { thousand: 'ngàn' })).toBe('Ba ngàn đồng');
    expect(amountInWords(3 * 10 ** 9, { billion: 'tỉ' })).toBe('Ba tỉ đồng');
    expect(amountInWords(1_234_000, { endMark: true })).toBe('Một triệu hai trăm ba mươi bốn nghìn đồng./.');
    expect(amountInWords(50_000, { capitalize: false, currency: 'VND' })).toBe('năm mươi nghìn VND');
  });

  it('throws typed errors for negatives, fractions and non-numbers', () => {
    const codeOf = (v: unknown) => {
      try {
        amountInWords(v as number);
      } catch (e) {
        expect(e).toBeInstanceOf(AmountInWordsError);
        return (e as AmountInWordsError).code;
      }
      return 'no error';
    };
    expect(codeOf(-1)).toBe('negative');
    expect(codeOf(-1n)).toBe('negative');
    expect(codeOf(1.5)).toBe('not-integer');
    expect(codeOf(Infinity)).toBe('not-a-number');
    expect(codeOf(Number.NaN)).toBe('not-a-number');
    expect(codeOf('1000')).toBe('not-a-number');
    expect(codeOf(null)).toBe('not-a-number');
    expect(codeOf(2 ** 53)).toBe('unsafe-integer');
  });
});
