import { describe, expect, it } from 'vitest';
import { formatDateTimeVN, formatDateVN, machineDate, machineDateTime, vietnamDateTime } from '../src/time.js';

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

  it('gives undefined rather than a guess when the value is no time (the fee widget then shows none)', () => {
    expect(vietnamDateTime('2026-12-05T07:05:00Z')).toBe('05/12/2026 14:05');
    expect(vietnamDateTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(vietnamDateTime('hôm qua')).toBeUndefined();
    expect(vietnamDateTime('')).toBeUndefined();
    expect(vietnamDateTime(undefined)).toBeUndefined();
  });
});
