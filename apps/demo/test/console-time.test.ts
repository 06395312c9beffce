import { describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '@dvc-kit/dossier/samples';
import { formatMoney, formatSize } from '../src/console/format.js';
import { CONSOLE_TEXT } from '../src/console/text.js';
import { dueSummary, formatDate, formatDateTime, instantOnDay, parseDayInput, vietnamDay } from '../src/console/time.js';

// The suite runs under TZ=UTC and again under TZ=America/New_York (vitest.config.ts): every figure below is
// Vietnam's wall clock.
describe('Vietnam time', () => {
  it('writes instants as dd/mm/yyyy HH:mm in Vietnam, whatever the machine zone', () => {
    expect(formatDateTime('2026-03-04T10:00:00+07:00')).toBe('04/03/2026 10:00');
    expect(formatDateTime('2026-03-04T20:30:00Z')).toBe('05/03/2026 03:30');
    expect(formatDate('2026-03-04T20:30:00Z')).toBe('05/03/2026');
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(vietnamDay(new Date('2026-03-04T17:30:00Z'))).toBe('2026-03-05');
  });

  it('shows a value that is no time as it came, never hides it', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('')).toBe('');
  });

  it('reads typed days as dd/mm/yyyy (or ISO) and refuses days that do not exist', () => {
    expect(parseDayInput('09/03/2026')).toBe('2026-03-09');
    expect(parseDayInput(' 9/3/2026 ')).toBe('2026-03-09');
    expect(parseDayInput('2026-03-09')).toBe('2026-03-09');
    expect(parseDayInput('29/02/2028')).toBe('2028-02-29');
    for (const bad of ['31/02/2026', '29/02/2026', '00/01/2026', '1/13/2026', '03/09', 'hôm nay', '']) expect(parseDayInput(bad), bad).toBeUndefined();
  });

  it('places a day at the original hour in Vietnam, or at a given time', () => {
    expect(instantOnDay('2026-03-12', '2026-03-09T17:00:00+07:00')).toBe('2026-03-12T17:00:00+07:00');
    expect(instantOnDay('2026-03-12', '2026-03-09T10:00:00Z')).toBe('2026-03-12T17:00:00+07:00');
    expect(instantOnDay('2026-03-12', undefined, '23:59:59')).toBe('2026-03-12T23:59:59+07:00');
    expect(instantOnDay('2026-02-30')).toBeUndefined();
  });
});

describe('dueSummary', () => {
  const vi = CONSOLE_TEXT.vi;
  const en = CONSOLE_TEXT.en;
  const now = new Date(SAMPLE_NOW);

  it('counts working days left on the civil-service calendar', () => {
    const dossier = { ...SAMPLE_DOSSIERS.inProcess, dueAt: '2026-03-09T17:00:00+07:00' };
    delete (dossier as { revisedDueAt?: string }).revisedDueAt;
    // Wed 4 Mar → Thu, Fri, Mon 9 Mar: three working days.
    expect(dueSummary(dossier, now, vi)).toEqual({ date: '09/03/2026', status: 'còn 3 ngày làm việc', overdue: false });
    expect(dueSummary(dossier, now, en).status).toBe('3 working days left');
    expect(dueSummary(dossier, new Date('2026-03-09T08:00:00+07:00'), vi).status).toBe('đến hạn hôm nay');
  });

  it('says "quá hạn" past the original due date, and shows the rescheduled day beside it', () => {
    const late = dueSummary(SAMPLE_DOSSIERS.late, now, vi);
    expect(late.overdue).toBe(true);
    expect(late.status).toMatch(/^quá hạn/);
    const apology = dueSummary(SAMPLE_DOSSIERS.apology, now, vi);
    expect(apology.revised).toBe('hẹn lại: 10/03/2026');
  });

  it('before receipt, uses the expected date the server sent, else says there is none', () => {
    expect(dueSummary(SAMPLE_DOSSIERS.submitted, now, vi)).toEqual({ date: vi.noDueDate, status: '', overdue: false });
    expect(dueSummary(SAMPLE_DOSSIERS.submitted, now, vi, '2026-03-10T17:00:00+07:00').date).toBe('10/03/2026');
  });

  it('shows a finished queue row without its history by its date alone (it cannot say how it did)', () => {
    expect(dueSummary({ state: { kind: 'RETURNED' }, dueAt: '2026-03-09T17:00:00+07:00' }, now, vi)).toEqual({ date: '09/03/2026', status: '', overdue: false });
    expect(dueSummary({ state: { kind: 'IN_PROCESS' }, dueAt: '2026-03-09T17:00:00+07:00' }, now, vi).status).toBe('còn 3 ngày làm việc');
  });

  it('says how a finished dossier did', () => {
    expect(dueSummary(SAMPLE_DOSSIERS.returned, now, vi).status).toMatch(/^xong (trước|đúng|quá) hạn$/);
  });
});

describe('money and sizes', () => {
  it('writes VND the Vietnamese way', () => {
    expect(formatMoney(1_234_000)).toBe('1.234.000\u00a0₫');
    expect(formatMoney(Number.NaN)).toBe('NaN');
  });
  it('writes sizes in the page language', () => {
    expect(formatSize(512, 'en')).toBe('512 byte');
    expect(formatSize(1536, 'vi')).toMatch(/^1,5\s?kB$/);
    expect(formatSize(1536, 'en')).toMatch(/^1\.5\s?kB$/);
  });
});
