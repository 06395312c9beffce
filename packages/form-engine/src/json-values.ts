/**
 * Comparing and measuring JSON values as JSON Schema does. Only own properties count: nothing inherited from
 * Object.prototype is data.
 */
import { isPlainObject } from './pointer.js';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

/** The JSON Schema type of a value ('integer' for whole numbers). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Length in code points, as JSON Schema counts it. */
export function stringLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
