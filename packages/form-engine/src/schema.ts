/**
 * Reading a JSON Schema as the form does at run time: local `$ref` resolution and `allOf`
 * merging. The structural checks, and what a keyword may be, live in `lint.ts` and `schema-walk.ts`, which only
 * preparing a schema and the validators load.
 */
import { isPlainObject, parsePointer } from './pointer.js';
import type { JsonSchema, JsonSchemaObject, SchemaProblem } from './types.js';

/** A broken schema: every problem found, each with its JSON Pointer into the schema. */
export class SchemaError extends Error {
  readonly problems: readonly SchemaProblem[];
  constructor(problems: readonly SchemaProblem[]) {
    super(
      `Invalid schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n'),
    );
    this.name = 'SchemaError';
    this.problems = problems;
  }
}

/**
 * Resolves local references and merges `allOf` for rendering. Results are cached per schema object,
 * so the same subschema always yields the same (identical) resolved object.
 */
export class SchemaContext {
  readonly root: JsonSchemaObject;
  readonly #resolved = new WeakMap<object, JsonSchemaObject>();
  /** For a schema resolved through `$ref`, the subschema it stands for (see `originOf`). */
  readonly #origins = new WeakMap<object, JsonSchemaObject>();
  /** Subschemas by `$anchor` (or a draft-07 `$id: "#name"`), gathered when a reference first names one. */
  #anchors?: Map<string, JsonSchemaObject>;

  constructor(root: JsonSchemaObject) {
    this.root = root;
  }

  #anchor(name: string): JsonSchemaObject | undefined {
    if (!this.#anchors) collectAnchors(this.root, this.root, (this.#anchors = new Map()));
    return this.#anchors.get(name);
  }

  /** The subschema a `$ref` points to, or undefined when it does not resolve. */
  lookupRef(ref: string): JsonSchema | undefined {
    let fragment: string;
    if (ref.startsWith('#')) fragment = ref.slice(1);
    else {
      const hash = ref.indexOf('#');
      const base = hash === -1 ? ref : ref.slice(0, hash);
      if (base !== this.root.$id) return undefined; // only local references are supported
      fragment = hash === -1 ? '' : ref.slice(hash + 1);
    }
    fragment = safeDecode(fragment);
    if (fragment !== '' && !fragment.startsWith('/')) return this.#anchor(fragment);
    let current: unknown = this.root;
    for (const token of parsePointer(fragment)) {
      if (Array.isArray(current)) current = current[Number(token)];
      else if (isPlainObject(current)) current = current[token];
      else return undefined;
    }
    return current === undefined ? undefined : (current as JsonSchema);
  }

  /**
   * The subschema a resolved schema stands for: every `{"$ref": "#/$defs/person", "title": "Cha"}` resolves to an
   * object of its own, and all of them have the definition of `person` as origin. A schema reached again below
   * itself (same origin) is how the form recognises recursion, whatever titles each reference adds.
   */
  originOf(resolved: JsonSchemaObject): JsonSchemaObject {
    return this.#origins.get(resolved) ?? resolved;
  }

  /**
   * The schema as the form sees it: `$ref` followed (siblings win over the target) and `allOf`
   * members merged in. `true`/`{}` give an empty schema; `false` gives `{ not: {} }`.
   */
  resolve(schema: JsonSchema | undefined): JsonSchemaObject {
    if (schema === undefined || schema === true) return EMPTY;
    if (schema === false) return NEVER;
    const cached = this.#resolved.get(schema);
    if (cached) return cached;
    this.#resolved.set(schema, schema); // guards against reference cycles
    let result: JsonSchemaObject = schema;
    if (typeof schema.$ref === 'string') {
      const target = this.lookupRef(schema.$ref);
      const { $ref: _ref, ...siblings } = schema;
      const resolvedTarget = this.resolve(target);
      result = mergeSchemas(resolvedTarget, siblings);
      if (result !== resolvedTarget) this.#origins.set(result, this.originOf(resolvedTarget));
    }
    if (Array.isArray(result.allOf)) {
      const { allOf, ...rest } = result;
      result = (allOf as JsonSchema[]).reduce<JsonSchemaObject>((acc, member) => mergeSchemas(acc, this.resolve(member)), rest);
      // keep allOf for validation-only keywords the merge cannot express; rendering ignores it
    }
    this.#resolved.set(schema, result);
    return result;
  }
}

/**
 * Every object below `value` that declares an anchor. Walks all values, not only subschemas: smaller than the
 * schema-aware walk (which pages would otherwise load for this alone), and an anchor inside data (`default`,
 * `const`) named by a `$ref` is not a case worth the bytes.
 */
function collectAnchors(value: unknown, root: JsonSchemaObject, into: Map<string, JsonSchemaObject>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectAnchors(item, root, into);
  } else if (isPlainObject(value)) {
    if (typeof value.$anchor === 'string') into.set(value.$anchor, value);
    if (typeof value.$id === 'string' && value !== root && value.$id.startsWith('#')) into.set(value.$id.slice(1), value);
    for (const key in value) collectAnchors(value[key], root, into);
  }
}

/** A branch of `oneOf`/`anyOf` the form shows as a group of fields (an alternative), not as one option. */
export function isObjectBranch(branch: JsonSchemaObject): boolean {
  return isPlainObject(branch.properties) || branch.type === 'object' || Array.isArray(branch.required);
}

const EMPTY: JsonSchemaObject = Object.freeze({}) as JsonSchemaObject;
const NEVER: JsonSchemaObject = Object.freeze({ not: {} }) as JsonSchemaObject;

/** Merge for rendering: properties and required are united, other keywords of `extra` win. */
export function mergeSchemas(base: JsonSchemaObject, extra: JsonSchemaObject): JsonSchemaObject {
  if (base === EMPTY) return extra;
  if (Object.keys(extra).length === 0) return base;
  const merged: JsonSchemaObject = { ...base, ...extra };
  if (isPlainObject(base.properties) && isPlainObject(extra.properties)) {
    const properties: Record<string, unknown> = { ...base.properties };
    for (const [key, sub] of Object.entries(extra.properties)) {
      const existing = properties[key];
      properties[key] = isPlainObject(existing) && isPlainObject(sub) ? bothOf(existing, sub) : sub;
    }
    merged.properties = properties;
  }
  if (Array.isArray(base.required) && Array.isArray(extra.required)) {
    merged.required = [...new Set([...base.required, ...extra.required])];
  }
  if (isPlainObject(base['x-ui']) && isPlainObject(extra['x-ui'])) {
    merged['x-ui'] = { ...base['x-ui'], ...extra['x-ui'] };
  }
  for (const keyword of ['dependentSchemas', 'dependentRequired']) {
    if (isPlainObject(base[keyword]) && isPlainObject(extra[keyword])) {
      merged[keyword] = { ...base[keyword], ...extra[keyword] };
    }
  }
  const conditionals = [...conditionalsOf(base), ...conditionalsOf(extra)];
  if (conditionals.length > 1) {
    delete merged.if;
    delete merged.then;
    delete merged.else;
    (merged as Record<symbol, unknown>)[CONDITIONALS] = conditionals;
  }
  return merged;
}

const pairs = new WeakMap<object, WeakMap<object, JsonSchemaObject>>();

/** `{allOf: [a, b]}`, the same object for the same pair, so that merged subschemas keep their identity. */
function bothOf(a: JsonSchemaObject, b: JsonSchemaObject): JsonSchemaObject {
  let byB = pairs.get(a);
  if (!byB) pairs.set(a, (byB = new WeakMap()));
  let pair = byB.get(b);
  if (!pair) byB.set(b, (pair = { allOf: [a, b] }));
  return pair;
}

/** if/then/else triples gathered from a schema and the allOf members merged into it. */
const CONDITIONALS = Symbol('conditionals');
export interface Conditional {
  if: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
}
export function conditionalsOf(schema: JsonSchemaObject): readonly Conditional[] {
  const gathered = (schema as Record<symbol, unknown>)[CONDITIONALS] as Conditional[] | undefined;
  if (gathered) return gathered;
  if (schema.if === undefined) return [];
  return [{ if: schema.if as JsonSchema, then: schema.then as JsonSchema | undefined, else: schema.else as JsonSchema | undefined }];
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
