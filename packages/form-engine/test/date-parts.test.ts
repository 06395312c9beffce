import { describe, expect, it } from 'vitest';
import { composeDate, dateMistake, splitDate, wrongDateParts } from '../src/core.js';

describe('a date typed in three parts', () => {
  it('makes an ISO date when written in full, else keeps what was typed', () => {
    expect(composeDate('27', '3', '2007')).toBe('2007-03-27');
    expect(composeDate(' 7 ', '03', '2007')).toBe('2007-03-07');
    expect(composeDate('', '', '')).toBe('');
    expect(composeDate('27', '', '2007')).toBe('2007--27');
    expect(composeDate('27', '3', '07')).toBe('07-3-27');
  });

  it('splits a value back into its parts as typed, and nothing of another shape', () => {
    expect(splitDate('2007-03-27')).toEqual({ year: '2007', month: '3', day: '27' });
    expect(splitDate('2007--27')).toEqual({ year: '2007', month: '', day: '27' });
    expect(splitDate('2007-10-01')).toEqual({ year: '2007', month: '10', day: '1' });
    for (const other of ['14-05-1990', '14/05/1990', '1990-05-14T00:00:00Z', 'abc', '', 20070327, null]) expect(splitDate(other), String(other)).toBe(null);
  });

  it('points at the parts to correct', () => {
    expect(wrongDateParts('2007--27')).toEqual(['month']);
    expect(wrongDateParts('--')).toEqual(['day', 'month', 'year']);
    expect(wrongDateParts('07-3-27')).toEqual(['year']);
    expect(wrongDateParts('2026-02-31')).toEqual(['day', 'month', 'year']);
    expect(wrongDateParts('14-05-1990')).toEqual([]);
    expect([dateMistake('2007--27')?.reason, dateMistake('07-3-27')?.reason, dateMistake('2026-02-31')?.reason, dateMistake('14-05-1990')]).toEqual(['missing', 'shortYear', 'notReal', null]);
  });
});
