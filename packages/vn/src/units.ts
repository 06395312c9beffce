import provinceData from './data/provinces.js';
import type { CommuneRow } from './data/communes/all.js';
import { COMMUNE_LOADERS } from './data/communes/loaders.js';
import { VnArgumentError } from './errors.js';
import { describe, optionsOf, requireString } from './internal/arguments.js';
import { foldVietnamese } from './text.js';

/**
 * Administrative units in force from 1 Jul 2025: 34 provincial units and 3,321 commune-level
 * units, no districts (Resolution 202/2025/QH15; codes from Công văn 1027/CTK-CSCL).
 *
 * Loading: `provinces()` is small and synchronous. `loadCommunes(code)` fetches one province's
 * communes on demand (one bundle chunk per province). The synchronous `communesOf`, `findUnit`
 * and `searchUnits` live in `units-all.ts`, which imports every province; bundlers drop it when
 * only this module's functions are used (the package is `sideEffects: false`).
 */

export const PROVINCE_TYPES = ['thành phố', 'tỉnh'] as const;
export type ProvinceType = (typeof PROVINCE_TYPES)[number];
export const COMMUNE_TYPES = ['phường', 'xã', 'đặc khu'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];

export type Province = {
  level: 'province';
  /** 2-digit code, e.g. `42`. */
  code: string;
  /** Official name with its type word, e.g. `Tỉnh Hà Tĩnh`. */
  name: string;
  /** Name without the type word, e.g. `Hà Tĩnh`. */
  shortName: string;
  type: ProvinceType;
  communeCount: number;
};

export type Commune = {
  level: 'commune';
  /** 5-digit code, e.g. `18073`. Codes are reused across vintages: this is the 2025 list. */
  code: string;
  /** Official name with its type word, e.g. `Phường Thành Sen`. */
  name: string;
  shortName: string;
  type: CommuneType;
  provinceCode: string;
};

export type AdminUnit = Province | Commune;

/** Date from which this list of units is in force, and where it comes from. */
export const UNITS_DATA_INFO = Object.freeze({
  effectiveDate: provinceData.effectiveDate,
  source: provinceData.source,
});

const PROVINCES: readonly Province[] = Object.freeze(
  provinceData.provinces.map((p) =>
    Object.freeze({
      level: 'province' as const,
      code: p.code,
      name: p.name,
      shortName: p.shortName,
      type: p.type as ProvinceType,
      communeCount: p.communeCount,
    }),
  ),
);
const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

/** The 34 provincial units, ordered by code. */
export function provinces(): Province[] {
  return [...PROVINCES];
}

/** The province with this 2-digit code. @throws {VnArgumentError} `not-a-string`. */
export function findProvince(code: string): Province | undefined {
  return PROVINCE_BY_CODE.get(requireString(code, 'Province code'));
}

/** @internal Turns a data row into a commune. */
export function communeFromRow([code = '', name = '']: CommuneRow, provinceCode: string): Commune {
  const type = (COMMUNE_TYPES as readonly string[]).find((t) => name.toLowerCase().startsWith(t + ' ')) as CommuneType;
  return Object.freeze({ level: 'commune', code, name, shortName: name.slice(type.length + 1), type, provinceCode });
}

const loaded = new Map<string, Promise<readonly Commune[]>>();

/**
 * The communes of a province, loaded on demand (in a browser, one small file per province).
 * Resolves to an empty list for an unknown province code. Results are cached.
 *
 * @throws {VnArgumentError} `not-a-string` (thrown, not a rejected promise: it is the caller's mistake).
 */
export function loadCommunes(provinceCode: string): Promise<Commune[]> {
  const code = requireString(provinceCode, 'Province code');
  // Own keys only: "constructor" or "__proto__" is an unknown code, not Object's.
  if (!Object.hasOwn(COMMUNE_LOADERS, code)) return Promise.resolve([]);
  const loader = COMMUNE_LOADERS[code]!;
  let promise = loaded.get(code);
  if (!promise) {
    promise = loader().then((m) => Object.freeze(m.default.map((row) => communeFromRow(row, code))));
    promise.catch(() => loaded.delete(code));
    loaded.set(code, promise);
  }
  return promise.then((list) => [...list]);
}

export type UnitSearchOptions = {
  /** At most this many results (default: all). */
  limit?: number;
};

/**
 * How well `unit` matches a folded query: 0 exact short name, 1 exact full name, 2 short name
 * starts with it, 3 a word of the name starts with it, 4 contains it; -1 no match.
 */
const folded = new WeakMap<AdminUnit, readonly [short: string, full: string]>();

function rank(unit: AdminUnit, query: string): number {
  let names = folded.get(unit);
  if (!names) folded.set(unit, (names = [foldVietnamese(unit.shortName), foldVietnamese(unit.name)]));
  const [short, full] = names;
  if (short === query) return 0;
  if (full === query) return 1;
  if (short.startsWith(query)) return 2;
  if ((' ' + full).includes(' ' + query)) return 3;
  if (full.includes(query)) return 4;
  return -1;
}

/**
 * Filters and ranks units by a query, ignoring case and diacritics ("ha tinh", "Ha Tinh" and
 * "hà tĩnh" all find Hà Tĩnh; "d" finds "đ"). Best matches first; provinces before communes on a
 * tie; then by code. Used by the address picker on an already-loaded list.
 *
 * @throws {VnArgumentError} for units that are not a list, a query that is not a string, or a `limit`
 * that is not a whole number of at least 0.
 */
export function matchUnits<U extends AdminUnit>(units: readonly U[], query: string, options: UnitSearchOptions = {}): U[] {
  if (!Array.isArray(units)) throw new VnArgumentError('not-a-list', `Units must be a list, got ${describe(units)}`);
  const { limit } = optionsOf(options, 'Search options');
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new VnArgumentError('invalid-value', `limit must be a whole number of at least 0, got ${describe(limit)}`);
  }
  const q = foldVietnamese(query);
  if (q === '') return [];
  const hits: Array<[number, U]> = [];
  for (const unit of units) {
    const r = rank(unit, q);
    if (r >= 0) hits.push([r, unit]);
  }
  hits.sort(
    (a, b) =>
      a[0] - b[0] ||
      (a[1].level === b[1].level ? 0 : a[1].level === 'province' ? -1 : 1) ||
      (a[1].code < b[1].code ? -1 : a[1].code > b[1].code ? 1 : 0),
  );
  const list = hits.map(([, unit]) => unit);
  return limit === undefined ? list : list.slice(0, limit);
}

/**
 * One-line address as written on forms: street, commune, province, e.g.
 * `12 Lý Thái Tổ, Phường Hoàn Kiếm, Thành phố Hà Nội`. Missing parts are left out.
 *
 * @throws {VnArgumentError} when `parts` is not an object or a part has the wrong type.
 */
export function formatAddress(parts: { street?: string; commune?: Commune; province?: Province }): string {
  const { street, commune, province } = optionsOf(parts, 'Address parts');
  if (street !== undefined) requireString(street, 'street');
  for (const [what, unit] of [['commune', commune], ['province', province]] as const) {
    if (unit !== undefined && typeof (unit as { name?: unknown } | null)?.name !== 'string') {
      throw new VnArgumentError('not-an-object', `${what} must be a unit with a name, got ${describe(unit)}`);
    }
  }
  return [street?.trim(), commune?.name, province?.name].filter((s): s is string => !!s).join(', ');
}
