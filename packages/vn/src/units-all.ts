import { ALL_COMMUNES } from './data/communes/all.js';
import {
  communeFromRow,
  findProvince,
  matchUnits,
  provinces,
  type AdminUnit,
  type Commune,
  type UnitSearchOptions,
} from './units.js';
import { optionsOf, requireString } from './internal/arguments.js';

/**
 * Synchronous access to every commune. Importing any of these functions brings all 3,321
 * communes (about 100 kB raw) into a bundle; browsers showing one province should use
 * `loadCommunes` instead.
 */

let byProvince: Map<string, readonly Commune[]> | undefined;
let byCode: Map<string, Commune> | undefined;

function index(): { byProvince: Map<string, readonly Commune[]>; byCode: Map<string, Commune> } {
  if (!byProvince || !byCode) {
    byProvince = new Map();
    byCode = new Map();
    for (const [provinceCode, rows] of Object.entries(ALL_COMMUNES)) {
      const list = Object.freeze(rows.map((row) => communeFromRow(row, provinceCode)));
      byProvince.set(provinceCode, list);
      for (const c of list) byCode.set(c.code, c);
    }
  }
  return { byProvince, byCode };
}

/** The communes of a province, synchronously; an empty list for an unknown code. @throws {VnArgumentError} `not-a-string`. */
export function communesOf(provinceCode: string): Commune[] {
  return [...(index().byProvince.get(requireString(provinceCode, 'Province code')) ?? [])];
}

/** The province (2-digit code) or commune (5-digit code) with this code, in the 2025 list. @throws {VnArgumentError} `not-a-string`. */
export function findUnit(code: string): AdminUnit | undefined {
  const s = requireString(code, 'Unit code').trim();
  if (/^\d{2}$/.test(s)) return findProvince(s);
  if (/^\d{5}$/.test(s)) return index().byCode.get(s);
  return undefined;
}

/**
 * Searches provinces and communes by name, insensitive to case and diacritics, best match first.
 * `provinceCode` restricts communes to one province (provinces are then left out).
 */
export function searchUnits(query: string, options: UnitSearchOptions & { provinceCode?: string } = {}): AdminUnit[] {
  const { provinceCode, ...rest } = optionsOf(options, 'Search options');
  const units: AdminUnit[] =
    provinceCode === undefined ? [...provinces(), ...index().byCode.values()] : communesOf(provinceCode);
  return matchUnits(units, query, rest);
}
