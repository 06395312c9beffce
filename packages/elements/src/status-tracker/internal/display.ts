/**
 * DOM-free display helpers of `<dvc-status-tracker>`: times in Vietnam time (dd/mm/yyyy HH:mm), an applicant's
 * identifier masked, and the delay before the next refresh.
 */

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET = '+07:00';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type VietnamTime = { year: string; month: string; day: string; hour: string; minute: string };

/** The wall-clock parts of an instant in Vietnam (UTC+7, no daylight saving), or null for a value that is no time. */
function vietnamTime(value: string): VietnamTime | null {
  // A bare date (yyyy-mm-dd) is a civil date: it is that day in Vietnam, whatever the browser's zone.
  const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (civil) {
    const [, year, month, day] = civil as unknown as [string, string, string, string];
    // Not 31/02: the day must survive a round trip (Date rolls it over to March).
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
    return { year, month, day, hour: '00', minute: '00' };
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(ms)) parts[part.type] = part.value;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** `15/01/2024 08:30` in Vietnam time; the value itself when it is not a time (shown as the server sent it). */
export function formatDateTimeVN(value: string): string {
  const t = vietnamTime(value);
  return t ? `${t.day}/${t.month}/${t.year} ${t.hour}:${t.minute}` : value;
}

/** `15/01/2024` (the day in Vietnam); the value itself when it is not a date. */
export function formatDateVN(value: string): string {
  const t = vietnamTime(value);
  return t ? `${t.day}/${t.month}/${t.year}` : value;
}

/**
 * The machine-readable form for `<time datetime>`: `2024-01-15T08:30+07:00` for an instant, `2024-01-15` for a
 * date; undefined (no attribute) when the value is not a time.
 */
export function machineDateTime(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return vietnamTime(value) ? value : undefined;
  const t = vietnamTime(value);
  return t ? `${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}${VIETNAM_OFFSET}` : undefined;
}

/** The machine-readable day of a date or instant (`2024-01-15`, in Vietnam), for a due date's `<time>`. */
export function machineDate(value: string): string | undefined {
  const t = vietnamTime(value);
  return t ? `${t.year}-${t.month}-${t.day}` : undefined;
}

/** How many characters of an identifier stay readable at its end. */
const VISIBLE_TAIL = 3;

/**
 * An identifier (ID number, phone) with all but its last three characters hidden: `*********789`. Never shows a
 * full ID number, even when the server sent one unmasked; a value already masked by the server stays masked.
 */
export function maskIdentifier(value: string): string {
  const text = value.trim();
  if (text.length <= VISIBLE_TAIL) return '*'.repeat(text.length);
  return '*'.repeat(text.length - VISIBLE_TAIL) + text.slice(-VISIBLE_TAIL);
}

/** How the tracker refreshes an open dossier. */
export type RefreshPolicy = {
  /** Between two refreshes that succeeded. */
  readonly intervalMs: number;
  /** The longest wait after refreshes that failed in a row. */
  readonly maxIntervalMs: number;
};

/**
 * The wait before the next refresh: the interval, doubled for each refresh that failed in a row (backoff), at most
 * the maximum (never below the interval, never beyond what a timer can wait); at least what the server asked for (a
 * 429's Retry-After), when it did. Null when refreshing is off: an interval that is 0, negative or not a number.
 */
export function nextRefreshDelay(policy: RefreshPolicy, failuresInRow: number, serverAskedMs = 0): number | null {
  const interval = policy.intervalMs;
  if (!Number.isFinite(interval) || interval <= 0) return null;
  const max = Math.min(Number.isFinite(policy.maxIntervalMs) ? Math.max(interval, policy.maxIntervalMs) : interval, MAX_TIMER_MS);
  const exponent = Math.min(Math.max(0, Math.floor(failuresInRow) || 0), 30);
  const backoff = Math.min(max, interval * 2 ** exponent);
  const asked = Number.isFinite(serverAskedMs) ? serverAskedMs : 0;
  return Math.max(backoff, Math.min(asked, max));
}

/** setTimeout's longest delay: a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
