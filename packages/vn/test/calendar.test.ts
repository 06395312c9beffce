import { describe, expect, it } from 'vitest';
import {
  CIVIL_SERVICE_2026,
  CalendarError,
  toInstant,
  STATUTORY_CALENDAR,
  addWorkingDays,
  createWorkingCalendar,
  daysOffOf,
  holidaysOf,
  isWorkingDay,
  onTimeStatus,
  workingDaysBetween,
} from '../src/index.js';

const dates = (list: Array<{ date: string }>) => list.map((h) => h.date);

describe('holidaysOf', () => {
  it('lists the 2026 statutory holidays, including 24 Nov', () => {
    expect(dates(holidaysOf(2026))).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26', '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
      '2026-11-24',
    ]);
    expect(holidaysOf(2026)[1]).toEqual({ date: '2026-02-16', name: 'Tết Nguyên Đán (giao thừa)', nameEn: "Lunar New Year's Eve (Tết)" });
  });

  it('computes the lunar holidays for each year of the brief, eve included even when month 12 has 29 days', () => {
    const expected: Record<number, [string, string]> = {
      2024: ['2024-02-09', '2024-04-18'], 2025: ['2025-01-28', '2025-04-07'], 2027: ['2027-02-05', '2027-04-16'],
      2028: ['2028-01-25', '2028-04-04'], 2029: ['2029-02-12', '2029-04-23'], 2030: ['2030-02-01', '2030-04-12'],
      2031: ['2031-01-22', '2031-04-01'],
    };
    for (const [year, [eve, hung]] of Object.entries(expected)) {
      const list = holidaysOf(Number(year));
      const tet = list.filter((h) => h.name.startsWith('Tết Nguyên Đán'));
      expect(tet[0]!.date).toBe(eve);
      expect(tet).toHaveLength(5);
      expect(list.find((h) => h.name.startsWith('Giỗ Tổ'))!.date).toBe(hung);
    }
  });

  it('has 11 statutory days before 2026 and 12 from 2026', () => {
    expect(holidaysOf(2025)).toHaveLength(11);
    expect(holidaysOf(2027)).toHaveLength(12);
    expect(dates(holidaysOf(2025))).not.toContain('2025-11-24');
  });

  it('picks the day next to 2 Sep that joins a weekend, as in 2021-2026', () => {
    const adjacent = (y: number) => holidaysOf(y).find((h) => h.name.includes('liền kề'))!.date;
    expect(adjacent(2021)).toBe('2021-09-03'); // Thu 2 Sep
    expect(adjacent(2022)).toBe('2022-09-01'); // Fri
    expect(adjacent(2023)).toBe('2023-09-01'); // Sat
    expect(adjacent(2024)).toBe('2024-09-03'); // Mon
    expect(adjacent(2025)).toBe('2025-09-01'); // Tue
    expect(adjacent(2026)).toBe('2026-09-01'); // Wed
  });
});

describe('working days in 2026 (civil-service calendar)', () => {
  it('reproduces the worked examples of the domain brief', () => {
    expect(addWorkingDays('2026-02-13', 5)).toBe('2026-02-27'); // across the Tết break
    expect(addWorkingDays('2026-08-27', 3)).toBe('2026-09-04'); // across National Day
    expect(addWorkingDays('2026-08-21', 1)).toBe('2026-08-22'); // swapped Saturday
  });

  it('knows the adjustments of the official calendar', () => {
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(isWorkingDay('2026-08-31')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(false); // compensatory for Sunday 26 Apr
    expect(isWorkingDay('2026-11-24')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(isWorkingDay('2026-02-21')).toBe(false);
    expect(daysOffOf(2026)).toEqual(CIVIL_SERVICE_2026.holidays);
  });

  it('counts across 30/4-1/5', () => {
    expect(addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
    expect(addWorkingDays('2026-04-24', 2)).toBe('2026-04-29');
    expect(workingDaysBetween('2026-04-24', '2026-05-04')).toBe(3);
  });

  it('handles 0, negative counts and non-working starts', () => {
    expect(addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-27', -5)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-23');
  });
});

describe('statutory fallback for years without an official calendar', () => {
  it('gives compensatory days for holidays on weekends', () => {
    // Tết 2027 starts on Saturday 6 Feb: statutory 5-9 Feb, compensatory 10 and 11 Feb.
    expect(daysOffOf(2027).slice(1, 8).map((h) => h.date)).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
    ]);
    expect(addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
    expect(daysOffOf(2027).find((h) => h.date === '2027-02-10')!.name).toMatch(/^Nghỉ bù/);
  });

  it('matches the National Day breaks of 2024 and 2025', () => {
    expect(addWorkingDays('2024-08-30', 1)).toBe('2024-09-04');
    expect(addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
    // 2023: 2 Sep on Saturday, 1 Sep adjacent, Monday 4 Sep compensatory.
    expect(addWorkingDays('2023-08-31', 1)).toBe('2023-09-05');
  });

  it('counts across 30/4-1/5 in 2025', () => {
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-02');
  });

  it('ignores official data in the statutory calendar', () => {
    expect(isWorkingDay('2026-08-22', STATUTORY_CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-08-31', STATUTORY_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-04-27', STATUTORY_CALENDAR)).toBe(false);
  });

  it('accepts custom weekends and years', () => {
    const saturdays = createWorkingCalendar({ weekend: [0] });
    expect(isWorkingDay('2027-03-06', saturdays)).toBe(true);
    const custom = createWorkingCalendar({
      years: [{ ...CIVIL_SERVICE_2026, year: 2027, holidays: [], extraWorkingDays: [{ date: '2027-03-06', name: 'x', nameEn: 'x' }] }],
    });
    expect(isWorkingDay('2027-02-08', custom)).toBe(true);
    expect(isWorkingDay('2027-03-06', custom)).toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 200; i++) {
      const start = new Date(Date.UTC(2024, 0, 1) + rand(365 * 6) * 86_400_000).toISOString().slice(0, 10);
      const n = 1 + rand(60);
      const end = addWorkingDays(start, n);
      expect(workingDaysBetween(start, end)).toBe(n);
      expect(workingDaysBetween(end, start)).toBe(-n);
      expect(isWorkingDay(end)).toBe(true);
    }
    expect(workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
  });
});

describe('dates as instants', () => {
  it('reads a Date in Asia/Ho_Chi_Minh', () => {
    // Friday 13 Feb 2026 20:00 UTC is Saturday 14 Feb 03:00 in Hanoi.
    expect(isWorkingDay(new Date('2026-02-13T16:59:59Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-02-13T17:00:00Z'))).toBe(false);
    expect(addWorkingDays(new Date('2026-02-12T23:00:00Z'), 5)).toBe('2026-02-27');
    expect(isWorkingDay('2026-02-13T20:00:00Z')).toBe(false);
    expect(isWorkingDay('2026-02-14T01:00:00+07:00')).toBe(false);
  });

  it('throws CalendarError for unusable input', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(CalendarError);
    expect(() => isWorkingDay('13/02/2026')).toThrow(CalendarError);
    expect(() => isWorkingDay(new Date('nope'))).toThrow(CalendarError);
    expect(() => addWorkingDays('2026-02-13', 1.5)).toThrow(CalendarError);
  });
});

describe('onTimeStatus', () => {
  it('compares the finishing day with the due day', () => {
    expect(onTimeStatus('2026-02-27', '2026-02-26')).toBe('early');
    expect(onTimeStatus('2026-02-27', '2026-02-27')).toBe('on-time');
    expect(onTimeStatus('2026-02-27', '2026-03-02')).toBe('late');
    // 16:30 UTC on the 27th is 23:30 in Hanoi, still on time; 17:30 UTC is the 28th.
    expect(onTimeStatus('2026-02-27', new Date('2026-02-27T16:30:00Z'))).toBe('on-time');
    expect(onTimeStatus('2026-02-27', new Date('2026-02-27T17:30:00Z'))).toBe('late');
  });

  it('says pending or overdue while open', () => {
    expect(onTimeStatus('2026-02-27', undefined, '2026-02-27')).toBe('pending');
    expect(onTimeStatus('2026-02-27', null, new Date('2026-02-27T16:59:00Z'))).toBe('pending');
    expect(onTimeStatus('2026-02-27', undefined, new Date('2026-02-27T17:00:00Z'))).toBe('overdue');
    expect(onTimeStatus('2000-01-01')).toBe('overdue');
    expect(onTimeStatus('2999-01-01')).toBe('pending');
  });
});

describe('strict dates and calendars', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof CalendarError) return error.code;
      throw error;
    }
    return undefined;
  };

  it('never rolls a date or date-time over', () => {
    for (const input of ['2026-02-30', '2026-04-31', '2025-02-29', '2026-00-10', '2026-02-30T10:00:00Z', '2026-03-01T24:00:00+07:00', '2026-03-01T23:59:60Z', '2026-03-01T12:00:00+07:60']) {
      expect(code(() => isWorkingDay(input)), input).toBe('invalid-date');
      expect(code(() => addWorkingDays(input, 1)), input).toBe('invalid-date');
    }
    expect(isWorkingDay('2024-02-29')).toBe(true);
    // 2 Mar 2026 is a Monday: the date-time that used to be read as it is refused above, and this one is read right.
    expect(addWorkingDays('2026-03-01T23:30:00Z', 0)).toBe('2026-03-02');
  });

  it('answers wrong types with CalendarError', () => {
    for (const input of [null, undefined, 20260302, {}, Object.create(null), ['2026-03-02']]) {
      expect(code(() => isWorkingDay(input as string))).toBe('invalid-date');
      expect(code(() => onTimeStatus(input as string))).toBe('invalid-date');
    }
    expect(code(() => addWorkingDays('2026-03-02', '5' as unknown as number))).toBe('invalid-count');
    for (const year of ['2026', 2026.5, Number.NaN, 'constructor', '__proto__']) {
      expect(code(() => daysOffOf(year as number)), String(year)).toBe('out-of-range');
      expect(code(() => holidaysOf(year as number)), String(year)).toBe('out-of-range');
    }
  });

  it('refuses broken working calendars instead of looping or failing deep inside', () => {
    expect(code(() => createWorkingCalendar(null as unknown as object))).toBe('invalid-calendar');
    expect(code(() => createWorkingCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] }))).toBe('invalid-calendar');
    expect(code(() => createWorkingCalendar({ weekend: [7] }))).toBe('invalid-calendar');
    expect(code(() => createWorkingCalendar({ weekend: '06' as unknown as number[] }))).toBe('invalid-calendar');
    expect(code(() => createWorkingCalendar({ years: [{ ...CIVIL_SERVICE_2026, holidays: [{ date: '2026-02-30', name: 'x', nameEn: 'x' }] }] }))).toBe('invalid-date');
    expect(code(() => createWorkingCalendar({ years: [{ ...CIVIL_SERVICE_2026, holidays: [{ date: '2027-01-01', name: 'x', nameEn: 'x' }] }] }))).toBe('invalid-calendar');
    expect(code(() => createWorkingCalendar({ years: [CIVIL_SERVICE_2026, CIVIL_SERVICE_2026] }))).toBe('invalid-calendar');
    for (const calendar of [null, {}, { weekend: [0, 6] }, { weekend: [0, 1, 2, 3, 4, 5, 6], years: {} }]) {
      expect(code(() => addWorkingDays('2026-03-02', 1, calendar as never))).toBe('invalid-calendar');
      expect(code(() => isWorkingDay('2026-03-02', calendar as never))).toBe('invalid-calendar');
    }
    // A hand-made calendar object works once it has the right shape; "constructor" is no year of it.
    expect(isWorkingDay('2026-03-02', { weekend: [0, 6], years: {} })).toBe(true);
    // Every day of two years off: an error, not an endless loop.
    const allOff = (year: number) => ({
      ...CIVIL_SERVICE_2026,
      year,
      holidays: Array.from({ length: 365 }, (_, i) => ({ date: new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10), name: 'nghỉ', nameEn: 'off' })),
      extraWorkingDays: [],
    });
    const oneYearClosed = createWorkingCalendar({ years: [allOff(2030)] });
    expect(addWorkingDays('2029-12-31', 1, oneYearClosed)).toBe('2031-01-02');
    const twoYearsClosed = createWorkingCalendar({ years: [allOff(2030), allOff(2031)] });
    expect(code(() => addWorkingDays('2030-01-01', 0, twoYearsClosed))).toBe('out-of-range');
    expect(code(() => addWorkingDays('2029-12-31', 1, twoYearsClosed))).toBe('out-of-range');
    expect(code(() => addWorkingDays('2032-01-01', -1, twoYearsClosed))).toBe('out-of-range');
  });
});

describe('toInstant', () => {
  it('reads a Date or an ISO date-time with its zone, and nothing that rolls over', () => {
    expect(toInstant('2026-03-05T10:30:00+07:00')).toBe(Date.UTC(2026, 2, 5, 3, 30));
    expect(toInstant('2026-03-05T03:30:00.250Z')).toBe(Date.UTC(2026, 2, 5, 3, 30, 0, 250));
    expect(toInstant(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1));
    for (const bad of ['2026-02-30T10:00:00+07:00', '2026-03-05T24:00:00Z', '2026-03-05T10:00:00', '2026-03-05', 'x']) {
      expect(() => toInstant(bad), bad).toThrow(CalendarError);
    }
    expect(() => toInstant(new Date(Number.NaN))).toThrow(CalendarError);
  });
});
