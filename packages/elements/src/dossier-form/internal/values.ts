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
