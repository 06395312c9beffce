import { describe, expect, it } from 'vitest';
import { STATUTORY_CALENDAR } from '@dvc-kit/vn';
import { apologize, applyEvent, openDossier, timelinessOf } from '../src/index.js';
import type { Dossier, DossierEvent } from '../src/index.js';
import { INIT, STATE_OF, readJson } from './helpers.js';

// Runs under TZ=UTC and again under TZ=America/New_York (vitest.config.ts): nothing may depend on the machine's zone.

/** A dossier received at `receivedAt` for a procedure, its due date from `dueDate()`, in process or finished at `finishedAt`. */
function dossier(procedureCode: string, receivedAt: string, finishedAt?: string): Dossier {
  const procedure = readJson(`schemas/procedures/${procedureCode}/schema.json`);
  let d = openDossier({ ...INIT, channel: 'DIRECT' }, { state: STATE_OF.RECEIVED, at: receivedAt }, { procedure });
  d = applyEvent(d, { state: STATE_OF.IN_PROCESS, at: receivedAt });
  if (finishedAt) d = applyEvent(d, { state: STATE_OF.RESULT_READY, at: finishedAt });
  return d;
}

type Row = [what: string, procedure: string, receivedAt: string, dueDay: string, finishedAt: string | undefined, now: string, timeliness: string, left: number, over: number];

describe('timeliness against the original due date, in working days (civil-service calendar)', () => {
  it.each<Row>([
    // Tết 2026: off 14-22 Feb. 5 working days from Fri 13 Feb: Fri 27 Feb (brief §4).
    ['Tết 2026, open inside the break', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', undefined, '2026-02-16T10:00:00+07:00', 'pending', 5, 0],
    ['Tết 2026, open the day before', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', undefined, '2026-02-26T10:00:00+07:00', 'pending', 1, 0],
    ['Tết 2026, open on the due day', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', undefined, '2026-02-27T16:59:00+07:00', 'pending', 0, 0],
    ['Tết 2026, open the Saturday after', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', undefined, '2026-02-28T08:00:00+07:00', 'overdue', 0, 0],
    ['Tết 2026, open two working days after', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', undefined, '2026-03-03T08:00:00+07:00', 'overdue', 0, 2],
    ['Tết 2026, finished two days early', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', '2026-02-25T15:00:00+07:00', '2026-03-10T08:00:00+07:00', 'early', 2, 0],
    ['Tết 2026, finished on the due day after closing', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', '2026-02-27T18:30:00+07:00', '2026-03-10T08:00:00+07:00', 'on-time', 0, 0],
    ['Tết 2026, finished late', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', '2026-03-02T08:00:00+07:00', '2026-03-10T08:00:00+07:00', 'late', 0, 1],
    // 17:30 UTC on Fri 27 Feb is 00:30 on Sat 28 Feb in Hà Nội: late, though no working day over.
    ['Tết 2026, an instant in UTC read in Hà Nội', '1.012783', '2026-02-13T09:30:00+07:00', '2026-02-27', '2026-02-27T17:30:00Z', '2026-03-10T08:00:00+07:00', 'late', 0, 0],
    // Tết 2027 (statutory rules: eve Fri 5 Feb to Tue 9 Feb, plus Wed 10 and Thu 11 Feb in lieu of the weekend days).
    ['Tết 2027, due after the break', '2.000720', '2027-02-04T10:00:00+07:00', '2027-02-16', undefined, '2027-02-08T10:00:00+07:00', 'pending', 3, 0],
    ['Tết 2027, finished on the first day back', '2.000720', '2027-02-04T10:00:00+07:00', '2027-02-16', '2027-02-12T10:00:00+07:00', '2027-03-01T10:00:00+07:00', 'early', 2, 0],
    // 30/4-1/5 2026 (Thu-Fri): 3 working days from Wed 29 Apr is Wed 6 May.
    ['30/4-1/5 2026, open during the break', '2.000720', '2026-04-29T10:00:00+07:00', '2026-05-06', undefined, '2026-05-01T10:00:00+07:00', 'pending', 3, 0],
    ['30/4-1/5 2026, open a day over', '2.000720', '2026-04-29T10:00:00+07:00', '2026-05-06', undefined, '2026-05-07T10:00:00+07:00', 'overdue', 0, 1],
    ['30/4-1/5 2026, finished early', '2.000720', '2026-04-29T10:00:00+07:00', '2026-05-06', '2026-05-05T10:00:00+07:00', '2026-05-07T10:00:00+07:00', 'early', 1, 0],
    // 30/4-1/5 2027 (Fri-Sat, Mon 3 May in lieu): 3 working days from Thu 29 Apr is Thu 6 May.
    ['30/4-1/5 2027, with the day in lieu', '2.000720', '2027-04-29T10:00:00+07:00', '2027-05-06', undefined, '2027-04-30T10:00:00+07:00', 'pending', 3, 0],
    // 2/9 2026: off 29 Aug-2 Sep. 3 working days from Thu 27 Aug is Fri 4 Sep (brief §4).
    ['2/9 2026, open during the break', '2.000720', '2026-08-27T10:00:00+07:00', '2026-09-04', undefined, '2026-09-01T10:00:00+07:00', 'pending', 2, 0],
    ['2/9 2026, finished late', '2.000720', '2026-08-27T10:00:00+07:00', '2026-09-04', '2026-09-08T10:00:00+07:00', '2026-09-10T10:00:00+07:00', 'late', 0, 2],
    // 2/9 2027 (Thu, with Fri 3 Sep): 3 working days from Tue 31 Aug is Tue 7 Sep.
    ['2/9 2027, open over the long weekend', '2.000720', '2027-08-31T10:00:00+07:00', '2027-09-07', undefined, '2027-09-03T10:00:00+07:00', 'pending', 2, 0],
    // Calendar days (15 DAY): from Fri 13 Feb 2026, 28 Feb is a Saturday: moved to Mon 2 Mar.
    ['calendar days landing on a weekend', '1.013792', '2026-02-13T10:00:00+07:00', '2026-03-02', undefined, '2026-03-04T10:00:00+07:00', 'overdue', 0, 2],
  ])('%s', (_what, procedure, receivedAt, dueDay, finishedAt, now, timeliness, left, over) => {
    const report = timelinessOf(dossier(procedure, receivedAt, finishedAt), { now });
    expect(report).toMatchObject({ timeliness, dueDay, workingDaysLeft: left, workingDaysOver: over });
    expect(report?.finishedAt).toBe(finishedAt);
    expect(report?.revised).toBeUndefined();
  });

  it('takes the time of the first RESULT_READY as the finish, even after the result is returned', () => {
    let d = dossier('1.012783', '2026-02-13T09:30:00+07:00', '2026-02-26T10:00:00+07:00');
    d = applyEvent(d, { state: STATE_OF.RETURNED, at: '2026-03-05T10:00:00+07:00' });
    expect(timelinessOf(d, { now: '2026-03-10T10:00:00+07:00' })).toMatchObject({ timeliness: 'early', finishedAt: '2026-02-26T10:00:00+07:00', workingDaysLeft: 1 });
  });

  it('uses the calendar it is given', () => {
    // The statutory calendar has 1-2 Sep 2026 off only; the civil service also has Mon 31 Aug off (for Sat 22 Aug).
    const d = { ...dossier('2.000720', '2026-08-26T09:30:00+07:00'), dueAt: '2026-09-04T17:00:00+07:00' };
    expect(timelinessOf(d, { now: '2026-08-27T10:00:00+07:00', calendar: STATUTORY_CALENDAR })?.workingDaysLeft).toBe(4);
    expect(timelinessOf(d, { now: '2026-08-27T10:00:00+07:00' })?.workingDaysLeft).toBe(3);
  });

  it('has nothing to measure before receipt, or for a dossier that ended without a result', () => {
    const submitted = openDossier(INIT, { state: STATE_OF.SUBMITTED, at: '2026-02-12T08:00:00+07:00' });
    expect(timelinessOf(submitted)).toBeUndefined();
    const open = dossier('1.012783', '2026-02-13T09:30:00+07:00');
    for (const state of [STATE_OF.WITHDRAWN, STATE_OF.STOPPED]) {
      expect(timelinessOf(applyEvent(open, { state, at: '2026-02-24T10:00:00+07:00' }))).toBeUndefined();
    }
  });
});

describe('after an apology', () => {
  const open = dossier('1.012783', '2026-02-13T09:30:00+07:00'); // due Fri 27 Feb
  const apologized = apologize(open, { at: '2026-02-26T10:00:00+07:00', reason: 'Chờ xác minh', revisedDueAt: '2026-03-06T17:00:00+07:00' });

  it('stays measured against the original date; the revised one is measured beside it', () => {
    expect(timelinessOf(apologized, { now: '2026-03-04T10:00:00+07:00' })).toMatchObject({
      timeliness: 'overdue',
      dueDay: '2026-02-27',
      workingDaysOver: 3,
      revised: { timeliness: 'pending', dueDay: '2026-03-06', workingDaysLeft: 2, workingDaysOver: 0 },
    });
  });

  it('a dossier finished by the revised date is still late', () => {
    const finished = applyEvent(apologized, { state: STATE_OF.RESULT_READY, at: '2026-03-05T10:00:00+07:00' } satisfies DossierEvent);
    expect(timelinessOf(finished)).toMatchObject({ timeliness: 'late', workingDaysOver: 4, revised: { timeliness: 'early', workingDaysLeft: 1 } });
  });
});
