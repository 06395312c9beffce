import { matchUnits, type AdminUnit } from '@dvc-kit/vn/units';

/** One option of a combobox's listbox. */
export type UnitOption = {
  /** Element id of the option, unique in the picker's shadow root. */
  id: string;
  /** Unit code, e.g. `42` or `18073`. */
  code: string;
  /** Text shown and put in the input once chosen: the official name, e.g. `Tỉnh Hà Tĩnh`. */
  label: string;
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Units in the order a citizen scans them: alphabetical by short name, Vietnamese collation, then by code. */
export function sortUnits<U extends AdminUnit>(units: readonly U[]): U[] {
  return [...units].sort((a, b) => collator.compare(a.shortName, b.shortName) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The units a query matches, best first, ignoring case and diacritics ("ha tinh" finds Hà Tĩnh, "d" finds "đ").
 * An empty (or blank) query matches every unit, in alphabetical order.
 */
export function filterUnits<U extends AdminUnit>(units: readonly U[], query: string): U[] {
  return query.trim() === '' ? sortUnits(units) : matchUnits(units, query);
}

/** Listbox options for `units`, with ids built from `idPrefix` and the unit code. */
export function buildOptions(units: readonly AdminUnit[], idPrefix: string): UnitOption[] {
  return units.map((unit) => ({ id: `${idPrefix}-${unit.code}`, code: unit.code, label: unit.name }));
}

/** Keys that move the active option of an open listbox. */
export const LIST_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

/**
 * The index of the active option after a key press, in a list of `count` options where `active` is the current
 * one (-1: none). Arrows wrap around, as in the WAI-ARIA combobox examples. Returns -1 for an empty list.
 */
export function moveActive(key: ListKey, active: number, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
