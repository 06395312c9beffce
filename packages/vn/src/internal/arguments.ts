import { VnArgumentError } from '../errors.js';

/** Throws unless `value` is a string; `what` names the argument in the message. */
export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new VnArgumentError('not-a-string', `${what} must be a string, got ${describe(value)}`);
  return value;
}

/** Options as an object: `undefined` and `null` mean none; anything else that is not an object throws. */
export function optionsOf<T extends object>(options: T | null | undefined, what: string): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new VnArgumentError('not-an-object', `${what} must be an object, got ${describe(options)}`);
  }
  return options;
}

/** A short description of a value for error messages (never throws, unlike `String(value)`). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
