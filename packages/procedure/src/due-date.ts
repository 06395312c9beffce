/**
 * When the result of a dossier is due (ngày hẹn trả kết quả): the procedure's processing time counted on
 * `@dvc-kit/vn`'s working-day calendar, in Asia/Ho_Chi_Minh, with the same-day cut-off (domain brief §4).
 */
import { CIVIL_SERVICE_CALENDAR, addWorkingDays, isWorkingDay, toInstant } from '@dvc-kit/vn/calendar';
import { CalendarError } from '@dvc-kit/vn/errors';
import type { WorkingCalendar } from '@dvc-kit/vn/calendar';
import { isPlainObject } from '@dvc-kit/form-engine/core';
import type { DvcProcedure } from './vocabulary-types.js';

export type ProcessingTime = DvcProcedure['processingTime'];

export const DUE_DATE_ERROR_CODES = ['no-procedure', 'invalid-received-at', 'invalid-time', 'unsupported-value'] as const;
export type DueDateErrorCode = (typeof DUE_DATE_ERROR_CODES)[number];

/** A due date that cannot be computed, and why. */
export class DueDateError extends Error {
  readonly code: DueDateErrorCode;
  constructor(code: DueDateErrorCode, message: string) {
    super(message);
    this.name = 'DueDateError';
    this.code = code;
  }
}

export interface DueDateOptions {
  /** Working days and holidays; default the civil-service calendar (one-stop desks), `CIVIL_SERVICE_CALENDAR`. */
  calendar?: WorkingCalendar;
  /** The processing time to count instead of `x-dvc.processingTime` (e.g. the submission channel's own). */
  processingTime?: ProcessingTime;
  /** When the due day ends (the office closes), `HH:MM`; default `17:00`. */
  closingTime?: string;
  /** When the office opens, `HH:MM`, from which hours are counted for a dossier received on a day off or after the cut-off; default `07:30`. */
  openingTime?: string;
}

export interface DueDate {
  /**
   * The day the dossier counts as received: the day itself, or the next working day when it came on a day off or
   * after the same-day cut-off. Days are counted from the day after it.
   */
  receivedDay: string;
  /** It came after `processingTime.sameDayCutoff`. */
  afterCutoff: boolean;
  /** The due day, `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  date: string;
  /** The due date-time, ISO 8601 with the +07:00 offset: the end of the due day (`closingTime`), or the hour for processing times in hours. */
  dueAt: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Asia/Ho_Chi_Minh: UTC+7, without daylight saving since 1975. */
const VN_OFFSET_MS = 7 * HOUR_MS;

/**
 * The due date of a dossier received at `receivedAt` (a `Date`, or an ISO date-time with its zone): `procedure` is a
 * procedure schema (with `x-dvc`) or its `x-dvc` object.
 *
 * - A dossier received on a day off, or after the same-day cut-off (`sameDayCutoff`, e.g. 15:00: "if received after
 *   15:00, the next working day"), counts as received on the next working day.
 * - `WORKING_DAY`: that many working days after the day of receipt (0: the same day); `DAY`: that many calendar
 *   days, moved to the next working day when the last one is a day off (Civil Code 2015 arts 147-148, as most
 *   systems read them; the brief marks it unverified); `HOUR`: that many hours of clock time from receipt (or from
 *   the opening of the next working day).
 *
 * @throws {DueDateError} for a missing processing time, a receipt time that is not an instant, a bad `HH:MM`, or
 * a fractional number of days.
 */
export function dueDate(procedure: unknown, receivedAt: Date | string, options: DueDateOptions = {}): DueDate {
  const time = options.processingTime ?? processingTimeOf(procedure);
  const calendar = options.calendar ?? CIVIL_SERVICE_CALENDAR;
  const closing = minutesOf(options.closingTime ?? '17:00', 'closingTime');
  const opening = minutesOf(options.openingTime ?? '07:30', 'openingTime');
  const received = instantOf(receivedAt);
  const local = received + VN_OFFSET_MS;
  const day = formatDay(Math.floor(local / DAY_MS));
  const msIntoDay = local - Math.floor(local / DAY_MS) * DAY_MS;
  const cutoff = time.sameDayCutoff === undefined ? undefined : minutesOf(time.sameDayCutoff, 'sameDayCutoff') * MINUTE_MS;
  const afterCutoff = cutoff !== undefined && msIntoDay > cutoff;
  const onTime = isWorkingDay(day, calendar) && !afterCutoff;
  const receivedDay = onTime ? day : addWorkingDays(day, afterCutoff && isWorkingDay(day, calendar) ? 1 : 0, calendar);
  const value = time.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new DueDateError('unsupported-value', `The processing time must be a number of ${time.unit} of at least 0, got ${String(value)}.`);
  }
  if (time.unit === 'HOUR') {
    const start = onTime ? received : Date.parse(`${receivedDay}T00:00:00Z`) - VN_OFFSET_MS + opening * MINUTE_MS;
    const due = start + Math.round(value * HOUR_MS);
    return { receivedDay, afterCutoff, date: formatDay(Math.floor((due + VN_OFFSET_MS) / DAY_MS)), dueAt: formatInstant(due) };
  }
  if (!Number.isSafeInteger(value)) {
    throw new DueDateError('unsupported-value', `A processing time in ${time.unit === 'DAY' ? 'days' : 'working days'} must be a whole number, got ${value}.`);
  }
  let date: string;
  if (time.unit === 'WORKING_DAY') date = addWorkingDays(receivedDay, value, calendar);
  else if (time.unit === 'DAY') date = addWorkingDays(formatDay(dayNumber(receivedDay) + value), 0, calendar);
  else throw new DueDateError('unsupported-value', `Unknown unit of processing time: ${String(time.unit)}.`);
  return { receivedDay, afterCutoff, date, dueAt: `${date}T${formatMinutes(closing)}:00+07:00` };
}

function processingTimeOf(procedure: unknown): ProcessingTime {
  const dvc = isPlainObject(procedure) && Object.hasOwn(procedure, 'x-dvc') ? procedure['x-dvc'] : procedure;
  const time = isPlainObject(dvc) && Object.hasOwn(dvc, 'processingTime') ? dvc.processingTime : undefined;
  if (!isPlainObject(time) || !Object.hasOwn(time, 'value') || !Object.hasOwn(time, 'unit')) {
    throw new DueDateError('no-procedure', 'Not a procedure with a processing time: expected a schema with "x-dvc.processingTime", or its x-dvc object.');
  }
  return time as unknown as ProcessingTime;
}

/**
 * Milliseconds since the epoch of a `Date` or an ISO date-time with its zone (a time without a zone is ambiguous),
 * read strictly by `@dvc-kit/vn`: 2026-02-30 is refused, not counted from 2 March.
 */
function instantOf(input: Date | string): number {
  try {
    return toInstant(input, 'receivedAt');
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new DueDateError(
      'invalid-received-at',
      `receivedAt must be a Date or an ISO date-time with its zone (e.g. 2026-02-13T09:30:00+07:00), got ${JSON.stringify(input)}: ${error.message}.`,
    );
  }
}

function minutesOf(text: string, what: string): number {
  const match = typeof text === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text) : null;
  if (!match) throw new DueDateError('invalid-time', `${what} must be a time as HH:MM (00:00 to 23:59), got ${JSON.stringify(text)}.`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (read as a civil date: no time zone involved). */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function formatDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** An instant as ISO 8601 in Asia/Ho_Chi_Minh: `2026-02-13T09:30:00+07:00`. */
function formatInstant(ms: number): string {
  const local = new Date(ms + VN_OFFSET_MS);
  return `${formatDay(Math.floor((ms + VN_OFFSET_MS) / DAY_MS))}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+07:00`;
}
