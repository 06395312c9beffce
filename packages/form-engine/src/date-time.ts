/**
 * Date-times and times between their stored form (RFC 3339, any offset) and the browser's native controls
 * (`datetime-local`, `time`), which know no offset: the control shows Vietnam time and an edit is stored with
 * Vietnam's offset. Nothing the control does not show is lost: seconds and fractions of a second are kept.
 */

/** Vietnam keeps UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving time). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
/** The offset as RFC 3339 writes it. */
export const VIETNAM_UTC_OFFSET = '+07:00';

const MINUTES_PER_DAY = 24 * 60;

/** The widget kinds with a native clock control. */
export type ClockKind = 'datetime' | 'time';

/** A stored date-time or time as its native control shows it, in Vietnam time. */
export interface ClockReading {
  /** What the control holds: "2026-03-05T17:30" or "17:30", with ":SS" when `showsSeconds`. */
  text: string;
  /** Whether the control must show seconds (the stored value has seconds other than 0, or a fraction). */
  showsSeconds: boolean;
  /** The seconds, two digits ("05"). */
  seconds: string;
  /** The fraction of a second as stored (".250"), or "": no control shows it, so an edit keeps it. */
  fraction: string;
}

// As RFC 3339 writes them, with what ajv also accepts: a space or "t" between date and time, an offset without
// its colon or minutes ("+0700", "+07").
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(?:([zZ])|([+-])(\\d{2})(?::?(\\d{2}))?)';
const STORED_DATE_TIME = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})[Tt ]${TIME}$`);
const STORED_TIME = new RegExp(`^${TIME}$`);

// What the native controls give (Chrome drops ":SS" when the seconds are 0). A year of five digits or more, which
// a control allows and RFC 3339 does not, is kept as typed.
const CONTROL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;
const CONTROL_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Minutes east of UTC of a matched offset (`Z`, or sign, hours, minutes), or null when out of range. */
function offsetMinutes(zulu: string | undefined, sign: string | undefined, hours: string | undefined, minutes: string | undefined): number | null {
  if (zulu) return 0;
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > 23 || m > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (setUTCFullYear takes years below 100 as they are).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/**
 * How the native control shows a stored value in Vietnam time, or null when it cannot show it exactly: not a
 * valid RFC 3339 value with an offset, a leap second (second 60, valid in RFC 3339 but beyond any control), or
 * a year outside 0001–9999 once in Vietnam time. Such a value is shown as the text it is.
 */
export function readClock(kind: ClockKind, value: unknown): ClockReading | null {
  if (typeof value !== 'string') return null;
  return kind === 'datetime' ? readDateTime(value) : readTime(value);
}

function readDateTime(value: string): ClockReading | null {
  const m = STORED_DATE_TIME.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const offset = offsetMinutes(m[8], m[9], m[10], m[11]);
  if (offset === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  // The same instant on Vietnam's clock: move the wall time by the difference of the offsets.
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute + VIETNAM_UTC_OFFSET_MINUTES - offset, 0, 0);
  const localYear = local.getUTCFullYear();
  if (localYear < 1 || localYear > 9999) return null;
  const date = `${pad(localYear, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return reading(`${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`, m[6]!, m[7] ?? '');
}

function readTime(value: string): ClockReading | null {
  const m = STORED_TIME.exec(value);
  if (!m) return null;
  const [hour, minute, second] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const offset = offsetMinutes(m[5], m[6], m[7], m[8]);
  if (offset === null || hour > 23 || minute > 59 || second > 59) return null;
  // A time of day has no date: it wraps around midnight.
  const minutes = (((hour * 60 + minute + VIETNAM_UTC_OFFSET_MINUTES - offset) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return reading(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, m[3]!, m[4] ?? '');
}

function reading(untilMinutes: string, seconds: string, fraction: string): ClockReading {
  const showsSeconds = seconds !== '00' || /[1-9]/.test(fraction);
  return { text: showsSeconds ? `${untilMinutes}:${seconds}` : untilMinutes, showsSeconds, seconds, fraction };
}

/**
 * The value to store for what a native control holds, in Vietnam time with its offset: the seconds the control
 * did not show (when `showsSeconds` is false) and the fraction of a second come from the value it replaces.
 * Null when the text is not a control's value, or no real moment (the caller keeps it as typed).
 */
export function writeClock(kind: ClockKind, text: string, previous: unknown, showsSeconds: boolean): string | null {
  const m = (kind === 'datetime' ? CONTROL_DATE_TIME : CONTROL_TIME).exec(text);
  if (!m) return null;
  const untilMinutes = kind === 'datetime' ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}:${m[2]}`;
  const [typedSeconds, typedFraction] = kind === 'datetime' ? [m[6], m[7]] : [m[3], m[4]];
  const before = readClock(kind, previous);
  // A control that shows seconds drops ":00"; one that does not leaves them to the value it replaces.
  const seconds = typedSeconds ?? (showsSeconds ? '00' : (before?.seconds ?? '00'));
  const fraction = typedFraction ?? before?.fraction ?? '';
  const stored = `${untilMinutes}:${seconds}${fraction}${VIETNAM_UTC_OFFSET}`;
  // No such moment (31 February, hour 24): not a control's value after all.
  return readClock(kind, stored) ? stored : null;
}
