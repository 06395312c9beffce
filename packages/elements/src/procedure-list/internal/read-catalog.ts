/**
 * Reads a procedure catalogue (`catalog.json` as `dvc-schema build` writes it, or a portal's own) from untrusted
 * JSON, by hand: the list runs in the browser, where ajv does not go (ADR 3). Builds a fresh value from the known own
 * properties and drops the rest, as `readDossier` does (ADR 10): a newer catalogue with more facts still reads. What
 * the list shows is checked (texts, codes, enums, fees in integer VND), and every read is bounded.
 *
 * A catalogue that is not one (not an object, no `procedures` array, too many) is refused with a `CatalogError`. A
 * broken entry is left out and reported (`skipped`), so that one bad record does not hide the other procedures.
 */
import {
  LEVELS,
  ONLINE_SERVICES,
  RESULT_DELIVERIES,
  type CatalogEntry,
  type CatalogFiles,
  type FeeSummary,
  type Level,
  type OnlineService,
  type ResultDelivery,
  FEE_BASES,
} from '@dvc-kit/procedure/wording';

const FEE_KINDS = ['LE_PHI', 'PHI', 'SERVICE_PRICE'] as const satisfies readonly FeeSummary['kind'][];

/** Bounds of what is read: a province's catalogue has about two thousand procedures. */
export const CATALOG_LIMITS = {
  procedures: 10_000,
  /** Characters of one text (a name, a sector, a note). */
  text: 2_000,
  /** Characters of an id or a code. */
  code: 200,
  fees: 50,
  tiers: 50,
} as const;

/** What is wrong, where: a JSON Pointer into the catalogue and a developer's message (English). */
export interface CatalogProblem {
  pointer: string;
  message: string;
}

/** The catalogue cannot be read at all. */
export class CatalogError extends Error {
  readonly problems: readonly CatalogProblem[];
  constructor(problems: readonly CatalogProblem[]) {
    super(`Not a procedure catalogue: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** A procedure as the list reads it: a catalogue entry whose `files` are kept only when the catalogue has them right. */
export type ListedProcedure = Omit<CatalogEntry, 'files'> & { files?: CatalogFiles };

export interface ListedCatalog {
  generator: string;
  procedures: ListedProcedure[];
}

export interface CatalogReading {
  catalog: ListedCatalog;
  /** The entries left out, one problem each (the first found). */
  skipped: CatalogProblem[];
}

type Json = Readonly<Record<string, unknown>>;

/** An entry's problem: unwinds its read, which `readCatalog` turns into a skipped entry. */
class EntryProblem extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);
const escapeToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Reads a catalogue; throws `CatalogError` when it is not one. */
export function readCatalog(input: unknown): CatalogReading {
  if (!isObject(input)) throw new CatalogError([{ pointer: '', message: `must be an object with a "procedures" array, not ${describe(input)}` }]);
  const procedures = own(input, 'procedures');
  if (!Array.isArray(procedures)) throw new CatalogError([{ pointer: '/procedures', message: `must be an array, not ${describe(procedures)}` }]);
  if (procedures.length > CATALOG_LIMITS.procedures) {
    throw new CatalogError([{ pointer: '/procedures', message: `has ${procedures.length} entries, more than the ${CATALOG_LIMITS.procedures} read` }]);
  }
  const generator = own(input, 'generator');
  const read: ListedProcedure[] = [];
  const skipped: CatalogProblem[] = [];
  const ids = new Set<string>();
  procedures.forEach((value, index) => {
    const pointer = `/procedures/${index}`;
    try {
      const entry = readEntry(value, pointer);
      if (ids.has(entry.id)) throw new EntryProblem(`${pointer}/id`, `repeats the id ${JSON.stringify(entry.id)} of an earlier entry`);
      ids.add(entry.id);
      read.push(entry);
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error;
      skipped.push({ pointer: error.pointer, message: error.message });
    }
  });
  return { catalog: { generator: typeof generator === 'string' ? generator.slice(0, CATALOG_LIMITS.code) : '', procedures: read }, skipped };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function readEntry(value: unknown, pointer: string): ListedProcedure {
  if (!isObject(value)) throw new EntryProblem(pointer, `must be an object, not ${describe(value)}`);
  const at = (key: string) => `${pointer}/${escapeToken(key)}`;
  const id = code(value, 'id', at);
  const entry: ListedProcedure = {
    id,
    code: Object.hasOwn(value, 'code') ? code(value, 'code', at) : id,
    name: text(own(value, 'name'), at('name')),
    fees: [],
    free: true,
    components: count(own(value, 'components')),
    requiredComponents: count(own(value, 'requiredComponents')),
  };
  const $id = own(value, '$id');
  if (typeof $id === 'string' && $id.length <= CATALOG_LIMITS.text) entry.$id = $id;
  const title = own(value, 'title');
  if (typeof title === 'string' && title.length <= CATALOG_LIMITS.text) entry.title = title;
  for (const key of ['sector', 'agency'] as const) {
    const fact = own(value, key);
    if (fact !== undefined) entry[key] = text(fact, at(key));
  }
  const level = own(value, 'level');
  if (level !== undefined) entry.level = levels(level, at('level'));
  const online = own(value, 'onlineService');
  if (online !== undefined) {
    if (!(ONLINE_SERVICES as readonly unknown[]).includes(online)) throw new EntryProblem(at('onlineService'), `must be one of ${ONLINE_SERVICES.join(', ')}`);
    entry.onlineService = online as OnlineService;
  }
  const time = own(value, 'processingTime');
  if (time !== undefined) entry.processingTime = processingTime(time, at('processingTime'));
  const fees = own(value, 'fees');
  if (fees !== undefined) {
    if (!Array.isArray(fees) || fees.length > CATALOG_LIMITS.fees) throw new EntryProblem(at('fees'), `must be an array of at most ${CATALOG_LIMITS.fees} fees`);
    entry.fees = fees.map((fee, index) => readFee(fee, `${at('fees')}/${index}`));
  }
  const free = own(value, 'free');
  entry.free = typeof free === 'boolean' ? free : entry.fees.length === 0;
  // A catalogue that calls a procedure free but lists fees contradicts itself: the list would say the wrong thing.
  if (entry.free && entry.fees.length > 0) throw new EntryProblem(at('free'), 'is true, yet the entry lists fees');
  const delivery = own(value, 'delivery');
  if (isObject(delivery)) {
    const result = own(delivery, 'result');
    if (Array.isArray(result) && result.length > 0 && result.every((m) => (RESULT_DELIVERIES as readonly unknown[]).includes(m))) {
      const postal = own(delivery, 'postalSubmission');
      entry.delivery = { result: [...new Set(result as ResultDelivery[])] as [ResultDelivery, ...ResultDelivery[]] };
      if (typeof postal === 'boolean') entry.delivery.postalSubmission = postal;
      const channelField = own(delivery, 'channelField');
      if (typeof channelField === 'string' && channelField.length <= CATALOG_LIMITS.text) entry.delivery.channelField = channelField;
    }
  }
  const files = own(value, 'files');
  if (isObject(files)) {
    const keys = ['validator', 'validatorTypes', 'types', 'schema'] as const;
    const paths = keys.map((key) => own(files, key));
    if (paths.every((path) => typeof path === 'string' && path.length <= CATALOG_LIMITS.text)) {
      entry.files = Object.fromEntries(keys.map((key, i) => [key, paths[i]])) as unknown as CatalogFiles;
    }
  }
  return entry;
}

function code(object: Json, key: string, at: (key: string) => string): string {
  const value = own(object, key);
  if (typeof value !== 'string' || !value.trim()) throw new EntryProblem(at(key), `must be a non-empty string, not ${describe(value)}`);
  if (value.length > CATALOG_LIMITS.code) throw new EntryProblem(at(key), `is longer than ${CATALOG_LIMITS.code} characters`);
  return value;
}

/** An x-dvc text: a string, or `{ vi, en? }`. */
function text(value: unknown, pointer: string): CatalogEntry['name'] {
  const checked = (s: unknown, where: string): string => {
    if (typeof s !== 'string' || !s.trim()) throw new EntryProblem(where, `must be a non-empty string, not ${describe(s)}`);
    if (s.length > CATALOG_LIMITS.text) throw new EntryProblem(where, `is longer than ${CATALOG_LIMITS.text} characters`);
    return s;
  };
  if (typeof value === 'string') return checked(value, pointer);
  if (!isObject(value)) throw new EntryProblem(pointer, `must be a text (a string or { vi, en }), not ${describe(value)}`);
  const vi = checked(own(value, 'vi'), `${pointer}/vi`);
  const en = own(value, 'en');
  // An empty English text is no English text (the list shows the Vietnamese one).
  return en === undefined || en === '' ? { vi } : { vi, en: checked(en, `${pointer}/en`) };
}

function levels(value: unknown, pointer: string): [Level, ...Level[]] {
  if (!Array.isArray(value) || value.length === 0) throw new EntryProblem(pointer, 'must be a non-empty array of levels');
  value.forEach((level, i) => {
    if (!(LEVELS as readonly unknown[]).includes(level)) throw new EntryProblem(`${pointer}/${i}`, `must be one of ${LEVELS.join(', ')}`);
  });
  return [...new Set(value as Level[])] as [Level, ...Level[]];
}

function processingTime(value: unknown, pointer: string): NonNullable<CatalogEntry['processingTime']> {
  if (!isObject(value)) throw new EntryProblem(pointer, `must be an object, not ${describe(value)}`);
  const amount = own(value, 'value');
  if (!Number.isInteger(amount) || (amount as number) < 0 || (amount as number) > 10_000) {
    throw new EntryProblem(`${pointer}/value`, 'must be a whole number from 0 to 10000');
  }
  const unit = own(value, 'unit');
  if (unit !== 'WORKING_DAY' && unit !== 'DAY' && unit !== 'HOUR') throw new EntryProblem(`${pointer}/unit`, 'must be WORKING_DAY, DAY or HOUR');
  const time: NonNullable<CatalogEntry['processingTime']> = { value: amount as number, unit };
  const cutoff = own(value, 'sameDayCutoff');
  if (cutoff !== undefined) {
    if (typeof cutoff !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) throw new EntryProblem(`${pointer}/sameDayCutoff`, 'must be a time HH:MM');
    time.sameDayCutoff = cutoff;
  }
  const note = own(value, 'note');
  if (note !== undefined) time.note = text(note, `${pointer}/note`);
  return time;
}

/** A whole number of VND: what a fee costs is never shown rounded or negative. */
function vnd(value: unknown, pointer: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new EntryProblem(pointer, 'must be a whole, non-negative number of VND');
  return value as number;
}

function readFee(value: unknown, pointer: string): FeeSummary {
  if (!isObject(value)) throw new EntryProblem(pointer, `must be an object, not ${describe(value)}`);
  const basis = own(value, 'basis');
  if (!(FEE_BASES as readonly unknown[]).includes(basis)) throw new EntryProblem(`${pointer}/basis`, `must be one of ${FEE_BASES.join(', ')}`);
  const key = own(value, 'key');
  const kind = own(value, 'kind');
  if (!(FEE_KINDS as readonly unknown[]).includes(kind)) throw new EntryProblem(`${pointer}/kind`, `must be one of ${FEE_KINDS.join(', ')}`);
  const exemptions = own(value, 'exemptions');
  const fee: FeeSummary = {
    key: typeof key === 'string' ? key.slice(0, CATALOG_LIMITS.code) : '',
    kind: kind as FeeSummary['kind'],
    name: own(value, 'name') === undefined ? '' : text(own(value, 'name'), `${pointer}/name`),
    basis: basis as FeeSummary['basis'],
    conditional: own(value, 'conditional') === true,
    exemptions: count(exemptions),
  };
  const optional = (name: 'amount' | 'min' | 'max') => {
    const amount = own(value, name);
    if (amount !== undefined) fee[name] = vnd(amount, `${pointer}/${name}`);
  };
  optional('amount');
  optional('min');
  optional('max');
  if (fee.basis === 'PERCENT') {
    const percent = own(value, 'percent');
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new EntryProblem(`${pointer}/percent`, 'must be a number from 0 to 100');
    }
    fee.percent = percent;
  } else if (fee.amount === undefined) {
    throw new EntryProblem(`${pointer}/amount`, `is required for a ${fee.basis} fee`);
  }
  const tiers = own(value, 'tiers');
  if (tiers !== undefined && fee.basis !== 'FIXED' && fee.basis !== 'PERCENT') {
    if (!Array.isArray(tiers) || tiers.length === 0 || tiers.length > CATALOG_LIMITS.tiers) {
      throw new EntryProblem(`${pointer}/tiers`, `must be an array of 1 to ${CATALOG_LIMITS.tiers} tiers`);
    }
    let last = 0;
    fee.tiers = tiers.map((tier, i) => {
      const where = `${pointer}/tiers/${i}`;
      if (!isObject(tier)) throw new EntryProblem(where, `must be an object, not ${describe(tier)}`);
      const read: { price: number; upTo?: number } = { price: vnd(own(tier, 'price'), `${where}/price`) };
      const upTo = own(tier, 'upTo');
      // Tiers count units upwards; only the last one is open-ended.
      if (upTo !== undefined || i < tiers.length - 1) {
        if (!Number.isSafeInteger(upTo) || (upTo as number) <= last) throw new EntryProblem(`${where}/upTo`, `must be a whole number above ${last}`);
        read.upTo = upTo as number;
        last = upTo as number;
      }
      return read;
    });
  }
  return fee;
}

/** A count of components or exemptions: a whole non-negative number, else 0 (it is not shown as a number). */
function count(value: unknown): number {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : 0;
}
