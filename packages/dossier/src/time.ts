/** Asia/Ho_Chi_Minh: UTC+7, without daylight saving since 1975. */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of an instant (ms since the epoch) in Asia/Ho_Chi_Minh. */
export function vnDayNumber(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
