import { CalendarError } from '../errors.js';
import { describe } from './arguments.js';

/**
 * Civil dates as whole day numbers (days since 1970-01-01), so no `Date` method that reads the
 * machine's time zone is ever used. Instants are turned into dates in Asia/Ho_Chi_Minh, which has
 * been UTC+7 without daylight saving since 1975.
 */
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** A date as `'YYYY-MM-DD'` or an instant as `Date`; instants are read in Asia/Ho_Chi_Minh. */
export type DateInput = Date | string;

export function dayFromParts(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

export function partsFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatDay(dayNumber: number): string {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The day an instant falls on in Asia/Ho_Chi_Minh. */
export function vnDayOfInstant(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** The day number of a real calendar date, or undefined for one that does not exist (30 Feb, month 13). */
export function dayOfDate(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = dayFromParts(year, month, day);
  const back = partsFromDay(n);
  return back.year === year && back.month === month && back.day === day ? n : undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

/**
 * Reads `'YYYY-MM-DD'` as that civil date, a `Date` or an ISO date-time string with a zone as an
 * instant in Asia/Ho_Chi_Minh. Every part is checked, never rolled over: `2026-02-30`, hour 24,
 * minute 60 or a zone of +25:00 are errors, not 2 March or the next day.
 *
 * @throws {CalendarError} `invalid-date`.
 */
export function toDay(input: DateInput, what = 'date'): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new CalendarError('invalid-date', `${what} is an invalid Date`);
    return vnDayOfInstant(ms);
  }
  if (typeof input === 'string') {
    const text = input.trim();
    const date = DATE.exec(text);
    if (date) {
      const n = dayOfDate(Number(date[1]), Number(date[2]), Number(date[3]));
      if (n !== undefined) return n;
      throw new CalendarError('invalid-date', `${what} ${input} is not a calendar date`);
    }
    const instant = dateTimeInstant(text, what);
    if (instant !== undefined) return vnDayOfInstant(instant);
  }
  throw new CalendarError(
    'invalid-date',
    `${what} must be a Date, 'YYYY-MM-DD' or an ISO date-time with a zone, got ${describe(input)}`,
  );
}

/**
 * Milliseconds since the epoch of a `Date` or an ISO date-time with its zone, every part checked, never rolled
 * over (`Date.parse` reads 2026-02-30 as 2 March).
 *
 * @throws {CalendarError} `invalid-date`.
 */
export function toInstant(input: Date | string, what = 'date-time'): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new CalendarError('invalid-date', `${what} is an invalid Date`);
    return ms;
  }
  const instant = typeof input === 'string' ? dateTimeInstant(input.trim(), what) : undefined;
  if (instant !== undefined) return instant;
  throw new CalendarError('invalid-date', `${what} must be a Date or an ISO date-time with a zone, got ${describe(input)}`);
}

/** The instant an ISO date-time with a zone names, undefined when `text` is not shaped as one. */
function dateTimeInstant(text: string, what: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const day = dayOfDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const [zoneHour, zoneMinute] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (day === undefined || hour > 23 || minute > 59 || second > 59 || zoneHour > 23 || zoneMinute > 59) {
    throw new CalendarError('invalid-date', `${what} ${text} is not a real date and time`);
  }
  const zoneMs = (m[9] === '-' ? -1 : 1) * (zoneHour * 60 + zoneMinute) * 60_000;
  const fraction = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  return day * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + fraction - zoneMs;
}
