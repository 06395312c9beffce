/**
 * `multipleOf` on the numbers as written: 19.99 is a multiple of 0.01 although 19.99 / 0.01 is
 * 1998.9999999999998 in binary floating point. Both numbers are read as the shortest decimal that JSON and
 * JavaScript print for them, then compared exactly with integers.
 */

interface Decimal {
  digits: bigint;
  /** Power of ten: the number is digits × 10^exponent. */
  exponent: number;
}

function decimalOf(value: number): Decimal {
  const [mantissa = '0', exponentText = '0'] = String(Math.abs(value)).toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), exponent: Number(exponentText) - fraction.length };
}

export function isMultipleOf(value: number, divisor: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor <= 0) return false;
  if (Number.isSafeInteger(value) && Number.isSafeInteger(divisor)) return value % divisor === 0;
  const a = decimalOf(value);
  const b = decimalOf(divisor);
  if (a.digits === 0n) return true;
  // value / divisor = (a.digits / b.digits) × 10^(a.exponent − b.exponent)
  const shift = a.exponent - b.exponent;
  return shift >= 0 ? (a.digits * 10n ** BigInt(shift)) % b.digits === 0n : a.digits % (b.digits * 10n ** BigInt(-shift)) === 0n;
}
