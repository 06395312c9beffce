/** JSON Pointer (RFC 6901) helpers and immutable updates of JSON data. */

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer[0] !== '/') throw new Error(`Not a JSON Pointer: "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapeToken(token)}`;
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** The pointer and every ancestor of it, root ('') included. */
export function pointerWithAncestors(pointer: string): string[] {
  const result = [pointer];
  let current = pointer;
  while (current !== '') {
    current = parentPointer(current);
    result.push(current);
  }
  return result;
}

export function getIn(data: unknown, tokens: readonly string[]): unknown {
  let current = data;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isPlainObject(current) && Object.hasOwn(current, token)) current = current[token];
    else return undefined;
  }
  return current;
}

/**
 * Returns a copy of `data` with `value` at `tokens`, sharing every untouched branch.
 * `undefined` removes an object property. Missing parents are created (arrays for numeric tokens under arrays).
 * Only own properties count, and every key is written as an own property, "__proto__" included (as JSON.parse does).
 */
export function setIn(data: unknown, tokens: readonly string[], value: unknown, depth = 0): unknown {
  if (depth === tokens.length) return value;
  const token = tokens[depth]!;
  if (Array.isArray(data)) {
    const index = Number(token);
    const next = setIn(data[index], tokens, value, depth + 1);
    if (next === data[index]) return data;
    const copy = data.slice();
    copy[index] = next;
    return copy;
  }
  const base: Record<string, unknown> = isPlainObject(data) ? data : {};
  const own = Object.hasOwn(base, token);
  const next = setIn(own ? base[token] : undefined, tokens, value, depth + 1);
  if (next === undefined) {
    // Removing what is not there changes nothing (no empty parent is made on the way).
    if (!own) return data;
    const { [token]: _removed, ...rest } = base;
    return rest;
  }
  if (own && base[token] === next) return base;
  // Spread is a builtin: fast even the first time (a for-in loop is faster only once optimised,
  // and the first keystroke in a form is the one that runs it cold). Spread and a computed key both
  // define own properties, so "__proto__" stays data.
  return { ...base, [token]: next };
}

/**
 * Sets an own data property, also for "__proto__", where `object[key] = value` would replace the prototype. Other
 * keys are assigned: on a plain object that defines the same own property, and defineProperty on every key made the
 * objects the form builds slow dictionaries (its layouts are built on every form, cold).
 */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A DOM-safe id for a pointer: stable, unique per pointer within a form. */
export function pointerToId(prefix: string, pointer: string): string {
  return `${prefix}${pointer.replace(/[^A-Za-z0-9_-]/g, (ch) => (ch === '/' ? '.' : `_${ch.charCodeAt(0).toString(16)}_`))}`;
}
