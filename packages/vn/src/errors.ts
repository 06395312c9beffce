/**
 * Errors thrown by `@dvc-kit/vn`. Each carries a machine-readable `code`, so callers branch on
 * the code and show their own message instead of parsing `message`.
 */
export class VnError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

export const ARGUMENT_ERROR_CODES = ['not-a-string', 'not-an-object', 'not-a-list', 'invalid-value'] as const;
export type ArgumentErrorCode = (typeof ARGUMENT_ERROR_CODES)[number];

/**
 * An argument of the wrong type or shape, e.g. `foldVietnamese(null)`, `findProvince(79)` or an unknown option
 * value. Thrown instead of the `TypeError` the platform would raise further in, so callers see what was wrong.
 */
export class VnArgumentError extends VnError<ArgumentErrorCode> {}

export const AMOUNT_ERROR_CODES = ['not-a-number', 'negative', 'not-integer', 'unsafe-integer', 'invalid-option'] as const;
export type AmountErrorCode = (typeof AMOUNT_ERROR_CODES)[number];

/** The amount cannot be read out in words: not a number, negative, a fraction or beyond exact range. */
export class AmountInWordsError extends VnError<AmountErrorCode> {}

/** The amount cannot be formatted as VND: not a finite number, or an unknown option. */
export class VndFormatError extends VnError<'not-a-number' | 'invalid-option'> {}

export const VIETQR_ERROR_CODES = [
  'invalid-input',
  'bad-crc',
  'bad-length',
  'unknown-structure',
] as const;
export type VietQRErrorCode = (typeof VIETQR_ERROR_CODES)[number];

/** A VietQR payload could not be built (`invalid-input`) or read (`bad-crc`, `bad-length`, `unknown-structure`). */
export class VietQRError extends VnError<VietQRErrorCode> {}

export const CALENDAR_ERROR_CODES = ['invalid-date', 'invalid-count', 'out-of-range', 'invalid-calendar'] as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

/** A date, day count or working calendar given to the calendar functions is not usable. */
export class CalendarError extends VnError<CalendarErrorCode> {}
