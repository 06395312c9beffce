/** Tuples: arrays whose leading positions each have their own schema (`prefixItems`, or a draft-07 `items` array). */
import type { JsonSchema, JsonSchemaObject } from './types.js';

export interface TupleShape {
  /** The schema of each fixed position. */
  positions: readonly JsonSchema[];
  /** The schema of every item after them: `items` (2020-12) or `additionalItems` (draft-07); `false` closes the tuple. */
  rest: JsonSchema;
}

export function tupleShape(schema: JsonSchemaObject): TupleShape {
  if (Array.isArray(schema.prefixItems)) return { positions: schema.prefixItems as JsonSchema[], rest: (schema.items ?? true) as JsonSchema };
  return { positions: schema.items as JsonSchema[], rest: (schema.additionalItems ?? true) as JsonSchema };
}

/** The schema of the item at `index`. */
export function tupleSchemaAt(shape: TupleShape, index: number): JsonSchema {
  return index < shape.positions.length ? shape.positions[index]! : shape.rest;
}
