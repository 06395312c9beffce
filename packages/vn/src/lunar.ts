import { CalendarError } from './errors.js';
import { describe } from './internal/arguments.js';
import { dayFromParts, formatDay, partsFromDay, toDay, type DateInput } from './internal/civil-date.js';

/**
 * Vietnamese lunisolar calendar, computed for UTC+7.
 *
 * Method: the astronomical rules used by Hồ Ngọc Đức's published calendar algorithm. A lunar month
 * starts on the day (in UTC+7) of a new moon; month 11 is the month containing the winter
 * solstice; in a year with 13 months, the leap month is the first one without a major solar term
 * (sun longitude crossing a multiple of 30°). New moons and sun longitudes use the truncated
 * series from Meeus, accurate to minutes over 1800-2200, which is enough because only the day
 * matters. Written from the description of the method; no code copied.
 *
 * The time zone matters: a UTC+8 (Chinese) computation puts Tết 2030 on 3 Feb, UTC+7 on 2 Feb.
 */
const TZ_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (13:52 UTC), the origin of the lunation count. */
const NEW_MOON_EPOCH = 2415021.076998695;
const UNIX_EPOCH_JD = 2440588;
const RAD = Math.PI / 180;

export type LunarDate = {
  year: number;
  month: number;
  day: number;
  /** True for the intercalary (nhuận) month that repeats `month`. */
  leap: boolean;
};

/** Julian day (at 12:00 UT) of the k-th new moon after 1900-01-01, with a fractional part. */
function newMoonJulian(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * RAD;
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // Difference between terrestrial and universal time, in days.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + correction - deltaT;
}

/** Julian day number of the civil day (UTC+7) on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulian(k) + 0.5 + TZ_HOURS / 24);
}

/** Apparent sun longitude in radians, 0 <= L < 2π, at Julian day `jd` (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const meanAnomaly = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * RAD;
  const meanLongitude = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const center =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const L = (meanLongitude + center) * RAD;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Solar term sector 0..11 (30° each) at the start of civil day `jdn` in UTC+7. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TZ_HOURS / 24) / Math.PI) * 6);
}

/** Julian day number of the first day of lunar month 11 of the lunar year that ends in solar `year`. */
function month11Start(year: number): number {
  const off = dayFromParts(year, 12, 31) + UNIX_EPOCH_JD - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // If the winter solstice (sector 9, 270°) is already passed at that new moon, month 11 began a month earlier.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** Index (1..13) of the leap month counted from month 11 starting at `a11`, in a 13-month year. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function checkYear(year: unknown): void {
  if (!Number.isInteger(year) || (year as number) < MIN_YEAR || (year as number) > MAX_YEAR) {
    throw new CalendarError('out-of-range', `Lunar conversion supports years ${MIN_YEAR}-${MAX_YEAR}, got ${describe(year)}`);
  }
}

/** The lunar date of a solar date (an instant is read in Asia/Ho_Chi_Minh). */
export function solarToLunar(date: DateInput): LunarDate {
  const dayNumber = toDay(date);
  checkYear(partsFromDay(dayNumber).year);
  return lunarOfDay(dayNumber);
}

/** @internal */
export function lunarOfDay(dayNumber: number): LunarDate {
  const jdn = dayNumber + UNIX_EPOCH_JD;
  const solarYear = partsFromDay(dayNumber).year;
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The solar date (`'YYYY-MM-DD'`) of a lunar date, or `undefined` when `leap` is set but that
 * month is not the leap month of the year.
 *
 * @throws {CalendarError} `invalid-date` for a day the month does not have (30 in a 29-day month)
 * or parts that are not whole numbers; `out-of-range` outside 1800-2199.
 */
export function lunarToSolar(lunar: { year: number; month: number; day: number; leap?: boolean }): string | undefined {
  const n = dayOfLunar(lunar);
  return n === undefined ? undefined : formatDay(n);
}

/** @internal Day number of a lunar date (see {@link lunarToSolar}). */
export function dayOfLunar(lunar: { year: number; month: number; day: number; leap?: boolean }): number | undefined {
  if (typeof lunar !== 'object' || lunar === null) {
    throw new CalendarError('invalid-date', `A lunar date must be an object {year, month, day, leap?}, got ${describe(lunar)}`);
  }
  const { year, month, day, leap = false } = lunar;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30 || typeof leap !== 'boolean') {
    throw new CalendarError('invalid-date', `Not a lunar date: ${describe(day)}/${describe(month)}/${year}${leap === false ? '' : ` leap ${describe(leap)}`}`);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = month11Start(year - 1);
    b11 = month11Start(year);
  } else {
    a11 = month11Start(year);
    b11 = month11Start(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off);
  const length = newMoonDay(k + off + 1) - monthStart;
  if (day > length) {
    throw new CalendarError('invalid-date', `Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has ${length} days, not ${day}`);
  }
  return monthStart + day - 1 - UNIX_EPOCH_JD;
}

/** Solar date of Tết Nguyên Đán (1/1 lunar) of the lunar year beginning in `year`. */
export function tetDate(year: number): string {
  return formatDay(dayOfLunar({ year, month: 1, day: 1 })!);
}
