import { describe, expect, it } from 'vitest';
import { ContractError, apologize, applyEvent, openDossier } from '../src/index.js';
import type { Agency, Dossier, DossierFees, LifecycleStep } from '../src/index.js';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '../src/samples.js';
import { MAX_STATISTICS_MONTHS, StatisticsError, computeStatistics, emptyCounts, readStatistics } from '../src/statistics.js';
import type { StatisticsCounts } from '../src/statistics.js';
import { INIT, STATE_OF } from './helpers.js';

// Runs under TZ=UTC and again under TZ=America/New_York (vitest.config.ts): months are Vietnam's whatever the machine's zone.

const WARD: Agency = { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' };
const CENTRE: Agency = { id: '000.00.01.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn' };
const JUSTICE: Agency = { id: '000.00.12.H99', name: 'Sở Tư pháp tỉnh Minh Sơn' };

/** Counts with only the named figures set. */
const counts = (set: Partial<StatisticsCounts>): StatisticsCounts => ({ ...emptyCounts(), ...set });

const fees = (total: number, status: DossierFees['payment']['status'], paidAt?: string): DossierFees => ({
  lines: [{ key: 'fee', kind: 'LE_PHI', name: 'Lệ phí', gross: total, amount: total }],
  total,
  payment: paidAt === undefined ? { status, amount: total } : { status, amount: total, paidAt },
});

type Step = [step: LifecycleStep, at: string, agency?: Agency];

/**
 * A dossier filed online at `filedAt` (or at the desk when `channel` is DIRECT: its history starts at RECEIVED), taken
 * through `steps` by `agency`, due at `dueAt`.
 */
function dossier(code: string, filedAt: string, agency: Agency, steps: Step[], extra: Partial<Dossier> & { channel?: Dossier['channel'] } = {}): Dossier {
  const channel = extra.channel ?? 'ONLINE';
  let d =
    channel === 'ONLINE'
      ? openDossier({ ...INIT, code, channel, submittedAt: filedAt }, { state: STATE_OF.SUBMITTED, at: filedAt, actor: 'Công dân' })
      : openDossier({ ...INIT, code, channel, submittedAt: filedAt }, { state: STATE_OF.RECEIVED, at: filedAt, agency });
  for (const [step, at, by = agency] of steps) {
    const state = step === 'IN_PROCESS' ? { kind: 'IN_PROCESS' as const, agency: by } : STATE_OF[step];
    d = applyEvent(d, { state, at, agency: by });
  }
  return { ...d, ...extra };
}

// Due Fri 13 Mar 2026 (received Mon 9 Mar), Vietnam time.
const DUE = '2026-03-13T17:00:00+07:00';
const ACCEPTED: Step[] = [
  ['RECEIVED', '2026-03-09T08:00:00+07:00'],
  ['IN_PROCESS', '2026-03-09T09:00:00+07:00'],
];

const FIXTURES = {
  // Finished a day early, paid online.
  early: dossier('A-1', '2026-03-08T20:00:00+07:00', WARD, [...ACCEPTED, ['RESULT_READY', '2026-03-12T10:00:00+07:00']], { dueAt: DUE, fees: fees(50_000, 'paid', '2026-03-08T20:05:00+07:00') }),
  // Finished after closing time on the due day: on time.
  onTime: dossier('A-2', '2026-03-09T07:00:00+07:00', WARD, [...ACCEPTED, ['RESULT_READY', '2026-03-13T18:30:00+07:00'], ['RETURNED', '2026-03-16T08:00:00+07:00']], { dueAt: DUE }),
  // 17:30 UTC on the due day is 00:30 on Saturday in Vietnam: late, and in April's row when that Saturday opens April.
  lateAtMidnight: dossier('A-3', '2026-03-27T10:00:00+07:00', WARD, [['RECEIVED', '2026-03-27T10:30:00+07:00'], ['IN_PROCESS', '2026-03-27T11:00:00+07:00'], ['RESULT_READY', '2026-03-31T17:30:00Z']], {
    dueAt: '2026-03-31T17:00:00+07:00',
    fees: fees(100_000, 'unpaid'),
  }),
  // Filed on paper at the desk, still open, due after asOf.
  paperOpen: dossier('B-1', '2026-04-01T09:00:00+07:00', CENTRE, [['IN_PROCESS', '2026-04-01T10:00:00+07:00']], { channel: 'DIRECT', dueAt: '2026-04-30T17:00:00+07:00', fees: fees(20_000, 'pending') }),
  // Open and overdue at asOf; filed online at 23:30 on 31 Jan Vietnam time, which is still 31 Jan (16:30 UTC).
  overdue: dossier('B-2', '2026-01-31T16:30:00Z', CENTRE, [['RECEIVED', '2026-02-02T08:00:00+07:00'], ['IN_PROCESS', '2026-02-02T09:00:00+07:00']], { dueAt: '2026-02-06T17:00:00+07:00' }),
  // Filed online at 00:30 on 1 Mar Vietnam time (28 Feb 17:30 UTC): March. Refused: neither open nor finished.
  refused: dossier('C-1', '2026-02-28T17:30:00Z', JUSTICE, [['REFUSED', '2026-03-02T08:00:00+07:00']]),
  // Filed online, no agency has acted yet.
  waiting: dossier('C-2', '2026-04-02T08:00:00+07:00', JUSTICE, []),
};
const AS_OF = '2026-04-03T10:00:00+07:00';
const ALL = Object.values(FIXTURES);

describe('computeStatistics on small fixtures (hand-computed)', () => {
  const stats = computeStatistics(ALL, { asOf: AS_OF, from: '2026-01', to: '2026-04' });

  it('counts each dossier in the month it was filed and the month it finished, in Vietnam time', () => {
    expect(stats.from).toBe('2026-01');
    expect(stats.to).toBe('2026-04');
    expect(stats.asOf).toBe('2026-04-03T03:00:00.000Z');
    expect(stats.skipped).toBe(0);
    expect(stats.byMonth).toEqual([
      { month: '2026-01', ...counts({ received: 1, filedOnline: 1, overdue: 1 }) },
      { month: '2026-02', ...counts({}) },
      {
        month: '2026-03',
        ...counts({ received: 4, filedOnline: 4, withFees: 2, paidOnline: 1, finished: 2, early: 1, onTime: 1 }),
      },
      { month: '2026-04', ...counts({ received: 2, filedOnline: 1, withFees: 1, finished: 1, late: 1, inProgress: 2 }) },
    ]);
    expect(stats.totals).toEqual(counts({ received: 7, filedOnline: 6, withFees: 3, paidOnline: 1, finished: 3, early: 1, onTime: 1, late: 1, overdue: 1, inProgress: 2 }));
  });

  it('breaks the figures down by agency (the first one in the history) and by agency × month', () => {
    expect(stats.byAgency).toEqual([
      { agency: JUSTICE, ...counts({ received: 1, filedOnline: 1 }) },
      { agency: CENTRE, ...counts({ received: 2, filedOnline: 1, withFees: 1, overdue: 1, inProgress: 1 }) },
      { agency: WARD, ...counts({ received: 3, filedOnline: 3, withFees: 2, paidOnline: 1, finished: 3, early: 1, onTime: 1, late: 1 }) },
      // The one no agency has taken up yet, last.
      counts({ received: 1, filedOnline: 1, inProgress: 1 }),
    ]);
    expect(stats.rows.map((row) => [row.month, row.agency?.name ?? '-', row.received, row.finished])).toEqual([
      ['2026-01', CENTRE.name, 1, 0],
      ['2026-03', JUSTICE.name, 1, 0],
      ['2026-03', WARD.name, 3, 2],
      ['2026-04', CENTRE.name, 1, 0],
      ['2026-04', WARD.name, 0, 1],
      ['2026-04', '-', 1, 0],
    ]);
  });

  it('leaves out what falls outside the period', () => {
    const march = computeStatistics(ALL, { asOf: AS_OF, from: '2026-03', to: '2026-03' });
    expect(march.byMonth).toHaveLength(1);
    expect({ month: '2026-03', ...march.totals }).toEqual(stats.byMonth[2]);
    expect(march.totals).toEqual(counts({ received: 4, filedOnline: 4, withFees: 2, paidOnline: 1, finished: 2, early: 1, onTime: 1 }));
  });

  it('reads the figures as they were at asOf: later events have not happened', () => {
    // 11 Mar: are in process (due 13 Mar), A-3 not filed yet, B-2 overdue, C-1 refused.
    const then = computeStatistics(ALL, { asOf: '2026-03-11T12:00:00+07:00', from: '2026-01', to: '2026-04' });
    expect(then.totals).toEqual(counts({ received: 4, filedOnline: 4, withFees: 1, paidOnline: 1, overdue: 1, inProgress: 2 }));
    // 14 Mar, March only: A-1 finished early, A-2 on the due day after closing (returned only on the 16th), C-1 refused.
    const later = computeStatistics(ALL, { asOf: '2026-03-14T08:00:00+07:00', from: '2026-03', to: '2026-03' });
    expect(later.totals).toEqual(counts({ received: 3, filedOnline: 3, withFees: 1, paidOnline: 1, finished: 2, early: 1, onTime: 1 }));
    // A payment confirmed after asOf was not paid then.
    const beforePaying = computeStatistics([FIXTURES.early], { asOf: '2026-03-08T20:01:00+07:00', from: '2026-03', to: '2026-03' });
    expect(beforePaying.totals).toEqual(counts({ received: 1, filedOnline: 1, withFees: 1, inProgress: 1 }));
  });

  it('keeps lateness against the original due date after an apology', () => {
    let apologised = dossier('D-1', '2026-03-02T08:00:00+07:00', WARD, [['RECEIVED', '2026-03-02T09:00:00+07:00'], ['IN_PROCESS', '2026-03-02T10:00:00+07:00']], { dueAt: '2026-03-06T17:00:00+07:00' });
    apologised = apologize(apologised, { at: '2026-03-04T16:00:00+07:00', reason: 'Chờ xác minh', revisedDueAt: '2026-03-20T17:00:00+07:00' });
    const open = computeStatistics([apologised], { asOf: '2026-03-10T10:00:00+07:00', from: '2026-03', to: '2026-03' });
    expect(open.totals).toEqual(counts({ received: 1, filedOnline: 1, overdue: 1 }));
    const done = applyEvent(apologised, { state: STATE_OF.RESULT_READY, at: '2026-03-18T10:00:00+07:00', agency: WARD });
    const finished = computeStatistics([done], { asOf: '2026-03-31T10:00:00+07:00', from: '2026-03', to: '2026-03' });
    expect(finished.totals).toEqual(counts({ received: 1, filedOnline: 1, finished: 1, late: 1 }));
  });

  it('counts a dossier for the agency agencyOf names, and filters by agency id', () => {
    const holder = (d: Dossier): Agency => (d.state.kind === 'IN_PROCESS' ? d.state.agency : WARD);
    const byHolder = computeStatistics([FIXTURES.paperOpen, FIXTURES.waiting], { asOf: AS_OF, from: '2026-04', to: '2026-04', agencyOf: holder });
    expect(byHolder.byAgency.map((row) => [row.agency?.name, row.received])).toEqual([
      [CENTRE.name, 1],
      [WARD.name, 1],
    ]);
    const centre = computeStatistics(ALL, { asOf: AS_OF, from: '2026-01', to: '2026-04', agencyId: CENTRE.id });
    expect(centre.totals).toEqual(counts({ received: 2, filedOnline: 1, withFees: 1, overdue: 1, inProgress: 1 }));
    expect(centre.byAgency.map((row) => row.agency)).toEqual([CENTRE]);
  });

  it('refuses what agencyOf returns when it is not an agency, and lets its own errors through', () => {
    const options = { asOf: AS_OF, from: '2026-03', to: '2026-03' };
    expect(() => computeStatistics(ALL, { ...options, agencyOf: () => ({ name: '' }) })).toThrow(StatisticsError);
    expect(() => computeStatistics(ALL, { ...options, agencyOf: () => ({ id: 7, name: 'X' }) as unknown as Agency })).toThrow('agencyOf must return an agency');
    expect(() =>
      computeStatistics(ALL, {
        ...options,
        agencyOf: () => {
          throw new Error('no such agency');
        },
      }),
    ).toThrow('no such agency');
    // Only the agency's own id and name are kept.
    const extra = computeStatistics([FIXTURES.early], { ...options, agencyOf: () => ({ ...WARD, secret: 'x' }) as Agency });
    expect(extra.byAgency[0].agency).toEqual(WARD);
  });

  it('keeps agency ids such as __proto__ and constructor apart, as ordinary keys', () => {
    const proto: Agency = { id: '__proto__', name: 'Proto' };
    const ctor: Agency = { id: 'constructor', name: 'Ctor' };
    const list = [dossier('E-1', '2026-03-02T08:00:00+07:00', proto, [['RECEIVED', '2026-03-02T09:00:00+07:00']]), dossier('E-2', '2026-03-02T08:00:00+07:00', ctor, [['RECEIVED', '2026-03-02T09:00:00+07:00']])];
    const stats = computeStatistics(list, { asOf: AS_OF, from: '2026-03', to: '2026-03' });
    expect(stats.byAgency.map((row) => [row.agency?.id, row.received])).toEqual([
      ['constructor', 1],
      ['__proto__', 1],
    ]);
    expect(Object.getPrototypeOf(stats.byAgency[1])).toBe(Object.prototype);
    expect(computeStatistics(list, { asOf: AS_OF, from: '2026-03', to: '2026-03', agencyId: '__proto__' }).totals.received).toBe(1);
  });

  it('defaults to the twelve months up to asOf', () => {
    const stats = computeStatistics(ALL, { asOf: '2026-04-30T18:00:00Z' });
    // 18:00 UTC on 30 Apr is 1 May in Vietnam.
    expect([stats.from, stats.to]).toEqual(['2025-06', '2026-05']);
    expect(stats.byMonth).toHaveLength(12);
  });
});

describe('computeStatistics on malformed input', () => {
  const good = FIXTURES.early;
  const json = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
  const withEvents = (events: unknown) => ({ ...json, events });

  it('skips malformed dossiers, says how many, and counts the rest', () => {
    const malformed: unknown[] = [
      null,
      'A-1',
      [],
      {},
      { ...json, events: [] },
      withEvents([{ state: { kind: 'SUBMITTED' } }]),
      withEvents([{ state: { kind: 'DRAFT' }, at: '2026-03-08T20:00:00+07:00' }]),
      withEvents([{ state: { kind: 'SUBMITTED' }, at: '2026-03-08 20:00' }]),
      withEvents([{ state: { kind: 'SUBMITTED' }, at: '2026-03-08T20:00:00' }]),
      withEvents([
        { state: { kind: 'SUBMITTED' }, at: '2026-03-09T20:00:00+07:00' },
        { state: { kind: 'RECEIVED' }, at: '2026-03-08T20:00:00+07:00' },
      ]),
      withEvents(Array.from({ length: 501 }, () => ({ state: { kind: 'SUBMITTED' }, at: '2026-03-08T20:00:00+07:00' }))),
      { ...json, dueAt: 'tomorrow' },
      { ...json, fees: { total: '50000', payment: { status: 'paid' } } },
      { ...json, fees: { total: 5, payment: { status: 'refunded' } } },
      // Inherited properties are not the dossier's own.
      Object.create(json) as unknown,
      JSON.parse(`{"__proto__": ${JSON.stringify(json)}}`) as unknown,
    ];
    const stats = computeStatistics([...malformed, good] as Dossier[], { asOf: AS_OF, from: '2026-03', to: '2026-03' });
    expect(stats.skipped).toBe(malformed.length);
    expect(stats.totals).toEqual(counts({ received: 1, filedOnline: 1, withFees: 1, paidOnline: 1, finished: 1, early: 1 }));
    expect(({} as Record<string, unknown>).received).toBeUndefined();
  });

  it.each<[string, Parameters<typeof computeStatistics>[1], string]>([
    ['a month not YYYY-MM', { from: '2026-3', to: '2026-04' }, 'invalid-month'],
    ['month 13', { from: '2026-13', to: '2026-04' }, 'invalid-month'],
    ['from after to', { from: '2026-05', to: '2026-04' }, 'invalid-range'],
    ['more than ten years', { from: '2016-04', to: '2026-04' }, 'invalid-range'],
    ['asOf without its zone', { asOf: '2026-04-03T10:00:00' }, 'invalid-as-of'],
    ['an invalid Date', { asOf: new Date(Number.NaN) }, 'invalid-as-of'],
  ])('refuses %s with a StatisticsError', (_what, options, code) => {
    expect(() => computeStatistics([], options)).toThrow(StatisticsError);
    try {
      computeStatistics([], options);
    } catch (error) {
      expect((error as StatisticsError).code).toBe(code);
      expect((error as Error).message.length).toBeGreaterThan(10);
    }
  });

  it('refuses an answer over the bounds of the contract, agencies or agency × month rows', () => {
    const one = (agency: Agency, month: number) => dossier(`F-${agency.name}-${month}`, `${2017 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-10T08:00:00+07:00`, agency, [['RECEIVED', `${2017 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-10T09:00:00+07:00`]]);
    const agencies = Array.from({ length: 1001 }, (_, i): Agency => ({ id: `A${i}`, name: `Cơ quan ${i}` }));
    const options = { asOf: '2026-12-31T10:00:00+07:00', from: '2017-01', to: '2026-12' };
    expect(() => computeStatistics(agencies.map((a) => one(a, 0)), options)).toThrow(/1001 agencies .* choose fewer months or one agency/);
    // 101 agencies over 100 months: 10,100 rows.
    const many = agencies.slice(0, 101).flatMap((a) => Array.from({ length: 100 }, (_, month) => one(a, month)));
    try {
      computeStatistics(many, options);
      expect.unreachable();
    } catch (error) {
      expect((error as StatisticsError).code).toBe('too-large');
    }
    expect(computeStatistics(many, { ...options, agencyId: 'A7' }).rows).toHaveLength(100);
  });

  it('takes exactly MAX_STATISTICS_MONTHS months', () => {
    expect(computeStatistics([], { asOf: AS_OF, from: '2016-05', to: '2026-04' }).byMonth).toHaveLength(MAX_STATISTICS_MONTHS);
  });
});

describe('computeStatistics on the package samples (SAMPLE_DOSSIERS, at SAMPLE_NOW)', () => {
  const stats = computeStatistics(Object.values(SAMPLE_DOSSIERS), { asOf: SAMPLE_NOW, from: '2026-02', to: '2026-03' });

  it('matches the hand count of the fourteen samples', () => {
    // Online: all but `received` and `rejected` (at the desk). Fees: received, inProcess, supplementInProcessing,
    // paymentRequired, late, resultReady, returned; paid: supplementInProcessing, resultReady, returned.
    // Finished: rejected (27 Feb, due 2 Mar: early), returned (26 Feb, due 2 Mar: early), resultReady (2 Mar, due
    // 2 Mar: on time). Overdue: late (due 27 Feb), apology (due 24 Feb, apology notwithstanding). Open in time:
    // submitted, supplementAtIntake (no due date yet), received, inProcess, supplementInProcessing, paymentRequired.
    expect(stats.totals).toEqual(counts({ received: 14, filedOnline: 12, withFees: 7, paidOnline: 3, finished: 3, early: 2, onTime: 1, late: 0, overdue: 2, inProgress: 6 }));
    expect(stats.byMonth).toEqual([
      { month: '2026-02', ...counts({ received: 9, filedOnline: 8, withFees: 4, paidOnline: 2, finished: 2, early: 2, overdue: 2, inProgress: 2 }) },
      { month: '2026-03', ...counts({ received: 5, filedOnline: 4, withFees: 3, paidOnline: 1, finished: 1, onTime: 1, inProgress: 4 }) },
    ]);
    expect(stats.skipped).toBe(0);
  });

  it('names the agency that took each sample up', () => {
    expect(stats.byAgency.map((row) => [row.agency?.id ?? '-', row.received])).toEqual([
      ['000.19.01.H29', 3], // Sở Tư pháp Hà Nội: refused, supplementInProcessing, returned
      ['000.00.01.H29', 3], // the provincial centre: received, inProcess, stopped
      ['000.00.12.H29', 7], // UBND phường Ba Đình
      ['-', 1], // submitted: no agency has acted yet
    ]);
  });
});

describe('readStatistics', () => {
  const stats = computeStatistics(ALL, { asOf: AS_OF, from: '2026-01', to: '2026-04' });
  const wire = () => JSON.parse(JSON.stringify(stats)) as Record<string, unknown> & { byMonth: Record<string, unknown>[]; rows: Record<string, unknown>[]; totals: Record<string, unknown> };

  it('reads what computeStatistics returns, and drops unknown properties', () => {
    expect(readStatistics(wire())).toEqual(stats);
    const extra = { ...wire(), note: 'x', totals: { ...wire().totals, other: 1 } };
    expect(readStatistics(extra)).toEqual(stats);
  });

  it.each<[string, (json: ReturnType<typeof wire>) => unknown, string]>([
    ['not an object', () => [], '/: must be an object, got a list'],
    ['no asOf', ({ asOf: _asOf, ...rest }) => rest, '/: "asOf" is required'],
    ['asOf without zone', (json) => ({ ...json, asOf: '2026-04-03T10:00:00' }), '/asOf: must be an ISO date-time with its zone'],
    ['asOf on 30 February', (json) => ({ ...json, asOf: '2026-02-30T10:00:00+07:00' }), '/asOf: must be an ISO date-time with its zone'],
    ['a month not YYYY-MM', (json) => ({ ...json, from: '2026-1' }), '/from: has the wrong form'],
    ['to before from', (json) => ({ ...json, to: '2025-12' }), '/to: must not be before from'],
    ['a negative count', (json) => ({ ...json, totals: { ...json.totals, late: -1 } }), '/totals/late: must be a whole number, at least 0'],
    ['a fractional count', (json) => ({ ...json, totals: { ...json.totals, late: 0.5 } }), '/totals/late: must be a whole number'],
    ['a missing count', (json) => ({ ...json, totals: Object.fromEntries(Object.entries(json.totals).filter(([key]) => key !== 'overdue')) }), '/totals: "overdue" is required'],
    ['a part above its whole', (json) => ({ ...json, totals: { ...json.totals, paidOnline: 4 } }), '/totals: paidOnline (4) is above withFees (3)'],
    ['a month missing', (json) => ({ ...json, byMonth: json.byMonth.slice(1) }), '/byMonth/0/month: must be 2026-01'],
    ['a month too many', (json) => ({ ...json, byMonth: [...json.byMonth, { ...json.byMonth[0], month: '2026-05' }] }), '/byMonth: must have one item per month from 2026-01 to 2026-04 (4), got 5'],
    ['months that do not add up', (json) => ({ ...json, byMonth: json.byMonth.map((m, i) => (i === 1 ? { ...m, received: 1, inProgress: 1 } : m)) }), '/byMonth: the received figures add up to 8, the totals say 7'],
    ['a row outside the period', (json) => ({ ...json, rows: json.rows.map((r, i) => (i === 0 ? { ...r, month: '2025-12' } : r)) }), '/rows/0/month: must be within 2026-01 to 2026-04'],
    ['an agency without a name', (json) => ({ ...json, rows: json.rows.map((r, i) => (i === 0 ? { ...r, agency: { id: 'X' } } : r)) }), '/rows/0/agency: "name" is required'],
    ['a row twice', (json) => ({ ...json, rows: [...json.rows, json.rows[0]] }), '/rows/6: names a month and agency twice'],
    ['an agency twice', (json) => ({ ...json, byAgency: [(json.byAgency as unknown[])[1], ...(json.byAgency as unknown[])] }), '/byAgency/2: names an agency twice'],
    ['too many rows', (json) => ({ ...json, rows: Array.from({ length: 10_001 }, () => json.rows[0]) }), '/rows: must have at most 10000 items, got 10001'],
    ['no skipped', ({ skipped: _skipped, ...rest }) => rest, '/: "skipped" is required'],
  ])('refuses %s with a ContractError that says where', (_what, change, message) => {
    const broken = change(wire());
    expect(() => readStatistics(broken)).toThrow(ContractError);
    expect(() => readStatistics(broken)).toThrow(message);
  });

  it('does not take inherited properties', () => {
    const inherited = Object.create(wire()) as unknown;
    expect(() => readStatistics(inherited)).toThrow('/: "asOf" is required');
    const viaProto = JSON.parse(`{"__proto__": ${JSON.stringify(stats)}}`) as unknown;
    expect(() => readStatistics(viaProto)).toThrow('/: "asOf" is required');
  });
});
