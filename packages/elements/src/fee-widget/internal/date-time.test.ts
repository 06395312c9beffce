import { describe, expect, it } from 'vitest';
import { formatDateTime } from './date-time.js';

describe('formatDateTime', () => {
  it('writes dd/mm/yyyy hh:mm in Vietnam time whatever the offset given', () => {
    expect(formatDateTime('2026-12-05T07:05:00Z')).toBe('05/12/2026 14:05');
    expect(formatDateTime('2026-12-31T23:30:00+07:00')).toBe('31/12/2026 23:30');
    expect(formatDateTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
  });

  it('gives nothing for what is not a date-time', () => {
    expect(formatDateTime('hôm qua')).toBeUndefined();
    expect(formatDateTime('')).toBeUndefined();
    expect(formatDateTime(undefined)).toBeUndefined();
  });
});
