/**
 * Key–value maps and tuples are loaded on demand (`@dvc-kit/form-engine/collections`): few schemas have them. This
 * module is what the core keeps: how to tell that a schema needs them, and what the form and that support say to
 * each other.
 */
import { escapeToken, isPlainObject } from './pointer.js';
import type { WordKey } from './messages.js';
import type { SchemaContext } from './schema.js';
import type { FieldNode, FormState, JsonSchema, JsonSchemaObject, Locale, RawValidationError } from './types.js';

const own = (schema: JsonSchemaObject, keyword: string): unknown => (Object.hasOwn(schema, keyword) ? schema[keyword] : undefined);

/** Whether the form edits an object's other keys as a list of key–value rows. */
export function isMap(schema: JsonSchemaObject): boolean {
  return isPlainObject(own(schema, 'additionalProperties')) || isPlainObject(own(schema, 'patternProperties'));
}

/** Tuples: arrays whose leading positions each have their own schema (`prefixItems`, or a draft-07 `items` array). */
export function isTuple(schema: JsonSchemaObject): boolean {
  return Array.isArray(own(schema, 'prefixItems')) || Array.isArray(own(schema, 'items'));
}

/** Keywords whose value is a subschema the form may render; `if`, `not`, `contains`, `propertyNames` never are. */
const ONE = ['items', 'additionalItems', 'additionalProperties', 'then', 'else'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const BY_NAME = ['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'definitions'];

/**
 * The pointer of the first subschema that is a key–value map or a tuple, or undefined when the schema has none: the
 * one test of whether a schema needs `@dvc-kit/form-engine/collections` (the engine refuses it without them, the
 * element loads them first). Looks at own properties only, each object once (a cyclic object ends).
 */
export function collectionAt(schema: unknown): string | undefined {
  const seen = new Set<unknown>();
  // Each entry: a subschema, and how it was reached (its parent's entry and the tokens from there), so that the
  // pointer is written only for the one found: the walk runs on every form and most schemas have none.
  interface Entry { node: unknown; parent?: Entry; keyword?: string; name?: string | number }
  const stack: Entry[] = [{ node: schema }];
  const pointerOf = (entry: Entry): string =>
    entry.parent ? `${pointerOf(entry.parent)}/${entry.keyword}${entry.name === undefined ? '' : `/${escapeToken(String(entry.name))}`}` : '';
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (!isPlainObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (isMap(node) || isTuple(node)) return pointerOf(entry);
    for (const keyword of Object.keys(node)) {
      const value = node[keyword];
      if (ONE.includes(keyword)) stack.push({ node: value, parent: entry, keyword });
      if (LIST.includes(keyword) && Array.isArray(value)) value.forEach((sub, name) => stack.push({ node: sub, parent: entry, keyword, name }));
      if (BY_NAME.includes(keyword) && isPlainObject(value)) {
        for (const name of Object.keys(value)) stack.push({ node: value[name], parent: entry, keyword, name });
      }
    }
  }
  return undefined;
}

/** What the form lends its map and tuple support. */
export interface FormInternals {
  readonly context: SchemaContext;
  locale(): Locale;
  /** An interface word in the form's language (see `formatWord`). */
  word(key: WordKey, params?: Record<string, unknown>): string;
  data(): unknown;
  state(): FormState;
  node(pointer: string): FieldNode | undefined;
  /** The schema a node was built from, its value with hidden fields left out, and for objects the keys it declares. */
  schemaOf(node: FieldNode): JsonSchemaObject;
  prunedOf(node: FieldNode): unknown;
  declares(node: FieldNode, key: string): boolean;
  build(schema: JsonSchema, pointer: string, value: unknown, required: boolean, readOnly: boolean, label: (schema: JsonSchemaObject) => string): FieldNode;
  childPointer(parent: string, token: string | number): string;
  /** The value a new item of this (unresolved) schema starts with. */
  defaultValue(schema: JsonSchema): unknown;
  setValue(pointer: string, value: unknown): FormState;
  /** The citizen changed this field: its problems show at once. */
  edited(pointer: string): void;
  /** Rebuild the node at `pointer` and its ancestors (what the support shows there changed). */
  refresh(pointer: string): FormState;
  /** The validator's messages for a pointer, and a message worded in the form's language. */
  errors(pointer: string): readonly string[] | undefined;
  message(keyword: string, label: string, params: Record<string, unknown>): string;
}

/** The map and tuple support of one form: the core calls these where a map or a tuple needs more than it knows. */
export interface FormCollections {
  /** The data with the tuple that holds `pointer` filled up to it, or undefined when there is nothing to fill. */
  padTuple(pointer: string): unknown;
  /** The schema of a tuple's item at `index`, undefined when `schema` is no tuple. */
  itemSchema(schema: JsonSchemaObject, index: number): JsonSchema | undefined;
  addEntry(mapPointer: string, key: string): FormState;
  renameEntry(mapPointer: string, from: string, to: string): FormState;
  removeEntry(mapPointer: string, key: string): FormState;
  /** Forget the keys the citizen typed that were refused (new data). */
  reset(): void;
  /** Makes `node` a map: builds an entry for each key it does not declare, reporting each (key, value, node) to `prune`. */
  mapNode(
    node: FieldNode,
    schema: JsonSchemaObject,
    object: Record<string, unknown> | undefined,
    declared: (key: string) => boolean,
    prune: (key: string, value: unknown, child: FieldNode) => void,
  ): void;
  /** Fills in a tuple node; returns its value with hidden fields left out. */
  tupleNode(node: FieldNode, schema: JsonSchemaObject, value: unknown): unknown;
  /** Adds to a node being built what it shows as a map's entry (its key, the key's problems). */
  describeEntry(node: FieldNode): void;
  /**
   * For an error about a map's key: where its message goes and the message; null for an error to leave out (its
   * problems are worded by others); undefined when the error is not about a key.
   */
  keyError(error: RawValidationError, errors: readonly RawValidationError[]): { pointer: string; message: string } | null | undefined;
}

/** What `options.collections` takes: `mapsAndTuples` from `@dvc-kit/form-engine/collections`. */
export type CollectionSupport = (form: FormInternals) => FormCollections;
