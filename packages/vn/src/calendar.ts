import { CalendarError } from './errors.js';
import { CIVIL_SERVICE_YEARS, type CalendarYear, type Holiday } from './holidays-data.js';
import { dayFromParts, formatDay, partsFromDay, toDay, weekdayOf, type DateInput } from './internal/civil-date.js';
import { dayOfLunar } from './lunar.js';
import { describe } from './internal/arguments.js';

export type { CalendarYear, Holiday } from './holidays-data.js';
export { CIVIL_SERVICE_2026, CIVIL_SERVICE_YEARS } from './holidays-data.js';
export type { DateInput } from './internal/civil-date.js';
/** A `Date` or an ISO date-time with its zone as milliseconds since the epoch, strictly (no rollover). */
export { toInstant } from './internal/civil-date.js';

/**
 * Which days are worked. Years in `years` use that official calendar; every other year uses the
 * statutory holidays of {@link holidaysOf} plus compensatory days (a holiday on a weekly rest day
 * gives the next working day off, Labour Code 2019 art. 111).
 */
export type WorkingCalendar = {
  /** Weekly rest days, 0 = Sunday ... 6 = Saturday. */
  readonly weekend: readonly number[];
  readonly years: Readonly<Record<number, CalendarYear>>;
};

/**
 * A working calendar. `weekend` lists the weekly rest days (default Saturday and Sunday; at most 6);
 * each of `years` replaces the statutory rules for its year, and every date in it must be real.
 *
 * @throws {CalendarError} `invalid-calendar` for a weekend or year list of the wrong shape, `invalid-date`
 * for a date that does not exist.
 */
export function createWorkingCalendar(options: { weekend?: readonly number[]; years?: readonly CalendarYear[] } = {}): WorkingCalendar {
  if (options === null || typeof options !== 'object') throw new CalendarError('invalid-calendar', `Options must be an object, got ${describe(options)}`);
  const weekend = options.weekend ?? [0, 6];
  checkWeekend(weekend);
  const yearList = options.years ?? [];
  if (!Array.isArray(yearList)) throw new CalendarError('invalid-calendar', `years must be a list, got ${describe(yearList)}`);
  const years: Record<number, CalendarYear> = Object.create(null) as Record<number, CalendarYear>;
  for (const y of yearList) {
    checkYearData(y);
    if (Object.hasOwn(years, y.year)) throw new CalendarError('invalid-calendar', `Year ${y.year} is listed twice`);
    years[y.year] = y;
  }
  const calendar: WorkingCalendar = Object.freeze({ weekend: Object.freeze([...weekend]), years: Object.freeze(years) });
  checkedCalendars.add(calendar);
  return calendar;
}

function checkWeekend(weekend: unknown): asserts weekend is readonly number[] {
  const days = Array.isArray(weekend) ? (weekend as unknown[]) : [];
  if (!Array.isArray(weekend) || days.some((d) => !Number.isInteger(d) || (d as number) < 0 || (d as number) > 6) || new Set(days).size === 7) {
    throw new CalendarError('invalid-calendar', 'weekend must list weekdays 0 (Sunday) to 6 (Saturday), leaving at least one working weekday');
  }
}

function checkYearData(y: unknown): asserts y is CalendarYear {
  const data = y as Partial<CalendarYear> | null;
  if (typeof data !== 'object' || data === null || !Number.isInteger(data.year) || !Array.isArray(data.holidays) || !Array.isArray(data.extraWorkingDays)) {
    throw new CalendarError('invalid-calendar', 'Each year needs an integer year and the lists holidays and extraWorkingDays');
  }
  for (const day of [...data.holidays, ...data.extraWorkingDays]) {
    const date = (day as Partial<Holiday> | null)?.date;
    const year = toDay(typeof date === 'string' ? date : '', `A day of ${data.year}`);
    if (partsFromDay(year).year !== data.year) throw new CalendarError('invalid-calendar', `${String(date)} is not in ${data.year}`);
  }
}

/** Calendars made by createWorkingCalendar (checked then); any other object is checked on use. */
const checkedCalendars = new WeakSet<WorkingCalendar>();

function checkCalendar(calendar: WorkingCalendar): void {
  if (checkedCalendars.has(calendar)) return;
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.years !== 'object' || calendar.years === null) {
    throw new CalendarError('invalid-calendar', 'Not a working calendar: make one with createWorkingCalendar()');
  }
  checkWeekend(calendar.weekend);
  for (const key of Object.keys(calendar.years)) checkYearData(calendar.years[Number(key)]);
  checkedCalendars.add(calendar);
}

/** The default: Monday-Friday, with the official civil-service calendars shipped in this package. */
export const CIVIL_SERVICE_CALENDAR: WorkingCalendar = createWorkingCalendar({ years: CIVIL_SERVICE_YEARS });

/** Monday-Friday with statutory holidays and compensatory days only, for every year. */
export const STATUTORY_CALENDAR: WorkingCalendar = createWorkingCalendar();

// ---------------------------------------------------------------------------------------------
// Statutory holidays

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/**
 * The statutory public holidays of `year` (Labour Code 2019 art. 112, as in force in 2026), sorted
 * by date. Today's rules are applied to every year; they are not a history of past law.
 *
 * - 1 Jan; 30 Apr; 1 May; 2 Sep; 24 Nov from 2026 (Ngày Văn hóa Việt Nam).
 * - Tết Nguyên Đán, 5 days: the eve (last day of lunar month 12, which may be the 29th) and the
 *   first 4 days of the lunar year. The Prime Minister picks the actual days each year, often
 *   the same; an official calendar year (see {@link CalendarYear}) overrides this for working days.
 * - Giỗ Tổ Hùng Vương, 10/3 lunar (the regular 3rd month, never a leap month).
 * - A day next to 2 Sep, also picked yearly. Rule used here, matching 2021-2026: the neighbour that
 *   joins the break to a weekend; 3 Sep when 2 Sep is a Monday, Thursday or Sunday, else 1 Sep.
 */
export function holidaysOf(year: number): Holiday[] {
  if (!Number.isInteger(year)) throw new CalendarError('out-of-range', `Year must be an integer, got ${describe(year)}`);
  const list: Holiday[] = [];
  const add = (day: number, name: string, nameEn: string) => list.push({ date: formatDay(day), name, nameEn });

  add(dayFromParts(year, 1, 1), 'Tết Dương lịch', "New Year's Day");
  const tet = dayOfLunar({ year, month: 1, day: 1 })!;
  add(tet - 1, 'Tết Nguyên Đán (giao thừa)', "Lunar New Year's Eve (Tết)");
  TET_DAY_NAMES.forEach((label, i) => add(tet + i, `Tết Nguyên Đán (${label})`, `Lunar New Year (Tết), day ${i + 1}`));
  add(dayOfLunar({ year, month: 3, day: 10 })!, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings Commemoration Day');
  add(dayFromParts(year, 4, 30), 'Ngày Chiến thắng', 'Reunification Day');
  add(dayFromParts(year, 5, 1), 'Ngày Quốc tế Lao động', 'International Labour Day');
  const nationalDay = dayFromParts(year, 9, 2);
  const adjacent = [1, 4, 0].includes(weekdayOf(nationalDay)) ? nationalDay + 1 : nationalDay - 1;
  add(nationalDay, 'Quốc khánh', 'National Day');
  add(adjacent, 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)');
  if (year >= 2026) add(dayFromParts(year, 11, 24), 'Ngày Văn hóa Việt Nam', 'Vietnam Culture Day');
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Days off per calendar and year

type YearRules = { off: Map<number, Holiday>; worked: Set<number>; list: Holiday[] };

const cache = new WeakMap<WorkingCalendar, Map<number, YearRules>>();

function rulesFor(calendar: WorkingCalendar, year: number): YearRules {
  let perYear = cache.get(calendar);
  if (!perYear) cache.set(calendar, (perYear = new Map()));
  let rules = perYear.get(year);
  if (!rules) perYear.set(year, (rules = buildRules(calendar, year)));
  return rules;
}

function buildRules(calendar: WorkingCalendar, year: number): YearRules {
  const official = Object.hasOwn(calendar.years, year) ? calendar.years[year] : undefined;
  const off = new Map<number, Holiday>();
  const worked = new Set<number>();
  if (official) {
    for (const h of official.holidays) off.set(toDay(h.date), h);
    for (const h of official.extraWorkingDays) worked.add(toDay(h.date));
  } else {
    const statutory = holidaysOf(year);
    for (const h of statutory) off.set(toDay(h.date), h);
    const isRest = (day: number) => calendar.weekend.includes(weekdayOf(day));
    for (const h of statutory) {
      const day = toDay(h.date);
      if (!isRest(day)) continue;
      let lieu = day + 1;
      while (isRest(lieu) || off.has(lieu)) lieu++;
      off.set(lieu, { date: formatDay(lieu), name: `Nghỉ bù ${h.name}`, nameEn: `Day off in lieu of ${h.nameEn}` });
    }
  }
  const list = [...off.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
  return { off, worked, list };
}

/**
 * Every day off of `year` in `calendar` other than ordinary weekends: the official list when the
 * calendar has that year, else the statutory holidays plus compensatory days.
 */
export function daysOffOf(year: number, calendar: WorkingCalendar = CIVIL_SERVICE_CALENDAR): Holiday[] {
  if (!Number.isInteger(year)) throw new CalendarError('out-of-range', `Year must be an integer, got ${describe(year)}`);
  checkCalendar(calendar);
  return [...rulesFor(calendar, year).list];
}

function isWorkingDayNumber(day: number, calendar: WorkingCalendar): boolean {
  const rules = rulesFor(calendar, partsFromDay(day).year);
  if (rules.worked.has(day)) return true;
  if (rules.off.has(day)) return false;
  return !calendar.weekend.includes(weekdayOf(day));
}

/** Whether agencies work on `date` (an instant is read in Asia/Ho_Chi_Minh). */
export function isWorkingDay(date: DateInput, calendar: WorkingCalendar = CIVIL_SERVICE_CALENDAR): boolean {
  checkCalendar(calendar);
  return isWorkingDayNumber(toDay(date), calendar);
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || Math.abs(n) > 100_000) {
    throw new CalendarError('invalid-count', `Number of working days must be a whole number up to 100000, got ${describe(n)}`);
  }
}

/** A calendar whose official years mark more than a year of days off in a row is broken: stop, do not loop. */
const MAX_DAYS_OFF_IN_A_ROW = 400;

function noWorkingDay(from: number): never {
  throw new CalendarError('out-of-range', `No working day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${formatDay(from)}`);
}

/**
 * The date `n` working days after `start` (`'YYYY-MM-DD'`). Counting starts the day after
 * `start`, as for a dossier received on `start`: Fri 13 Feb 2026 + 5 is Fri 27 Feb 2026 across the
 * Tết break. `n = 0` gives `start` if it is a working day, else the next working day; a negative
 * `n` counts backwards.
 */
export function addWorkingDays(start: DateInput, n: number, calendar: WorkingCalendar = CIVIL_SERVICE_CALENDAR): string {
  checkCount(n);
  checkCalendar(calendar);
  let day = toDay(start, 'start');
  const from = day;
  if (n === 0) {
    while (!isWorkingDayNumber(day, calendar)) if (++day - from > MAX_DAYS_OFF_IN_A_ROW) noWorkingDay(from);
    return formatDay(day);
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n), off = 0; left > 0; ) {
    day += step;
    if (isWorkingDayNumber(day, calendar)) {
      left--;
      off = 0;
    } else if (++off > MAX_DAYS_OFF_IN_A_ROW) noWorkingDay(day - step * off);
  }
  return formatDay(day);
}

/**
 * Working days after `a` up to and including `b`, so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for n > 0. Negative when `b` is before `a`.
 */
export function workingDaysBetween(a: DateInput, b: DateInput, calendar: WorkingCalendar = CIVIL_SERVICE_CALENDAR): number {
  checkCalendar(calendar);
  const from = toDay(a, 'a');
  const to = toDay(b, 'b');
  if (Math.abs(to - from) > 1_000_000) throw new CalendarError('out-of-range', 'Dates are too far apart');
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkingDayNumber(day, calendar)) count++;
  return sign * count;
}

export const ON_TIME_STATUSES = ['early', 'on-time', 'late', 'pending', 'overdue'] as const;
/**
 * Finished: `early` (trước hạn) before the due date, `on-time` (đúng hạn) on it, `late` (quá hạn)
 * after it. Open: `pending` (còn hạn) up to and on the due date, `overdue` (quá hạn) after it.
 */
export type OnTimeStatus = (typeof ON_TIME_STATUSES)[number];

/**
 * Timeliness of a dossier, comparing calendar days in Asia/Ho_Chi_Minh. Keep `due` the original
 * due date even after an apology letter moved it: lateness is measured against the original.
 */
export function onTimeStatus(due: DateInput, finishedAt?: DateInput | null, now: DateInput = new Date()): OnTimeStatus {
  const dueDay = toDay(due, 'due');
  if (finishedAt !== undefined && finishedAt !== null) {
    const done = toDay(finishedAt, 'finishedAt');
    return done < dueDay ? 'early' : done === dueDay ? 'on-time' : 'late';
  }
  return toDay(now, 'now') <= dueDay ? 'pending' : 'overdue';
}
