/**
 * Official yearly calendars. A year listed here replaces the statutory fallback for that year, so
 * each entry must list every day off (other than ordinary weekends) and every weekend day that is
 * worked. Add a year as soon as the Prime Minister's decision and the Ministry of Home Affairs
 * notice are published.
 */
export type Holiday = {
  /** `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  date: string;
  /** Vietnamese name, as shown to citizens. */
  name: string;
  /** English name. */
  nameEn: string;
};

export type CalendarYear = {
  year: number;
  /** Whose schedule this is: civil servants (the one-stop desks) or a business. */
  audience: 'civil-service' | 'business';
  /** Every day off in the year, including the weekend days inside a holiday break. */
  holidays: readonly Holiday[];
  /** Weekend days that are working days (swapped for a weekday off). */
  extraWorkingDays: readonly Holiday[];
  /** Where the days come from. */
  source: string;
  /** When the days were last checked against the source (`YYYY-MM-DD`). */
  verifiedAt: string;
};

function span(from: string, to: string, name: string, nameEn: string): Holiday[] {
  const out: Holiday[] = [];
  const start = Date.parse(from + 'T00:00:00Z');
  const end = Date.parse(to + 'T00:00:00Z');
  for (let ms = start; ms <= end; ms += 86_400_000) {
    out.push({ date: new Date(ms).toISOString().slice(0, 10), name, nameEn });
  }
  return out;
}

/** 2026 for civil servants, who staff the one-stop desks. */
export const CIVIL_SERVICE_2026: CalendarYear = Object.freeze({
  year: 2026,
  audience: 'civil-service',
  holidays: Object.freeze([
    { date: '2026-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day" },
    ...span('2026-02-14', '2026-02-22', 'Nghỉ Tết Nguyên Đán', 'Lunar New Year (Tết) break'),
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', nameEn: 'Hùng Kings Commemoration Day' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', nameEn: 'Day off in lieu of Hùng Kings Commemoration Day' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
    ...span('2026-08-29', '2026-09-02', 'Nghỉ lễ Quốc khánh', 'National Day break'),
    { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day' },
  ]),
  extraWorkingDays: Object.freeze([
    { date: '2026-08-22', name: 'Làm bù cho thứ Hai 31/8', nameEn: 'Working Saturday in exchange for Monday 31 Aug' },
  ]),
  source:
    'Tết 14-22 Feb and National Day 29 Aug-2 Sep with Saturday 22 Aug worked: vietnamnews.vn 2025-10-17, ' +
    'en.sggp.org.vn 2025-10-14. Hùng Kings on Sunday 26 Apr, compensatory Monday 27 Apr: reported. ' +
    '24 Nov Vietnam Culture Day: Resolution 80-NQ/TW, 30/NQ-CP, reported 28/2026/QH16.',
  verifiedAt: '2026-11-22',
});

/** Years with an official civil-service calendar. */
export const CIVIL_SERVICE_YEARS: readonly CalendarYear[] = Object.freeze([CIVIL_SERVICE_2026]);
