/**
 * Reads `GET /statistics` against `schemas/api/statistics.schema.json` without ajv (the browser's check, like
 * `readDossier`): a fresh value from the known own properties, bounded lengths, and what the schema cannot say (the
 * months run from `from` to `to` one by one, every breakdown adds up to the totals, a part is never above its whole).
 * Kept apart from `computeStatistics`, and without `@dvc-kit/vn`'s calendar, so that a page reading the figures
 * loads neither the working-day calendar nor its date parser: an instant is checked against the contract's pattern.
 */
import { ContractError } from './contract-error.js';
import type { Agency, Instant } from './types.js';
// Types only: nothing of statistics.ts is loaded at run time.
import type { AgencyStatistics, DossierStatistics, MonthStatistics, StatisticsCounts, StatisticsRow } from './statistics.js';

type Json = Record<string, unknown>;

const COUNT_KEYS = ['received', 'filedOnline', 'withFees', 'paidOnline', 'finished', 'early', 'onTime', 'late', 'overdue', 'inProgress'] as const satisfies readonly (keyof StatisticsCounts)[];
const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;
const AGENCY_ID = /^[!-~]{1,40}$/;
/** `common.schema.json#/$defs/instant`: a date-time with its zone. */
const INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;
/** The bounds of the contract: ten years of months, a thousand agencies, ten thousand agency × month rows. */
const MAX_MONTHS = 120;
const MAX_AGENCIES = 1000;
const MAX_ROWS = 10_000;

const fail = (at: string, message: string): never => {
  throw new ContractError(at, message);
};

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

function object(value: unknown, at: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(at, `must be an object, got ${kindOf(value)}`);
  return value as Json;
}

function required(json: Json, key: string, at: string): unknown {
  if (!Object.hasOwn(json, key)) fail(at, `"${key}" is required`);
  return json[key];
}

function list(value: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(at, `must be a list, got ${kindOf(value)}`);
  const items = value as unknown[];
  if (items.length > max) fail(at, `must have at most ${max} items, got ${items.length}`);
  return items;
}

function text(value: unknown, at: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string') fail(at, `must be text, got ${kindOf(value)}`);
  const s = value as string;
  if (s.length < 1 || s.length > max) fail(at, `must be 1 to ${max} characters long, got ${s.length}`);
  if (pattern && !pattern.test(s)) fail(at, `has the wrong form: ${JSON.stringify(s.slice(0, 60))}`);
  return s;
}

/** A date-time with its zone whose day exists (not 30 February). */
function isInstant(s: string): boolean {
  if (!INSTANT.test(s) || Number.isNaN(Date.parse(s))) return false;
  const [year, month, day] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
}

function month(value: unknown, at: string): string {
  return text(value, at, 7, MONTH);
}

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthText = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

function counts(json: Json, at: string): StatisticsCounts {
  const out = {} as StatisticsCounts;
  for (const key of COUNT_KEYS) {
    const value = required(json, key, at);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(`${at}/${key}`, `must be a whole number, at least 0, got ${JSON.stringify(value)}`);
    out[key] = value as number;
  }
  const part = (small: number, big: number, what: string) => {
    if (small > big) fail(at, what);
  };
  part(out.filedOnline, out.received, `filedOnline (${out.filedOnline}) is above received (${out.received})`);
  part(out.withFees, out.received, `withFees (${out.withFees}) is above received (${out.received})`);
  part(out.paidOnline, out.withFees, `paidOnline (${out.paidOnline}) is above withFees (${out.withFees})`);
  part(out.overdue + out.inProgress, out.received, `overdue + inProgress (${out.overdue + out.inProgress}) is above received (${out.received})`);
  part(out.early + out.onTime + out.late, out.finished, `early + onTime + late (${out.early + out.onTime + out.late}) is above finished (${out.finished})`);
  return out;
}

function agency(value: unknown, at: string): Agency {
  const json = object(value, at);
  const out: Agency = { name: text(required(json, 'name', at), `${at}/name`, 300) };
  if (Object.hasOwn(json, 'id')) out.id = text(json.id, `${at}/id`, 40, AGENCY_ID);
  return out;
}

/** One key per agency, as `computeStatistics` keys them: the id, else the name. */
function agencyKey(agency: Agency | undefined): string {
  return agency === undefined ? 'none' : agency.id !== undefined ? `id:${agency.id}` : `name:${agency.name}`;
}

/** Each breakdown adds up to the totals. */
function addsUp(parts: readonly StatisticsCounts[], totals: StatisticsCounts, at: string): void {
  for (const key of COUNT_KEYS) {
    const sum = parts.reduce((acc, part) => acc + part[key], 0);
    if (sum !== totals[key]) fail(at, `the ${key} figures add up to ${sum}, the totals say ${totals[key]}`);
  }
}

/**
 * The statistics as `GET /statistics` answers them.
 *
 * @throws {ContractError} naming the first place where the answer breaks the contract.
 */
export function readStatistics(value: unknown): DossierStatistics {
  const json = object(value, '');
  const asOfText: Instant = text(required(json, 'asOf', ''), '/asOf', 40);
  if (!isInstant(asOfText)) fail('/asOf', `must be an ISO date-time with its zone, got ${JSON.stringify(asOfText)}`);
  const from = month(required(json, 'from', ''), '/from');
  const to = month(required(json, 'to', ''), '/to');
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) fail('/to', `must not be before from (${from}), got ${to}`);
  if (span > MAX_MONTHS) fail('/to', `at most ${MAX_MONTHS} months from ${from}, got ${span}`);

  const totals = counts(object(required(json, 'totals', ''), '/totals'), '/totals');
  const byMonth: MonthStatistics[] = list(required(json, 'byMonth', ''), '/byMonth', MAX_MONTHS).map((item, i) => {
    const at = `/byMonth/${i}`;
    const row = object(item, at);
    const expected = monthText(monthIndex(from) + i);
    const m = month(required(row, 'month', at), `${at}/month`);
    if (m !== expected) fail(`${at}/month`, `must be ${expected} (every month from ${from} to ${to}, in order), got ${m}`);
    return { month: m, ...counts(row, at) };
  });
  if (byMonth.length !== span) fail('/byMonth', `must have one item per month from ${from} to ${to} (${span}), got ${byMonth.length}`);

  const agencies = new Set<string>();
  const byAgency: AgencyStatistics[] = list(required(json, 'byAgency', ''), '/byAgency', MAX_AGENCIES).map((item, i) => {
    const at = `/byAgency/${i}`;
    const row = object(item, at);
    const out: AgencyStatistics = counts(row, at);
    if (Object.hasOwn(row, 'agency')) out.agency = agency(row.agency, `${at}/agency`);
    const key = agencyKey(out.agency);
    if (agencies.has(key)) fail(at, 'names an agency twice');
    agencies.add(key);
    return out;
  });

  const rowKeys = new Set<string>();
  const rows: StatisticsRow[] = list(required(json, 'rows', ''), '/rows', MAX_ROWS).map((item, i) => {
    const at = `/rows/${i}`;
    const row = object(item, at);
    const m = month(required(row, 'month', at), `${at}/month`);
    if (m < from || m > to) fail(`${at}/month`, `must be within ${from} to ${to}, got ${m}`);
    const out: StatisticsRow = { month: m, ...counts(row, at) };
    if (Object.hasOwn(row, 'agency')) out.agency = agency(row.agency, `${at}/agency`);
    const key = `${m} ${agencyKey(out.agency)}`;
    if (rowKeys.has(key)) fail(at, 'names a month and agency twice');
    rowKeys.add(key);
    return out;
  });

  const skipped = required(json, 'skipped', '');
  if (typeof skipped !== 'number' || !Number.isSafeInteger(skipped) || skipped < 0) fail('/skipped', `must be a whole number, at least 0, got ${JSON.stringify(skipped)}`);

  addsUp(byMonth, totals, '/byMonth');
  addsUp(byAgency, totals, '/byAgency');
  addsUp(rows, totals, '/rows');
  return { asOf: asOfText, from, to, byMonth, byAgency, rows, totals, skipped: skipped as number };
}
