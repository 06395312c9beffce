/**
 * DOM-free display helpers of `<dvc-status-tracker>`: an applicant's identifier masked, and the delay before the
 * next refresh. Times in Vietnam time are `shared/vietnam-time.ts`'s.
 */

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
