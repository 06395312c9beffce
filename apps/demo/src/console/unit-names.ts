/**
 * The names of the administrative units an address names by code ("20194" → "Phường Hải Vân"), from @dvc-kit/vn's
 * 2025 list. The list is loaded only for a dossier that has an address, and then only its provinces' communes (one
 * small file per province, as <dvc-address-picker> loads them). A code not in the list stays as it is. DOM-free.
 */
import type { DataRow, UnitCode } from './data-list.js';

/** The unit's official name, or undefined for a code the list does not have. */
export type UnitNamer = (unit: UnitCode) => string | undefined;

type UnitsModule = Pick<typeof import('@dvc-kit/vn/units'), 'findProvince' | 'loadCommunes'>;

const loadUnitsModule = (): Promise<UnitsModule> => import('@dvc-kit/vn/units');

/**
 * A namer for these units. Never rejects: when the list cannot be loaded (a chunk that does not arrive), or a
 * province's communes cannot, the codes concerned stay unnamed.
 */
export async function loadUnitNamer(units: readonly UnitCode[], loadUnits: () => Promise<UnitsModule> = loadUnitsModule): Promise<UnitNamer> {
  if (units.length === 0) return () => undefined;
  let module: UnitsModule;
  try {
    module = await loadUnits();
  } catch {
    return () => undefined;
  }
  const provinceCodes = [...new Set(units.flatMap((unit) => (unit.level === 'commune' && unit.provinceCode ? [unit.provinceCode] : [])))];
  const communes = new Map<string, Map<string, string>>();
  await Promise.all(
    provinceCodes.map(async (provinceCode) => {
      try {
        communes.set(provinceCode, new Map((await module.loadCommunes(provinceCode)).map((commune) => [commune.code, commune.name])));
      } catch {
        // This province's communes stay as codes.
      }
    }),
  );
  return (unit) =>
    unit.level === 'province' ? module.findProvince(unit.code)?.name : unit.provinceCode ? communes.get(unit.provinceCode)?.get(unit.code) : undefined;
}

/** The rows with each named unit as "Phường Hải Vân (20194)"; other rows, and unknown codes, unchanged. */
export function withUnitNames(rows: readonly DataRow[], nameOf: UnitNamer): DataRow[] {
  return rows.map((row) => {
    const name = row.unit && nameOf(row.unit);
    return name ? { ...row, value: `${name} (${row.unit!.code})`, valueLang: 'vi' } : row;
  });
}
