import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../src/index.js';

// Proves the project's TZ setting reached this worker (see vitest.config.ts), so the date tests
// of the "new-york" project really run in a time zone behind UTC.
describe('time zone of this run', () => {
  it('is the one the project asked for', () => {
    const offset = new Date(2026, 0, 15).getTimezoneOffset();
    expect(process.env.TZ === 'America/New_York' ? 300 : 0).toBe(offset);
  });

  it('does not move dates built from local Date constructors past Hanoi midnight rules', () => {
    // 22:00 local on Fri 13 Feb. In New York that is Sat 14 Feb 10:00 in Hanoi (non-working);
    // in UTC it is Sat 05:00 in Hanoi. Either way the date in Hanoi is the 14th.
    const local = new Date(2026, 1, 13, 22, 0);
    expect(isWorkingDay(local)).toBe(false);
    expect(addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
  });
});
