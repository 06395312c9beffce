/**
 * Root keyword of a prepared schema (see `prepareSchema`): the engine's core trusts such a schema and
 * checks nothing. Written by `prepareSchema` and `dvc-schema build`; never set it by hand.
 */
export const PREPARED = 'x-dvc-prepared';

/**
 * Root keyword of a prepared schema: JSON Pointers of the subschemas whose match decides what the form shows (each
 * `if`, and each object branch of a `oneOf`/`anyOf`). A precompiled validator compiles them (`Validator.test`), so
 * a page needs no schema matcher of its own.
 */
export const CONDITIONS = 'x-dvc-conditions';

export function isPrepared(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as Record<string, unknown>)[PREPARED] === true;
}
