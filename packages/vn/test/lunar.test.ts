import { describe, expect, it } from 'vitest';
import { CalendarError, lunarToSolar, solarToLunar, tetDate } from '../src/index.js';

describe('lunar calendar (UTC+7)', () => {
  it('puts Tết, its eve and Giỗ Tổ Hùng Vương on the dates of the domain brief, 2024-2031', () => {
    const table: Array<[number, string, string, string]> = [
      [2024, '2024-02-10', '2024-02-09', '2024-04-18'],
      [2025, '2025-01-29', '2025-01-28', '2025-04-07'],
      [2026, '2026-02-17', '2026-02-16', '2026-04-26'],
      [2027, '2027-02-06', '2027-02-05', '2027-04-16'],
      [2028, '2028-01-26', '2028-01-25', '2028-04-04'],
      [2029, '2029-02-13', '2029-02-12', '2029-04-23'],
      [2030, '2030-02-02', '2030-02-01', '2030-04-12'],
      [2031, '2031-01-23', '2031-01-22', '2031-04-01'],
    ];
    for (const [year, tet, eve, hung] of table) {
      expect(tetDate(year), `Tết ${year}`).toBe(tet);
      expect(lunarToSolar({ year, month: 3, day: 10 }), `Hùng ${year}`).toBe(hung);
      const eveLunar = solarToLunar(eve);
      expect(eveLunar.year).toBe(year - 1);
      expect(eveLunar.month).toBe(12);
      expect(eveLunar.day === 29 || eveLunar.day === 30).toBe(true);
    }
    // Month 12 of Giáp Thìn had 30 days, of Ất Tỵ 29.
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
  });

  it('matches Vietnamese (not Chinese) dates where the two calendars differ', () => {
    expect(tetDate(1985)).toBe('1985-01-21'); // China: 20 Feb 1985
    expect(tetDate(2007)).toBe('2007-02-17'); // China: 18 Feb 2007
    expect(tetDate(1968)).toBe('1968-01-29'); // North Vietnam switched to UTC+7 in 1967
  });

  it('matches remembered Tết and Hùng Kings dates of recent years', () => {
    const tet: Record<number, string> = {
      2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05', 2020: '2020-01-25',
      2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
      2000: '2000-02-05', 2001: '2001-01-24', 2002: '2002-02-12', 2003: '2003-02-01', 2004: '2004-01-22',
      2005: '2005-02-09', 2006: '2006-01-29', 2008: '2008-02-07', 2009: '2009-01-26', 2010: '2010-02-14',
      2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10', 2014: '2014-01-31', 2015: '2015-02-19',
      2016: '2016-02-08',
    };
    for (const [y, d] of Object.entries(tet)) expect(tetDate(Number(y))).toBe(d);
    expect(lunarToSolar({ year: 2020, month: 3, day: 10 })).toBe('2020-04-02');
    expect(lunarToSolar({ year: 2022, month: 3, day: 10 })).toBe('2022-04-10');
    expect(lunarToSolar({ year: 2023, month: 3, day: 10 })).toBe('2023-04-29');
  });

  it('handles leap months', () => {
    // 2023 had a leap 2nd month, 2025 a leap 6th month, 2020 a leap 4th month.
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).toBeUndefined();
    expect(lunarToSolar({ year: 2024, month: 1, day: 1, leap: true })).toBeUndefined();
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
  });

  it('round-trips every day and keeps Tết between 21 Jan and 20 Feb, 1900-2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = tetDate(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `Tết ${year} = ${tet}`).toBe(true);
      expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
    }
    const start = Date.UTC(1900, 1, 1);
    for (let ms = start; ms < Date.UTC(2100, 11, 1); ms += 86_400_000 * 13) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      const lunar = solarToLunar(iso);
      expect(lunarToSolar(lunar)).toBe(iso);
    }
  });

  it('reads an instant in Asia/Ho_Chi_Minh', () => {
    // 16 Feb 2026 17:30 UTC is 17 Feb 00:30 in Hanoi: already Tết.
    expect(solarToLunar(new Date('2026-02-16T17:30:00Z'))).toMatchObject({ year: 2026, month: 1, day: 1 });
    expect(solarToLunar(new Date('2026-02-16T16:30:00Z'))).toMatchObject({ year: 2025, month: 12, day: 29 });
  });

  it('refuses years outside its range', () => {
    expect(() => tetDate(1700)).toThrow(CalendarError);
    expect(() => solarToLunar('2300-01-01')).toThrow(CalendarError);
  });
});

describe('lunarToSolar refuses days a month does not have', () => {
  it('takes day 30 of a 30-day month and refuses it in a 29-day month', () => {
    // Month 12 of 2023 has 30 days (Tết eve 2024-02-09 is the 30th); month 12 of 2025 has 29 (eve 2026-02-16).
    expect(lunarToSolar({ year: 2023, month: 12, day: 30 })).toBe('2024-02-09');
    expect(lunarToSolar({ year: 2025, month: 12, day: 29 })).toBe('2026-02-16');
    const error = (() => {
      try {
        lunarToSolar({ year: 2025, month: 12, day: 30 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).code).toBe('invalid-date');
    expect((error as CalendarError).message).toContain('29 days');
  });

  it('checks every day 30 of 2024-2026 against the month that follows', () => {
    for (const year of [2024, 2025, 2026]) {
      for (let month = 1; month <= 12; month++) {
        const day29 = lunarToSolar({ year, month, day: 29 })!;
        const next = solarToLunar(new Date(Date.parse(day29 + 'T12:00:00+07:00') + 86_400_000));
        if (next.day === 30) expect(lunarToSolar({ year, month, day: 30 })).toBeDefined();
        else expect(() => lunarToSolar({ year, month, day: 30 }), `${month}/${year}`).toThrow(CalendarError);
      }
    }
  });

  it('answers wrong types with CalendarError, not TypeError', () => {
    const bad: unknown[] = [
      null,
      undefined,
      '2025-12-30',
      { year: 2025, month: 12 },
      { year: '2025', month: 1, day: 1 },
      { year: 2025, month: 1.5, day: 1 },
      { year: 2025, month: 1, day: 1, leap: 'yes' },
      Object.create(null),
    ];
    for (const input of bad) {
      expect(() => lunarToSolar(input as Parameters<typeof lunarToSolar>[0]), JSON.stringify(input)).toThrow(CalendarError);
    }
    expect(() => tetDate(Number.NaN)).toThrow(CalendarError);
  });

  it('reads solar date-times strictly, with no rollover', () => {
    for (const input of ['2026-02-30T10:00:00Z', '2026-04-31T00:00:00+07:00', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z', '2026-01-01T10:00:60Z', '2026-01-01T10:00:00+25:00', '2026-13-01T00:00:00Z']) {
      expect(() => solarToLunar(input), input).toThrow(CalendarError);
    }
    expect(solarToLunar('2026-02-17T00:30:00+07:00')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    // 16 Feb 17:30 UTC is already 17 Feb, Tết, in Vietnam.
    expect(solarToLunar('2026-02-16T17:30:00Z')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(solarToLunar('2026-02-16T16:59:59.999Z')).toMatchObject({ year: 2025, month: 12, day: 29 });
  });
});
