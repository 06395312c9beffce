/**
 * Root keyword of a prepared schema (see `prepareSchema`): the engine's core trusts such a schema and
 * checks nothing. Written by `prepareSchema` and `dvc-schema build`; never set it by hand.
 */
export const PREPARED = 'x-dvc-prepared';

export function isPrepared(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as Record<string, unknown>)[PREPARED] === true;
}
