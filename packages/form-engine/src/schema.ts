/**
 * Reading a JSON Schema as the form does at run time: `$ref` resolution (as the validator resolves them) and `allOf`
 * merging. The structural checks, and what a keyword may be, live in `lint.ts` and `schema-walk.ts`, which only
 * preparing a schema and the validators load.
 */
import { escapeToken, getIn, isPlainObject, parsePointer, setOwn } from './pointer.js';
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

// The URL class exists in every runtime we target (browsers, Node); the engine's lib has no DOM types.
declare const URL: { new (input: string, base?: string): { href: string } };

/** The base URI of a schema without an `$id`, as the eval-free validator uses: relative ids resolve against it. */
const DEFAULT_BASE = 'https://dvc-kit.invalid/schema.json';

/** Where every subschema sits: its base URI (nearest `$id`) and pointer, and the resources and anchors by URI. */
interface SchemaIndex {
  bases: WeakMap<object, string>;
  paths: WeakMap<object, string>;
  resources: Map<string, JsonSchemaObject>;
  /** Every `$ref` (the object that holds it), to check them all at once. */
  refs: JsonSchemaObject[];
}

/**
 * Resolves references as the validator does and merges `allOf` for rendering. Results are cached per schema
 * object, so the same subschema always yields the same (identical) resolved object.
 */
export class SchemaContext {
  readonly root: JsonSchemaObject;
  readonly #resolved = new WeakMap<object, JsonSchemaObject>();
  /** For a schema resolved through `$ref`, the subschema it stands for (see `originOf`). */
  readonly #origins = new WeakMap<object, JsonSchemaObject>();
  #index?: SchemaIndex;
  readonly #documents: Readonly<Record<string, unknown>>;

  /** `documents`: other schema documents by URI that references may name (a registry, the meta-schemas). */
  constructor(root: JsonSchemaObject, documents: Readonly<Record<string, unknown>> = {}) {
    this.root = root;
    this.#documents = documents;
  }

  /** Built on first use: one walk over the schema (data keywords left out). */
  get #indexed(): SchemaIndex {
    if (!this.#index) {
      this.#index = { bases: new WeakMap(), paths: new WeakMap(), resources: new Map(), refs: [] };
      for (const [uri, document] of Object.entries(this.#documents)) indexSchema(document, stripFragment(uri), '', this.#index, true);
      this.#index.refs = []; // only the schema's own references are checked
      indexSchema(this.root, DEFAULT_BASE, '', this.#index, true);
    }
    return this.#index;
  }

  /**
   * The subschema a `$ref` points to, or undefined when it does not resolve. `from` is the schema that holds the
   * reference: a relative one resolves against its nearest `$id` (the root's when left out), as in the validator.
   */
  lookupRef(ref: string, from?: object): JsonSchema | undefined {
    const { bases, resources } = this.#indexed;
    let absolute: string;
    try {
      absolute = new URL(ref, (from && bases.get(from)) ?? bases.get(this.root)!).href;
    } catch {
      return undefined;
    }
    const hash = absolute.indexOf('#');
    const uri = hash === -1 ? absolute : absolute.slice(0, hash);
    const fragment = hash === -1 ? '' : safeDecode(absolute.slice(hash + 1));
    if (fragment !== '' && !fragment.startsWith('/')) return resources.get(`${uri}#${fragment}`); // an anchor
    const target = getIn(resources.get(uri), parsePointer(fragment));
    return isPlainObject(target) || typeof target === 'boolean' ? target : undefined;
  }

  /** Every `$ref` of the schema that does not resolve, each at its pointer (a form refuses such a schema at once). */
  unresolvedRefs(): SchemaProblem[] {
    const { refs, paths } = this.#indexed;
    return refs
      .filter((holder) => this.lookupRef(holder.$ref as string, holder) === undefined)
      .map((holder) => ({ pointer: `${paths.get(holder)}/$ref`, keyword: '$ref', message: `Cannot resolve reference "${holder.$ref as string}".` }));
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
   * Throws a `SchemaError` at the reference that does not resolve.
   */
  resolve(schema: JsonSchema | undefined): JsonSchemaObject {
    if (schema === undefined || schema === true) return EMPTY;
    if (schema === false) return NEVER;
    const cached = this.#resolved.get(schema);
    if (cached) return cached;
    let result: JsonSchemaObject = schema;
    if (typeof schema.$ref === 'string') {
      const target = this.lookupRef(schema.$ref, schema);
      if (target === undefined) throw new SchemaError(this.unresolvedRefs());
      this.#resolved.set(schema, schema); // guards against reference cycles
      const { $ref: _ref, ...siblings } = schema;
      const resolvedTarget = this.resolve(target);
      result = mergeSchemas(resolvedTarget, siblings);
      if (result !== resolvedTarget) this.#origins.set(result, this.originOf(resolvedTarget));
    }
    this.#resolved.set(schema, result);
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
 * Records the base URI and pointer of every object below `value`, its `$id` and anchors as resources, and the
 * objects that hold a `$ref`. Walks every value but data (`const`, `enum`, `default`, `examples`): smaller than the
 * schema-aware walk, which pages would otherwise load for this alone.
 */
function indexSchema(value: unknown, base: string, path: string, into: SchemaIndex, isRoot = false): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => indexSchema(item, base, `${path}/${i}`, into));
    return;
  }
  if (!isPlainObject(value)) return;
  let here = base;
  const id = value.$id;
  if (typeof id === 'string' && id.startsWith('#')) {
    into.resources.set(`${stripFragment(base)}${id}`, value); // a draft-07 plain-name fragment id
  } else if (typeof id === 'string') {
    try {
      here = new URL(id, base).href;
    } catch {
      // not a URI: the validator refuses it; the form keeps the enclosing base
    }
  }
  if (isRoot || here !== base) into.resources.set(stripFragment(here), value);
  if (typeof value.$anchor === 'string') into.resources.set(`${stripFragment(here)}#${value.$anchor}`, value);
  if (typeof value.$ref === 'string') into.refs.push(value);
  into.bases.set(value, here);
  into.paths.set(value, path);
  for (const key of Object.keys(value)) {
    if (key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'examples') {
      indexSchema(value[key], here, `${path}/${escapeToken(key)}`, into);
    }
  }
}

function stripFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
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
  const merged: JsonSchemaObject = { ...base, ...extra };
  if (isPlainObject(base.properties) && isPlainObject(extra.properties)) {
    const properties: Record<string, unknown> = { ...base.properties };
    for (const [key, sub] of Object.entries(extra.properties)) {
      // Own keys only: a property named "__proto__" is a property, not the object's prototype.
      const existing = Object.hasOwn(properties, key) ? properties[key] : undefined;
      setOwn(properties, key, isPlainObject(existing) && isPlainObject(sub) ? bothOf(existing, sub) : sub);
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
