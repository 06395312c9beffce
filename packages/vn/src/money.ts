import { AmountInWordsError, VndFormatError } from './errors.js';
import { describe } from './internal/arguments.js';

const NBSP = '\u00a0';

export type FormatVNDOptions = {
  /** `symbol` (default): `1.250.000 ₫`; `word`: `1.250.000 đồng`; `none`: `1.250.000`. */
  unit?: 'symbol' | 'word' | 'none';
};

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats an amount in VND with dot grouping and no decimals: `formatVND(1250000)` is
 * `"1.250.000 ₫"`. The space before `₫` is a no-break space (U+00A0), as `Intl.NumberFormat('vi-VN',
 * {style: 'currency', currency: 'VND'})` writes it, and fractions round half away from zero as Intl
 * does; VND has no minor unit, so amounts should be integers anyway.
 */
export function formatVND(amount: number | bigint, options: FormatVNDOptions = {}): string {
  let negative: boolean;
  let digits: string;
  if (typeof amount === 'bigint') {
    negative = amount < 0n;
    digits = (negative ? -amount : amount).toString();
  } else if (typeof amount === 'number' && Number.isFinite(amount)) {
    const rounded = Math.round(Math.abs(amount));
    negative = amount < 0 && rounded !== 0;
    digits = BigInt(rounded).toString();
  } else {
    throw new VndFormatError('not-a-number', `formatVND expects a finite number, got ${describe(amount)}`);
  }
  const unit = (options ?? {}).unit ?? 'symbol';
  if (unit !== 'symbol' && unit !== 'word' && unit !== 'none') {
    throw new VndFormatError('invalid-option', `unit must be 'symbol', 'word' or 'none', got ${describe(unit)}`);
  }
  const body = (negative ? '-' : '') + groupDigits(digits);
  if (unit === 'none') return body;
  return body + NBSP + (unit === 'word' ? 'đồng' : '\u20ab');
}

export type AmountInWordsOptions = {
  /** Unit 4 after "mươi": `bốn` (default) or `tư` (hai mươi tư). After "mười" and alone it is always "bốn". */
  four?: 'bốn' | 'tư';
  /** Zero tens before a unit: `linh` (default, northern) or `lẻ` (southern): 105 = một trăm linh năm. */
  zeroTens?: 'linh' | 'lẻ';
  /** 10^3: `nghìn` (default) or `ngàn`. */
  thousand?: 'nghìn' | 'ngàn';
  /** 10^9: `tỷ` (default) or `tỉ`. */
  billion?: 'tỷ' | 'tỉ';
  /** Appended word, default `đồng`; `''` for the bare number. */
  currency?: string;
  /** Capitalise the first letter (default true), as on receipts. */
  capitalize?: boolean;
  /** End with `./.` as many receipts do (default false). */
  endMark?: boolean;
};

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000n;

type Style = Required<Pick<AmountInWordsOptions, 'four' | 'zeroTens' | 'thousand' | 'billion'>>;

/**
 * Reads a group of three digits. `full` reads leading zeros ("không trăm linh năm"), as every
 * group but the first of the number is read.
 */
function readGroup(n: number, full: boolean, style: Style): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push(style.zeroTens);
      words.push(DIGITS[u]!);
    }
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  } else {
    words.push(DIGITS[t]!, 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push(style.four);
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(DIGITS[u]!);
  }
  return words;
}

/** Reads 1 <= n < 10^9 with nghìn and triệu; all-zero groups are skipped. */
function readBelowBillion(n: number, leading: boolean, style: Style): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const scales = ['triệu', style.thousand, ''];
  const words: string[] = [];
  let first = leading;
  for (let i = 0; i < 3; i++) {
    const g = groups[i]!;
    if (g === 0) continue;
    words.push(...readGroup(g, !first, style));
    if (scales[i]) words.push(scales[i]!);
    first = false;
  }
  return words;
}

/** Reads n >= 1 in chunks of 10^9: 10^12 = "một nghìn tỷ", 10^18 = "một tỷ tỷ". */
function readPositive(n: bigint, leading: boolean, style: Style): string[] {
  if (n < BILLION) return readBelowBillion(Number(n), leading, style);
  const high = n / BILLION;
  const low = n % BILLION;
  const words = [...readPositive(high, leading, style), style.billion];
  if (low > 0n) words.push(...readBelowBillion(Number(low), false, style));
  return words;
}

function toBigInt(amount: unknown): bigint {
  if (typeof amount === 'bigint') {
    if (amount < 0n) throw new AmountInWordsError('negative', `Amount must not be negative, got ${amount}`);
    return amount;
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new AmountInWordsError('not-a-number', `Amount must be a number or bigint, got ${describe(amount)}`);
  }
  if (amount < 0) throw new AmountInWordsError('negative', `Amount must not be negative, got ${amount}`);
  if (!Number.isInteger(amount)) {
    throw new AmountInWordsError('not-integer', `VND has no minor unit; amount must be a whole number, got ${amount}`);
  }
  if (!Number.isSafeInteger(amount)) {
    throw new AmountInWordsError('unsafe-integer', `Amount ${amount} is beyond exact number range; pass a bigint`);
  }
  return BigInt(amount);
}

/**
 * The amount in words as written on receipts (số tiền bằng chữ):
 * `amountInWords(1250000)` is `"Một triệu hai trăm năm mươi nghìn đồng"`.
 *
 * Rules: 3-digit groups with nghìn, triệu, tỷ (10^12 "nghìn tỷ", 10^18 "tỷ tỷ"); mười for 10-19,
 * mươi from 20; mốt for 1 after mươi; lăm for 5 after any ten; linh/lẻ for a zero ten; every group
 * after the first is read in full ("một triệu không trăm linh năm nghìn"), all-zero groups are
 * skipped. Accepts integers from 0 up to `Number.MAX_SAFE_INTEGER`, and any size as bigint.
 *
 * @throws {AmountInWordsError} `negative`, `not-integer`, `not-a-number`, `unsafe-integer` or `invalid-option`.
 */
export function amountInWords(amount: number | bigint, options: AmountInWordsOptions = {}): string {
  const n = toBigInt(amount);
  if (typeof options !== 'object' && options !== undefined) {
    throw new AmountInWordsError('invalid-option', `Options must be an object, got ${describe(options)}`);
  }
  const chosen = options ?? {};
  const style: Style = {
    four: pick(chosen.four, ['bốn', 'tư'], 'four'),
    zeroTens: pick(chosen.zeroTens, ['linh', 'lẻ'], 'zeroTens'),
    thousand: pick(chosen.thousand, ['nghìn', 'ngàn'], 'thousand'),
    billion: pick(chosen.billion, ['tỷ', 'tỉ'], 'billion'),
  };
  const currency = chosen.currency ?? 'đồng';
  if (typeof currency !== 'string') throw new AmountInWordsError('invalid-option', `currency must be a string, got ${describe(currency)}`);
  const words = n === 0n ? ['không'] : readPositive(n, true, style);
  if (currency) words.push(currency);
  let text = words.join(' ');
  if (chosen.capitalize ?? true) text = text.charAt(0).toUpperCase() + text.slice(1);
  if (chosen.endMark) text += './.';
  return text;
}

/** An option's value if it is one of `allowed` (the first is the default), else an error naming them. */
function pick<T extends string>(value: T | undefined, allowed: readonly [T, T], name: string): T {
  if (value === undefined) return allowed[0];
  if (allowed.includes(value)) return value;
  throw new AmountInWordsError('invalid-option', `${name} must be '${allowed.join("' or '")}', got ${describe(value)}`);
}
