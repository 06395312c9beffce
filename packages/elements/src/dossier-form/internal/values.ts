/** DOM-free helpers of the dossier form element. */
import type { WidgetKind } from '@dvc-kit/form-engine/core';

/** Widget kinds whose value comes from the text of an `<input>` or `<textarea>` (read on `input`). */
export const TEXT_KINDS: ReadonlySet<string> = new Set<WidgetKind>([
  'text',
  'textarea',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'integer',
  'date',
  'datetime',
  'time',
]);

/** A short, readable text for a fixed (`const`) or unsupported value. */
export function displayValue(value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 2);
}

/** The parts `<dvc-address-picker>` edits, as it reports them (strings, empty when not given). */
export type PickedAddress = Readonly<Record<'provinceCode' | 'communeCode' | 'street', string>>;

/**
 * An address field's value after the picker changed: only the parts the citizen changed are written (a blank one
 * is removed), so every other key of the value stays as it was (a prefill's extra keys, a code given as a number,
 * an own "__proto__"). `undefined` when nothing is left.
 */
export function editedAddress(previous: unknown, picked: PickedAddress): Record<string, unknown> | undefined {
  const before = typeof previous === 'object' && previous !== null && !Array.isArray(previous) ? (previous as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...before };
  for (const key of ['provinceCode', 'communeCode', 'street'] as const) {
    const was = Object.hasOwn(before, key) ? before[key] : undefined;
    // What the picker showed for it (it shows a number as text and anything else as empty).
    const shown = typeof was === 'string' ? was : typeof was === 'number' ? String(was) : '';
    const now = picked[key];
    if (now === shown) continue;
    if (now.trim() === '') delete result[key];
    else result[key] = now;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
