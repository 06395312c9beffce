/**
 * A date typed in three parts, day, month and year (the order Vietnamese writes it), as `<dvc-dossier-form>`
 * shows a `date` field. Complete, the value is an ISO date ("2007-03-27"); until then it is what was typed, as
 * "year-month-day" ("2007--27"), which is not a valid date, so the form says what is missing.
 */
export type DatePart = 'day' | 'month' | 'year';

/** The value typed in the parts so far (only digits; the inputs take 2, 2 and 4). */
const TYPED = /^(\d{0,4})-(\d{0,2})-(\d{0,2})$/;

/** The value of a date typed in three parts: "" when all are empty, an ISO date when written in full, else "year-month-day". */
export function composeDate(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `${y}-${m}-${d}`;
}

/** The parts of a date value as typed (no leading zero: "3", as it is said), or null for a value of another shape. */
export function splitDate(value: unknown): Record<DatePart, string> | null {
  const match = typeof value === 'string' ? TYPED.exec(value) : null;
  if (!match) return null;
  const unpad = (text: string) => text.replace(/^0(?=\d)/, '');
  return { year: match[1]!, month: unpad(match[2]!), day: unpad(match[3]!) };
}

/** What is wrong with a date typed in parts, and the parts to correct. */
export interface DateMistake {
  reason: 'missing' | 'shortYear' | 'notReal';
  parts: DatePart[];
}

/**
 * What is wrong with a date value that is not a valid one: missing parts, else a year without four digits, else
 * no such day (all three parts). Null for a value of another shape (nothing to point at).
 */
export function dateMistake(value: unknown): DateMistake | null {
  const parts = splitDate(value);
  if (!parts) return null;
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part] === '');
  if (missing.length > 0) return { reason: 'missing', parts: missing };
  if (parts.year.length !== 4) return { reason: 'shortYear', parts: ['year'] };
  return { reason: 'notReal', parts: ['day', 'month', 'year'] };
}

/** The parts to correct in a date value that is not a valid one (see `dateMistake`); none for another shape. */
export function wrongDateParts(value: unknown): DatePart[] {
  return dateMistake(value)?.parts ?? [];
}
