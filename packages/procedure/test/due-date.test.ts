import { describe, expect, it } from 'vitest';
import { STATUTORY_CALENDAR } from '@dvc-kit/vn';
import { DueDateError, dueDate } from '../src/index.js';
import type { ProcessingTime } from '../src/index.js';
import { readJson } from './helpers.js';

// Runs under TZ=UTC and again under TZ=America/New_York (vitest.config.ts): nothing may depend on the machine's zone.
const procedure = (processingTime: ProcessingTime) => ({ 'x-dvc': { processingTime } });
const workingDays = (value: number) => procedure({ value, unit: 'WORKING_DAY' });
const sameDay = procedure({ value: 0, unit: 'WORKING_DAY', sameDayCutoff: '15:00' });

describe('dueDate in working days, on the 2026 civil-service calendar', () => {
  it.each([
    // The brief's worked examples (§4).
    ['across the Tết break (off 14-22 Feb)', '2026-02-13T09:30:00+07:00', 5, '2026-02-27'],
    ['across the National Day break (off 29 Aug-2 Sep)', '2026-08-27T10:00:00+07:00', 3, '2026-09-04'],
    ['onto the Saturday worked in exchange for 31 Aug', '2026-08-21T10:00:00+07:00', 1, '2026-08-22'],
    // 30/4 and 1/5 fall on Thursday and Friday.
    ['across 30/4-1/5 and the weekend after', '2026-04-29T10:00:00+07:00', 1, '2026-05-04'],
    ['across Giỗ Tổ (Sunday 26 Apr) and its compensatory Monday', '2026-04-24T10:00:00+07:00', 1, '2026-04-28'],
    ['over a weekend', '2026-03-06T10:00:00+07:00', 1, '2026-03-09'],
    ['received on a Sunday: counted from Monday', '2026-03-08T10:00:00+07:00', 2, '2026-03-11'],
    ['received in the Tết break: counted from its first working day', '2026-02-18T10:00:00+07:00', 1, '2026-02-24'],
    ['an instant in UTC is read in Asia/Ho_Chi_Minh (Fri 23:30 UTC is Sat 06:30)', '2026-03-06T23:30:00Z', 1, '2026-03-10'],
  ])('%s', (_what, receivedAt, days, date) => {
    const due = dueDate(workingDays(days), receivedAt);
    expect(due.date).toBe(date);
    expect(due.dueAt).toBe(`${date}T17:00:00+07:00`);
  });
});

describe('dueDate with the same-day cut-off (15:00)', () => {
  it.each([
    ['before the cut-off: the same day', '2026-02-13T14:59:00+07:00', '2026-02-13', false],
    ['at 15:00 sharp: still the same day', '2026-02-13T15:00:00+07:00', '2026-02-13', false],
    ['after the cut-off, before Tết: the first working day after the break', '2026-02-13T15:01:00+07:00', '2026-02-23', true],
    ['after the cut-off, before 30/4-1/5', '2026-04-29T16:00:00+07:00', '2026-05-04', true],
    ['after the cut-off, before the 2/9 break', '2026-08-28T16:30:00+07:00', '2026-09-03', true],
    ['after the cut-off on a Friday: Monday', '2026-03-06T15:30:00+07:00', '2026-03-09', true],
    ['on a Saturday morning: Monday', '2026-03-07T09:00:00+07:00', '2026-03-09', false],
    ['15:30 in Hà Nội, written in UTC', '2026-03-05T08:30:00Z', '2026-03-06', true],
    ['as a Date', new Date(Date.UTC(2026, 2, 5, 7, 0)), '2026-03-05', false],
  ])('%s', (_what, receivedAt, date, afterCutoff) => {
    const due = dueDate(sameDay, receivedAt);
    expect({ date: due.date, afterCutoff: due.afterCutoff }).toEqual({ date, afterCutoff });
  });

  it('applies to longer times too: received after it, the count starts a day later', () => {
    const time: ProcessingTime = { value: 2, unit: 'WORKING_DAY', sameDayCutoff: '15:00' };
    expect(dueDate(procedure(time), '2026-03-04T14:00:00+07:00').date).toBe('2026-03-06');
    expect(dueDate(procedure(time), '2026-03-04T16:00:00+07:00')).toMatchObject({ receivedDay: '2026-03-05', date: '2026-03-09' });
  });

  it('is read from the shipped birth registration (1.001193)', () => {
    const schema = readJson('schemas/procedures/1.001193/schema.json');
    expect(dueDate(schema, '2026-03-06T15:30:00+07:00').date).toBe('2026-03-09');
  });
});

describe('dueDate in calendar days', () => {
  it.each([
    ['a working last day stays', '2026-03-02T10:00:00+07:00', 15, '2026-03-17'],
    ['a last day in Tết moves to the first working day after it', '2026-02-02T10:00:00+07:00', 15, '2026-02-23'],
    ['a last day on Giỗ Tổ (Sunday) moves past its compensatory Monday', '2026-04-16T10:00:00+07:00', 10, '2026-04-28'],
    ['a last day on 2/9 moves to 3/9', '2026-08-18T10:00:00+07:00', 15, '2026-09-03'],
  ])('%s', (_what, receivedAt, days, date) => {
    expect(dueDate(procedure({ value: days, unit: 'DAY' }), receivedAt).date).toBe(date);
  });

  it('is read from the shipped game-point certificate (1.013792, 15 days)', () => {
    expect(dueDate(readJson('schemas/procedures/1.013792/schema.json'), '2026-03-02T10:00:00+07:00').date).toBe('2026-03-17');
  });
});

describe('dueDate in hours', () => {
  it.each([
    ['the same day', '2026-03-05T10:00:00+07:00', 4, '2026-03-05T14:00:00+07:00'],
    ['received on a day off: from the next working day’s opening', '2026-02-20T10:00:00+07:00', 4, '2026-02-23T11:30:00+07:00'],
  ])('%s', (_what, receivedAt, hours, dueAt) => {
    expect(dueDate(procedure({ value: hours, unit: 'HOUR' }), receivedAt).dueAt).toBe(dueAt);
  });
});

describe('dueDate options', () => {
  it('takes another calendar, processing time and closing time', () => {
    // The statutory calendar knows no swapped Saturday: 21 Aug 2026 + 1 is Monday 24 Aug.
    expect(dueDate(workingDays(1), '2026-08-21T10:00:00+07:00', { calendar: STATUTORY_CALENDAR }).date).toBe('2026-08-24');
    expect(dueDate(workingDays(1), '2026-03-05T10:00:00+07:00', { processingTime: { value: 3, unit: 'WORKING_DAY' } }).date).toBe('2026-03-10');
    expect(dueDate(workingDays(1), '2026-03-05T10:00:00+07:00', { closingTime: '16:30' }).dueAt).toBe('2026-03-06T16:30:00+07:00');
  });
});

describe('dueDate: bad input gets a clear, typed error', () => {
  it.each([
    ['a date without a time', () => dueDate(workingDays(1), '2026-03-05'), 'invalid-received-at'],
    ['a time without its zone', () => dueDate(workingDays(1), '2026-03-05T10:00:00'), 'invalid-received-at'],
    ['an invalid Date', () => dueDate(workingDays(1), new Date(Number.NaN)), 'invalid-received-at'],
    // Date.parse would read these as 2 March and the next day: a due date counted from a day the citizen never chose.
    ['30 February', () => dueDate(workingDays(1), '2026-02-30T10:00:00+07:00'), 'invalid-received-at'],
    ['hour 24', () => dueDate(workingDays(1), '2026-03-05T24:00:00+07:00'), 'invalid-received-at'],
    ['half a working day', () => dueDate(workingDays(1.5), '2026-03-05T10:00:00+07:00'), 'unsupported-value'],
    ['a negative time', () => dueDate(workingDays(-1), '2026-03-05T10:00:00+07:00'), 'unsupported-value'],
    ['a cut-off that is not HH:MM', () => dueDate(procedure({ value: 0, unit: 'WORKING_DAY', sameDayCutoff: '3pm' }), '2026-03-05T10:00:00+07:00'), 'invalid-time'],
    ['a closing time past midnight', () => dueDate(workingDays(1), '2026-03-05T10:00:00+07:00', { closingTime: '24:00' }), 'invalid-time'],
    ['no processing time', () => dueDate({ 'x-dvc': {} }, '2026-03-05T10:00:00+07:00'), 'no-procedure'],
  ])('%s', (_what, run, code) => {
    expect(run).toThrow(DueDateError);
    try {
      run();
    } catch (error) {
      expect((error as DueDateError).code).toBe(code);
    }
  });
});
