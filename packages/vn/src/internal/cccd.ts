/**
 * Personal ID number (số định danh cá nhân, printed on CCCD / căn cước cards): 12 digits
 * `PPP G YY NNNNNN`. PPP is the code of the province where the birth was registered, written as
 * the pre-2025 GSO province code with a leading zero; G encodes century and sex; YY is the last two
 * digits of the birth year. There is no check digit.
 */
import { VnArgumentError } from '../errors.js';
import { describe, optionsOf } from './arguments.js';
import { partsFromDay, toDay, type DateInput } from './civil-date.js';

/** The 63 pre-2025 province codes used in the PPP part, with the province names of that time. */
export const CCCD_PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['001', 'Hà Nội'],
  ['002', 'Hà Giang'],
  ['004', 'Cao Bằng'],
  ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'],
  ['011', 'Điện Biên'],
  ['012', 'Lai Châu'],
  ['014', 'Sơn La'],
  ['015', 'Yên Bái'],
  ['017', 'Hoà Bình'],
  ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'],
  ['022', 'Quảng Ninh'],
  ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'],
  ['027', 'Bắc Ninh'],
  ['030', 'Hải Dương'],
  ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'],
  ['034', 'Thái Bình'],
  ['035', 'Hà Nam'],
  ['036', 'Nam Định'],
  ['037', 'Ninh Bình'],
  ['038', 'Thanh Hóa'],
  ['040', 'Nghệ An'],
  ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'],
  ['045', 'Quảng Trị'],
  ['046', 'Huế'],
  ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'],
  ['051', 'Quảng Ngãi'],
  ['052', 'Bình Định'],
  ['054', 'Phú Yên'],
  ['056', 'Khánh Hòa'],
  ['058', 'Ninh Thuận'],
  ['060', 'Bình Thuận'],
  ['062', 'Kon Tum'],
  ['064', 'Gia Lai'],
  ['066', 'Đắk Lắk'],
  ['067', 'Đắk Nông'],
  ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'],
  ['074', 'Bình Dương'],
  ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'],
  ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'],
  ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'],
  ['089', 'An Giang'],
  ['091', 'Kiên Giang'],
  ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'],
  ['095', 'Bạc Liêu'],
  ['096', 'Cà Mau'],
]);

export type Gender = 'male' | 'female';

export const CCCD_REASONS = [
  'empty',
  'format',
  'length',
  'province',
  'century',
  'future-birth-year',
  'birth-year',
  'gender',
] as const;
/**
 * `format`: not only digits; `length`: not 12 digits (9 digits is an old CMND number);
 * `province`: PPP is not a province code; `century`: the G digit puts the birth in a century that
 * has not begun (4-9 before 2100); `future-birth-year`: G and YY give a year after today's;
 * `birth-year`/`gender`: the number contradicts the birth date or gender given in the options.
 */
export type CCCDReason = (typeof CCCD_REASONS)[number];

export type CCCDResult =
  | {
      valid: true;
      value: string;
      /** PPP exactly as in the number, e.g. `001` (pre-2025 code of Hà Nội). */
      provinceCode: string;
      /** Name of that province at the time of registration, e.g. `Hà Nội`. */
      provinceName: string;
      gender: Gender;
      birthYear: number;
    }
  | { valid: false; reason: CCCDReason; value?: string };

export type CCCDOptions = {
  /** Declared birth date (`YYYY-MM-DD`) or birth year; the G and YY digits must agree with it. */
  birthDate?: string | number;
  /** Declared gender; the G digit must agree with it. */
  gender?: Gender;
  /**
   * Today (`YYYY-MM-DD` or a `Date`, read in Asia/Ho_Chi_Minh), to refuse a birth year in the
   * future. Default: now. Pass it to get the same answer every day, e.g. in tests.
   */
  today?: DateInput;
};

/** Checks a string of 12 digits; shared with the tax-code validator. @internal */
export function validateCCCDDigits(s: string, options: CCCDOptions | null = {}): CCCDResult {
  const { birthDate, gender: declaredGender, today } = optionsOf(options, 'CCCD options');
  const declaredYear = birthDate === undefined ? undefined : yearOf(birthDate);
  if (declaredGender !== undefined && declaredGender !== 'male' && declaredGender !== 'female') {
    throw new VnArgumentError('invalid-value', `gender must be 'male' or 'female', got ${describe(declaredGender)}`);
  }
  const thisYear = partsFromDay(toDay(today ?? new Date(), 'today')).year;
  const provinceName = CCCD_PROVINCE_CODES.get(s.slice(0, 3));
  if (provinceName === undefined) return { valid: false, reason: 'province', value: s };
  const g = Number(s[3]);
  const gender: Gender = g % 2 === 0 ? 'male' : 'female';
  const century = 1900 + Math.floor(g / 2) * 100;
  const birthYear = century + Number(s.slice(4, 6));
  if (century > thisYear) return { valid: false, reason: 'century', value: s };
  if (birthYear > thisYear) return { valid: false, reason: 'future-birth-year', value: s };
  if (declaredYear !== undefined && declaredYear !== birthYear) return { valid: false, reason: 'birth-year', value: s };
  if (declaredGender !== undefined && declaredGender !== gender) {
    return { valid: false, reason: 'gender', value: s };
  }
  return { valid: true, value: s, provinceCode: s.slice(0, 3), provinceName, gender, birthYear };
}

/** The year of a declared birth date: a whole number, or the year of a real `YYYY-MM-DD` date. */
function yearOf(birthDate: unknown): number {
  if (typeof birthDate === 'number' && Number.isInteger(birthDate)) return birthDate;
  if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate.trim())) {
    return partsFromDay(toDay(birthDate, 'birthDate')).year;
  }
  throw new VnArgumentError('invalid-value', `birthDate must be a year or a 'YYYY-MM-DD' date, got ${describe(birthDate)}`);
}

/**
 * Validates a 12-digit personal ID number. Spaces between digit groups are ignored
 * (`001 0 99 012345`), anything else that is not a digit is rejected; so is a number whose birth
 * year is after `options.today` (default: now).
 *
 * @throws {VnArgumentError} for options of the wrong shape; {@link CalendarError} for an unreal `today`.
 */
export function validateCCCD(input: string, options: CCCDOptions = {}): CCCDResult {
  if (input === undefined || input === null) return { valid: false, reason: 'empty' };
  if (typeof input !== 'string') return { valid: false, reason: 'format' };
  const s = input.replace(/\s+/g, '');
  if (s === '') return { valid: false, reason: 'empty' };
  if (!/^\d+$/.test(s)) return { valid: false, reason: 'format' };
  if (s.length !== 12) return { valid: false, reason: 'length' };
  return validateCCCDDigits(s, options);
}
