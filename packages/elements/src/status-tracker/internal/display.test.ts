import { describe, expect, it } from 'vitest';
import { formatDateTimeVN, formatDateVN, machineDate, machineDateTime, maskIdentifier, nextRefreshDelay } from './display.js';

describe('times in Vietnam time', () => {
  it('shows an instant as dd/mm/yyyy HH:mm at UTC+7, whatever zone it was written in', () => {
    expect(formatDateTimeVN('2024-01-15T01:30:00Z')).toBe('15/01/2024 08:30');
    expect(formatDateTimeVN('2024-01-15T08:30:00+07:00')).toBe('15/01/2024 08:30');
    // Late evening UTC is already the next morning in Vietnam.
    expect(formatDateTimeVN('2026-02-16T20:15:00Z')).toBe('17/02/2026 03:15');
    expect(formatDateTimeVN('2026-12-31T23:59:00+07:00')).toBe('31/12/2026 23:59');
  });

  it('shows a date as dd/mm/yyyy: a civil date stays that day, an instant is its day in Vietnam', () => {
    expect(formatDateVN('2026-02-27')).toBe('27/02/2026');
    expect(formatDateVN('2026-02-26T18:00:00Z')).toBe('27/02/2026');
  });

  it('gives <time datetime> a valid value with the +07:00 offset, none for a value that is no time', () => {
    expect(machineDateTime('2024-01-15T01:30:00Z')).toBe('2024-01-15T08:30+07:00');
    expect(machineDateTime('2026-02-27')).toBe('2026-02-27');
    expect(machineDate('2026-02-26T18:00:00Z')).toBe('2026-02-27');
    expect(machineDateTime('hôm qua')).toBeUndefined();
    expect(machineDateTime('2026-02-31')).toBeUndefined();
  });

  it('shows what the server sent when it is not a time (never an "Invalid Date")', () => {
    expect(formatDateTimeVN('hôm qua')).toBe('hôm qua');
    expect(formatDateVN('')).toBe('');
  });
});

describe('maskIdentifier', () => {
  it('never shows a full ID number: only the last three characters', () => {
    expect(maskIdentifier('001099012345')).toBe('*********345');
    expect(maskIdentifier('0912345678')).toBe('*******678');
    expect(maskIdentifier(' 001099012345 ')).toBe('*********345');
  });

  it('hides a short value entirely and keeps a server-masked one masked', () => {
    expect(maskIdentifier('12')).toBe('**');
    expect(maskIdentifier('******345')).toBe('******345');
  });
});

describe('nextRefreshDelay', () => {
  const policy = { intervalMs: 60_000, maxIntervalMs: 600_000 };

  it('waits the interval after a success and doubles it for each failure in a row, up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 50].map((n) => nextRefreshDelay(policy, n))).toEqual([60_000, 120_000, 240_000, 480_000, 600_000, 600_000]);
  });

  it("waits at least what a rate-limited server asked for, never longer than the maximum", () => {
    expect(nextRefreshDelay(policy, 0, 300_000)).toBe(300_000);
    expect(nextRefreshDelay(policy, 0, 10_000_000)).toBe(600_000);
  });

  it('is off for an interval that is 0, negative or not a number, and never a runaway timer', () => {
    expect(nextRefreshDelay({ intervalMs: 0, maxIntervalMs: 1 }, 0)).toBeNull();
    expect(nextRefreshDelay({ intervalMs: -5, maxIntervalMs: 1 }, 0)).toBeNull();
    expect(nextRefreshDelay({ intervalMs: Number.NaN, maxIntervalMs: 1 }, 0)).toBeNull();
    // A maximum below the interval, or not a number: the interval.
    expect(nextRefreshDelay({ intervalMs: 5_000, maxIntervalMs: 10 }, 3)).toBe(5_000);
    expect(nextRefreshDelay({ intervalMs: 5_000, maxIntervalMs: Number.NaN }, 3)).toBe(5_000);
    // Beyond 2^31 - 1 ms a timer fires at once: capped there.
    expect(nextRefreshDelay({ intervalMs: 60_000, maxIntervalMs: 1e12 }, 40)).toBe(2 ** 31 - 1);
    expect(nextRefreshDelay({ intervalMs: 60_000, maxIntervalMs: 600_000 }, 0, Number.POSITIVE_INFINITY)).toBe(60_000);
  });
});
