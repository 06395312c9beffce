/**
 * The public statistics of a service centre, computed from its dossiers' event logs: how many were filed, how many
 * online, how many paid online, how many finished early, on time or late, and how many are overdue now, per agency
 * and month (in Asia/Ho_Chi_Minh, whatever the machine's zone). The indicators follow what provinces are scored on
 * (online filing, online payment, timeliness); lateness is always against the original due date (domain brief §3).
 *
 * The JSON shape is `schemas/api/statistics.schema.json`; `readStatistics` checks an answer against it.
 */
import { toInstant } from '@dvc-kit/vn/calendar';
import { timelinessOf } from './timeliness.js';
import type { TimelinessOptions } from './timeliness.js';
import type { Agency, Dossier, DossierEvent, Instant } from './types.js';
import { DOSSIER_STATE_KINDS, PAYMENT_STATUSES, TERMINAL_STATE_KINDS } from './types.js';
import { dayText, vnDayNumber } from './time.js';

export { readStatistics } from './read-statistics.js';

/**
 * The counts of a group of dossiers. Each dossier is counted in the month of the event that the count is about:
 * the month it was filed for `received` to `paidOnline` and for `overdue` / `inProgress` (the backlog, by the month
 * it came in), the month it finished for `finished` to `late`.
 */
export interface StatisticsCounts {
  /** Filed in the month: the first event of its history (submitted online, or received at the desk). */
  received: number;
  /** Of `received`, filed online (channel ONLINE). */
  filedOnline: number;
  /** Of `received`, with fees to pay (a total above 0). */
  withFees: number;
  /** Of `withFees`, paid through the online payment (payment status `paid`). */
  paidOnline: number;
  /** Reached RESULT_READY (status code 9) in the month, granted or rejected. */
  finished: number;
  /** Of `finished`, before the original due day (trước hạn). */
  early: number;
  /** Of `finished`, on the due day (đúng hạn). */
  onTime: number;
  /** Of `finished`, after the due day (quá hạn), an apology notwithstanding. `early + onTime + late` can be below `finished` when a dossier had no due date. */
  late: number;
  /** Of `received`, not finished and past the original due day at `asOf`. */
  overdue: number;
  /** Of `received`, not finished, not ended (refused, withdrawn, stopped) and not overdue at `asOf`. */
  inProgress: number;
}

/** The counts of one month, `YYYY-MM` in Asia/Ho_Chi_Minh. */
export interface MonthStatistics extends StatisticsCounts {
  month: string;
}

/** The counts of one agency; `agency` is absent for dossiers no agency has acted on yet (filed online, not yet taken up). */
export interface AgencyStatistics extends StatisticsCounts {
  agency?: Agency;
}

/** The counts of one agency in one month. */
export interface StatisticsRow extends StatisticsCounts {
  month: string;
  agency?: Agency;
}

export interface DossierStatistics {
  /** The moment the figures describe: open dossiers are overdue or in progress as of then. */
  asOf: Instant;
  /** The first month, `YYYY-MM` (Asia/Ho_Chi_Minh). */
  from: string;
  /** The last month, `YYYY-MM`, included. */
  to: string;
  /** Every month from `from` to `to`, in order, zeros included (what a chart draws). */
  byMonth: MonthStatistics[];
  /** Every agency with a count in the period, by name. */
  byAgency: AgencyStatistics[];
  /** Every agency × month with a count, by month then agency name. */
  rows: StatisticsRow[];
  totals: StatisticsCounts;
  /** Dossiers left out because they are malformed (no history, an event that is not an instant, …). */
  skipped: number;
}

export interface StatisticsOptions {
  /** The moment the figures describe; default now. Events after it are not counted. */
  asOf?: Date | Instant;
  /** The first month, `YYYY-MM`; default 11 months before `to` (a year). */
  from?: string;
  /** The last month, `YYYY-MM`; default the month of `asOf`. */
  to?: string;
  /** The agency a dossier counts for; default the first agency in its history (the one that took it up). */
  agencyOf?: (dossier: Dossier) => Agency | undefined;
  /** Only the dossiers of the agency with this electronic identifier. */
  agencyId?: string;
  /** The working calendar for timeliness (`timelinessOf`'s). */
  calendar?: TimelinessOptions['calendar'];
}

/** At most ten years of months in one answer. */
export const MAX_STATISTICS_MONTHS = 120;
/** At most this many agencies, and agency × month rows, in one answer (the contract's bounds, which readers enforce). */
export const MAX_STATISTICS_AGENCIES = 1000;
export const MAX_STATISTICS_ROWS = 10_000;
/** Longer histories are malformed (the contract's bound). */
const MAX_EVENTS = 500;

export const STATISTICS_ERROR_CODES = ['invalid-month', 'invalid-range', 'invalid-as-of', 'invalid-input', 'too-large'] as const;
export type StatisticsErrorCode = (typeof STATISTICS_ERROR_CODES)[number];

/**
 * Options that cannot be computed with: a month not `YYYY-MM`, `from` after `to`, a range over
 * `MAX_STATISTICS_MONTHS`, an `asOf` that is not an instant, an `agencyOf` that returns no agency; or an answer over
 * the contract's bounds (`too-large`: choose fewer months or one agency).
 */
export class StatisticsError extends Error {
  readonly code: StatisticsErrorCode;
  constructor(code: StatisticsErrorCode, message: string) {
    super(message);
    this.name = 'StatisticsError';
    this.code = code;
  }
}

const COUNT_KEYS = ['received', 'filedOnline', 'withFees', 'paidOnline', 'finished', 'early', 'onTime', 'late', 'overdue', 'inProgress'] as const satisfies readonly (keyof StatisticsCounts)[];
export const STATISTICS_COUNT_KEYS: readonly (keyof StatisticsCounts)[] = COUNT_KEYS;

export function emptyCounts(): StatisticsCounts {
  return { received: 0, filedOnline: 0, withFees: 0, paidOnline: 0, finished: 0, early: 0, onTime: 0, late: 0, overdue: 0, inProgress: 0 };
}

const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 of `YYYY-MM`. */
function monthIndex(month: string, what: string): number {
  const match = typeof month === 'string' ? MONTH.exec(month) : null;
  if (!match) throw new StatisticsError('invalid-month', `${what} must be a month written YYYY-MM, got ${JSON.stringify(month)}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthText(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month (`YYYY-MM`) of an instant in Asia/Ho_Chi_Minh. */
export function vnMonthOf(ms: number): string {
  return dayText(vnDayNumber(ms)).slice(0, 7);
}

function instantMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return toInstant(value);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The dossier with each event's time read once (oldest first); undefined when the dossier is malformed. */
function historyOf(dossier: unknown): { dossier: Dossier; times: number[] } | undefined {
  if (!isObject(dossier) || !Object.hasOwn(dossier, 'events') || !Object.hasOwn(dossier, 'channel')) return undefined;
  const events: unknown = dossier.events;
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS) return undefined;
  const times: number[] = [];
  for (const event of events) {
    if (!isObject(event) || !Object.hasOwn(event, 'state') || !Object.hasOwn(event, 'at')) return undefined;
    const state = event.state;
    if (!isObject(state) || !(DOSSIER_STATE_KINDS as readonly unknown[]).includes(state.kind)) return undefined;
    const ms = instantMs(event.at);
    // Oldest first, as the contract says: a history out of order cannot say what happened when.
    if (ms === undefined || (times.length > 0 && ms < times[times.length - 1])) return undefined;
    times.push(ms);
  }
  for (const key of ['dueAt', 'revisedDueAt'] as const) {
    if (Object.hasOwn(dossier, key) && instantMs(dossier[key]) === undefined) return undefined;
  }
  if (Object.hasOwn(dossier, 'fees') && !feesOk(dossier.fees)) return undefined;
  return { dossier: dossier as unknown as Dossier, times };
}

function feesOk(fees: unknown): boolean {
  if (!isObject(fees) || typeof fees.total !== 'number' || !Number.isFinite(fees.total)) return false;
  const payment = fees.payment;
  return isObject(payment) && (PAYMENT_STATUSES as readonly unknown[]).includes(payment.status);
}

/** The first agency named in the history: the desk that took the dossier up (an online filing's own event names none). */
function receivingAgency(events: readonly DossierEvent[]): Agency | undefined {
  for (const event of events) {
    const agency: unknown = Object.hasOwn(event, 'agency') ? event.agency : undefined;
    if (isObject(agency) && typeof agency.name === 'string' && agency.name !== '') {
      return typeof agency.id === 'string' && agency.id !== '' ? { id: agency.id, name: agency.name } : { name: agency.name };
    }
  }
  return undefined;
}

/** What `agencyOf` returned, as a fresh agency; a `StatisticsError` when it is not one (the answer's contract needs a name). */
function checkedAgency(value: unknown, code: unknown): Agency | undefined {
  if (value === undefined) return undefined;
  if (isObject(value) && typeof value.name === 'string' && value.name !== '' && (value.id === undefined || (typeof value.id === 'string' && value.id !== ''))) {
    return typeof value.id === 'string' ? { id: value.id, name: value.name } : { name: value.name };
  }
  throw new StatisticsError('invalid-input', `agencyOf must return an agency with a name (and an id, if any, as text), or undefined; got ${JSON.stringify(value)} for dossier ${String(code)}`);
}

/** One key per agency: its identifier, else its name; a Map keeps `__proto__` an ordinary key. */
function agencyKey(agency: Agency | undefined): string {
  if (agency === undefined) return 'none';
  return agency.id !== undefined ? `id:${agency.id}` : `name:${agency.name}`;
}

function compareAgencies(a: Agency | undefined, b: Agency | undefined): number {
  // Dossiers no agency has taken up yet come last.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a.name.localeCompare(b.name, 'vi') || (a.id ?? '').localeCompare(b.id ?? '');
}

/**
 * The statistics of `dossiers` from `from` to `to` as of `asOf`. Malformed dossiers are skipped and counted in
 * `skipped`, never thrown on; the work is linear in the dossiers and their events.
 *
 * @throws {StatisticsError} when the options cannot be used (a month not `YYYY-MM`, `from` after `to`, more than
 * `MAX_STATISTICS_MONTHS` months, `asOf` not an instant with its zone, `agencyOf` returning no agency), or the answer
 * would exceed the contract's bounds (`too-large`). Errors thrown by `agencyOf` itself pass through.
 */
export function computeStatistics(dossiers: readonly Dossier[], options: StatisticsOptions = {}): DossierStatistics {
  if (!Array.isArray(dossiers)) throw new StatisticsError('invalid-input', 'dossiers must be a list');
  let asOfMs: number;
  try {
    asOfMs = toInstant(options.asOf ?? new Date(), 'asOf');
  } catch (error) {
    throw new StatisticsError('invalid-as-of', error instanceof Error ? error.message : 'asOf must be an instant with its zone');
  }
  const to = options.to === undefined ? monthIndex(vnMonthOf(asOfMs), 'asOf') : monthIndex(options.to, 'to');
  const from = options.from === undefined ? to - 11 : monthIndex(options.from, 'from');
  if (from > to) throw new StatisticsError('invalid-range', `from (${monthText(from)}) must not be after to (${monthText(to)})`);
  if (to - from + 1 > MAX_STATISTICS_MONTHS) throw new StatisticsError('invalid-range', `at most ${MAX_STATISTICS_MONTHS} months at once, got ${to - from + 1}`);
  const asOf = new Date(asOfMs).toISOString();

  const byMonth = new Map<string, MonthStatistics>();
  for (let index = from; index <= to; index++) byMonth.set(monthText(index), { month: monthText(index), ...emptyCounts() });
  const byAgency = new Map<string, AgencyStatistics>();
  const rows = new Map<string, StatisticsRow>();
  const totals = emptyCounts();
  let skipped = 0;

  const count = (month: string, agency: Agency | undefined, keys: readonly (keyof StatisticsCounts)[]) => {
    const monthRow = byMonth.get(month);
    if (monthRow === undefined) return; // outside the period
    const key = agencyKey(agency);
    let agencyRow = byAgency.get(key);
    if (agencyRow === undefined) byAgency.set(key, (agencyRow = agency === undefined ? emptyCounts() : { agency, ...emptyCounts() }));
    let row = rows.get(`${month} ${key}`);
    if (row === undefined) rows.set(`${month} ${key}`, (row = agency === undefined ? { month, ...emptyCounts() } : { month, agency, ...emptyCounts() }));
    for (const name of keys) {
      monthRow[name]++;
      agencyRow[name]++;
      row[name]++;
      totals[name]++;
    }
  };

  for (const candidate of dossiers) {
    const read = historyOf(candidate);
    if (read === undefined) {
      skipped++;
      continue;
    }
    // The dossier as it was at `asOf`: its later events have not happened yet.
    const known = read.times.filter((ms) => ms <= asOfMs).length;
    if (known === 0) continue;
    const whole = read.dossier;
    const events = whole.events.slice(0, known);
    const dossier: Dossier = { ...whole, events, state: events[known - 1].state };
    // Received after `asOf`: it had no due date yet.
    if (whole.receivedAt !== undefined && (instantMs(whole.receivedAt) ?? Infinity) > asOfMs) {
      delete dossier.dueAt;
      delete dossier.revisedDueAt;
      delete dossier.apology;
    }

    let report: ReturnType<typeof timelinessOf>;
    try {
      report = timelinessOf(dossier, options.calendar ? { now: new Date(asOfMs), calendar: options.calendar } : { now: new Date(asOfMs) });
    } catch {
      // A due date the calendar cannot place (beyond its years).
      skipped++;
      continue;
    }
    // The caller's agencyOf is the caller's code: its errors are not the dossier's, and are not swallowed.
    const agency = options.agencyOf ? checkedAgency(options.agencyOf(whole), whole.code) : receivingAgency(events);
    if (options.agencyId !== undefined && agency?.id !== options.agencyId) continue;

    const filed: (keyof StatisticsCounts)[] = ['received'];
    if (dossier.channel === 'ONLINE') filed.push('filedOnline');
    if (dossier.fees !== undefined && dossier.fees.total > 0) {
      filed.push('withFees');
      const { status, paidAt } = dossier.fees.payment;
      if (status === 'paid' && (paidAt === undefined || (instantMs(paidAt) ?? Infinity) <= asOfMs)) filed.push('paidOnline');
    }
    const finishedAt = events.find((event) => event.state.kind === 'RESULT_READY')?.at;
    const ended = (TERMINAL_STATE_KINDS as readonly string[]).includes(dossier.state.kind);
    if (finishedAt === undefined && !ended) filed.push(report?.timeliness === 'overdue' ? 'overdue' : 'inProgress');
    count(vnMonthOf(read.times[0]), agency, filed);

    if (finishedAt !== undefined) {
      const finished: (keyof StatisticsCounts)[] = ['finished'];
      if (report?.timeliness === 'early') finished.push('early');
      else if (report?.timeliness === 'on-time') finished.push('onTime');
      else if (report?.timeliness === 'late') finished.push('late');
      count(vnMonthOf(toInstant(finishedAt)), agency, finished);
    }
  }

  if (byAgency.size > MAX_STATISTICS_AGENCIES || rows.size > MAX_STATISTICS_ROWS) {
    throw new StatisticsError(
      'too-large',
      `${byAgency.size} agencies and ${rows.size} agency × month rows are more than one answer holds (${MAX_STATISTICS_AGENCIES} and ${MAX_STATISTICS_ROWS}): choose fewer months or one agency`,
    );
  }
  return {
    asOf,
    from: monthText(from),
    to: monthText(to),
    byMonth: [...byMonth.values()],
    byAgency: [...byAgency.values()].sort((a, b) => compareAgencies(a.agency, b.agency)),
    rows: [...rows.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : compareAgencies(a.agency, b.agency))),
    totals,
    skipped,
  };
}
