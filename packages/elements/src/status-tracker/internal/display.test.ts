import { describe, expect, it } from 'vitest';
import { maskIdentifier, nextRefreshDelay } from './display.js';

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
