/**
 * An eval-free JSON Schema validator (drafts 2020-12, 2019-09 and 07) that reports errors in ajv's
 * shape. It compiles nothing, so it starts at once on large schemas and runs under a strict
 * Content-Security-Policy. The official JSON-Schema-Test-Suite (2020-12 and draft-07) holds it to the standard;
 * the same validator decides the form's conditions (`test`), so what the form shows and what it accepts agree.
 */
import { deepEqual, stringLength } from '../json-values.js';
import { registeredFormats, testFormat } from '../formats.js';
import { escapeToken, isPlainObject, parsePointer } from '../pointer.js';
import { MAX_DATA_DEPTH } from '../limits.js';
import { CONDITIONS } from '../prepared.js';
import { SchemaError } from '../schema.js';
import { SCHEMA_ARRAY_KEYWORDS, SCHEMA_KEYWORDS, SCHEMA_MAP_KEYWORDS, detectDraft } from '../schema-walk.js';
import type { Draft } from '../schema-walk.js';
import type { FormatDefinition, JsonSchema, JsonSchemaObject, RawValidationError, SchemaProblem, Validator } from '../types.js';
import { isMultipleOf } from './multiple-of.js';
import { compilePattern, patternProblem } from './safe-pattern.js';
import type { PatternTest } from './safe-pattern.js';
import { STANDARD_FORMATS } from './standard-formats.js';

export interface SchemaValidatorOptions {
  formats?: Record<string, FormatDefinition>;
  /**
   * Reuse the result for a value at the same place when neither it nor its schema changed
   * (by identity). Only for callers that never mutate data in place, like the form engine.
   */
  incremental?: boolean;
  /**
   * Other schema documents by URI, for references to them: shared definitions, or the JSON Schema meta-schemas
   * (`META_SCHEMAS` from `@dvc-kit/form-engine/meta-schemas`). Nothing is ever fetched.
   */
  schemas?: Readonly<Record<string, unknown>>;
  /**
   * Whether `format` asserts (the default: a form must check an e-mail address) or is only an annotation, as the
   * 2020-12 standard's default vocabulary has it.
   */
  assertFormats?: boolean;
}

// The URL class exists in every runtime we target (browsers, Node); the engine's lib has no DOM types.
declare const URL: { new (input: string, base?: string): { href: string } };

const DEFAULT_BASE = 'https://dvc-kit.invalid/schema.json';
/**
 * Schema steps (subschemas entered) on one path: a few per data level (a `$ref`, an `allOf`, `properties`) for data
 * up to MAX_DATA_DEPTH. A schema that refers to itself without consuming data stops here (lint reports it first).
 */
const MAX_DEPTH = 1000;
const VALIDATION_VOCABULARY = /\/vocab\/validation$/;

/** What a successful subschema evaluated, for unevaluatedProperties/unevaluatedItems. */
interface Evaluated {
  props: Set<string> | true;
  /** Items evaluated from the start (prefixItems/items), or all of them. */
  items: number | true;
  /** Items matched by `contains` (2020-12), past that prefix. */
  contained?: Set<number>;
}
const NOTHING_TRACKED: Evaluated = Object.freeze({ props: true, items: true }) as Evaluated;

/** Where a subschema sits: its base URI, its path in ajv's form ('#/properties/a') and its draft. */
interface Place {
  base: string;
  path: string;
  draft: Draft;
}

interface Frame {
  path: string;
  /** How deep the value is in the data (a property or an item is one level). */
  level: number;
  /** Base URIs of the schema resources entered so far, outermost first (the dynamic scope of `$dynamicRef`). */
  scope: readonly string[];
}

type FormatCheck = (value: unknown) => boolean | undefined;
type SubCheck = (schema: JsonSchema, value: unknown, instancePath: string, schemaPath: string, into?: RawValidationError[]) => Evaluated | null;
interface MemoEntry {
  schema: JsonSchema;
  value: unknown;
  errors: RawValidationError[];
  result: Evaluated | null;
}

/**
 * A validator for a schema. When the schema is prepared (`prepareSchema`), it also decides the schema's conditions
 * (`test`, numbered by its `x-dvc-conditions`), so a form shows exactly what it accepts. Throws `SchemaError` for
 * an unknown format, a reference it cannot resolve, or a pattern that could freeze the page.
 */
export function createSchemaValidator(schema: unknown, options: SchemaValidatorOptions = {}): Validator {
  const interpreter = new Interpreter(schema as JsonSchema, { ...registeredFormats(), ...options.formats }, options);
  const conditions = interpreter.conditions;
  return {
    validate: (data) => interpreter.validate(data),
    ...(conditions.length > 0 ? { test: (index: number, value: unknown) => interpreter.test(index, value), conditions } : {}),
  };
}

/** Names of the formats this validator knows without registration. */
export const STANDARD_FORMAT_NAMES: readonly string[] = Object.keys(STANDARD_FORMATS);

class Interpreter {
  private readonly root: JsonSchema;
  readonly conditions: readonly string[];
  private readonly conditionSchemas: { schema: JsonSchema; path: string; scope: string[] }[] = [];
  /** Schemas by absolute URI: resources, `$anchor`s (and draft-07 fragment ids). */
  private readonly resources = new Map<string, JsonSchema>();
  private readonly dynamicAnchors = new Map<string, JsonSchemaObject>();
  private readonly places = new WeakMap<object, Place>();
  private readonly formatChecks = new Map<string, FormatCheck>();
  private readonly patterns = new Map<string, PatternTest>();
  /** False when the root's meta-schema leaves out the validation vocabulary (its keywords are then annotations). */
  private readonly validationVocabulary: boolean;
  /** Only schemas that use unevaluatedProperties/Items pay for tracking what was evaluated. */
  private readonly trackEvaluation: boolean;
  /** Last result per instance path (incremental mode): the schema and value it was computed for. */
  private readonly memo: Map<string, Map<string | number, MemoEntry>> | undefined;
  private readonly assertFormats: boolean;
  /** Set while a condition is tested: its results are not at the validated data's paths. */
  private memoPaused = false;

  constructor(root: JsonSchema, formats: Record<string, FormatDefinition>, options: SchemaValidatorOptions) {
    this.root = root;
    this.assertFormats = options.assertFormats ?? true;
    const rootDraft = detectDraft(root);
    for (const [name, standard] of Object.entries(STANDARD_FORMATS)) {
      this.formatChecks.set(name, (v) => (typeof v === standard.type ? (standard.test as (x: unknown) => boolean)(v) : undefined));
    }
    for (const [name, definition] of Object.entries(formats)) {
      this.formatChecks.set(name, (v) => (typeof v === 'string' ? testFormat(definition, v) : undefined));
    }
    const documents = Object.entries(options.schemas ?? {});
    for (const [uri, document] of documents) {
      const declared = isPlainObject(document) && typeof document.$schema === 'string';
      this.index(document as JsonSchema, stripFragment(resolveUri(uri, DEFAULT_BASE)), '#', declared ? detectDraft(document) : rootDraft, true);
    }
    this.index(root, DEFAULT_BASE, '#', rootDraft, true);
    const serialised = JSON.stringify([root, ...documents.map(([, document]) => document)]);
    this.trackEvaluation = serialised.includes('"unevaluated');
    // The same subschema at the same place may mean something else under another dynamic scope.
    this.memo = options.incremental && !/"\$(dynamicRef|recursiveRef)"/.test(serialised) ? new Map() : undefined;
    this.validationVocabulary = this.usesValidationVocabulary(root);

    const problems: SchemaProblem[] = [];
    this.visit(root, (schema, path) => {
      for (const keyword of ['$ref', '$dynamicRef'] as const) {
        const ref = schema[keyword];
        const place = this.places.get(schema);
        if (typeof ref !== 'string' || (keyword === '$dynamicRef' && place?.draft !== '2020-12')) continue;
        const base = place?.base ?? DEFAULT_BASE;
        if (this.lookup(ref, base) !== undefined) continue;
        const absolute = resolveUri(ref, base);
        const hint = /^https?:\/\/json-schema\.org\//.test(absolute) ? ' It names a JSON Schema meta-schema: pass META_SCHEMAS from @dvc-kit/form-engine/meta-schemas as `schemas`.' : '';
        problems.push({ pointer: `${path.slice(1)}/${keyword}`, keyword, message: `Cannot resolve reference "${ref}".${hint}` });
      }
      // A pattern that could freeze the page on one keystroke, and that cannot be run safely, is refused now.
      const patterns = [
        ...(typeof schema.pattern === 'string' ? [[schema.pattern, `${path.slice(1)}/pattern`]] : []),
        ...(isPlainObject(schema.patternProperties) ? Object.keys(schema.patternProperties).map((p) => [p, `${path.slice(1)}/patternProperties/${escapeToken(p)}`]) : []),
      ];
      for (const [pattern, pointer] of patterns) {
        const problem = patternProblem(pattern!);
        if (problem) problems.push({ pointer: pointer!, keyword: 'pattern', message: problem });
      }
      if (typeof schema.format === 'string' && !this.formatChecks.has(schema.format)) {
        problems.push({ pointer: `${path.slice(1)}/format`, keyword: 'format', message: `Unknown format "${schema.format}": register it with registerFormat().` });
      }
    });
    this.conditions = this.readConditions(problems);
    if (problems.length > 0) throw new SchemaError(problems);
  }

  validate(data: unknown): RawValidationError[] {
    const errors: RawValidationError[] = [];
    this.check(this.root, data, '', { path: '#', scope: [], level: 0 }, errors, 0);
    return errors;
  }

  /** Whether a value matches condition number `index` of the prepared schema's `x-dvc-conditions`. */
  test(index: number, value: unknown): boolean {
    const condition = this.conditionSchemas[index];
    if (condition === undefined) return false;
    this.memoPaused = true;
    try {
      return this.check(condition.schema, value, '', { path: condition.path, scope: condition.scope, level: 0 }, [], 0) !== null;
    } finally {
      this.memoPaused = false;
    }
  }

  // ---- indexing -----------------------------------------------------------------------------

  private index(schema: JsonSchema, base: string, path: string, draft: Draft, documentRoot = false): void {
    if (!isPlainObject(schema) || this.places.has(schema)) return;
    if (typeof schema.$schema === 'string' && (documentRoot || typeof schema.$id === 'string')) draft = detectDraft(schema);
    let here = base;
    // Draft-07: "$ref" overrides its siblings, "$id" included.
    const id = draft === 'draft-07' && typeof schema.$ref === 'string' ? undefined : schema.$id;
    if (typeof id === 'string') {
      const resolved = resolveUri(id, base);
      const fragment = fragmentOf(resolved);
      if (!id.startsWith('#')) {
        here = stripFragment(resolved);
        this.resources.set(here, schema);
      }
      if (fragment !== '' && draft === 'draft-07') this.resources.set(`${here}#${fragment}`, schema); // a plain-name id
    }
    if (documentRoot) this.resources.set(base, schema); // a registered document answers to its key too
    if (draft !== 'draft-07') {
      if (typeof schema.$anchor === 'string') this.resources.set(`${here}#${schema.$anchor}`, schema);
      if (typeof schema.$dynamicAnchor === 'string') {
        this.resources.set(`${here}#${schema.$dynamicAnchor}`, schema);
        this.dynamicAnchors.set(`${here}#${schema.$dynamicAnchor}`, schema);
      }
    }
    this.places.set(schema, { base: here, path, draft });
    forEachChild(schema, (child, at) => this.index(child, here, `${path}${at}`, draft));
  }

  /** Every indexed subschema of the root with its path (the registry's documents are others' business). */
  private visit(schema: JsonSchema, visit: (schema: JsonSchemaObject, path: string) => void): void {
    if (!isPlainObject(schema)) return;
    visit(schema, this.places.get(schema)?.path ?? '#');
    forEachChild(schema, (child) => this.visit(child, visit));
  }

  private usesValidationVocabulary(root: JsonSchema): boolean {
    if (!isPlainObject(root) || typeof root.$schema !== 'string') return true;
    const meta = this.resources.get(stripFragment(resolveUri(root.$schema, DEFAULT_BASE)));
    if (!isPlainObject(meta) || !isPlainObject(meta.$vocabulary)) return true;
    return Object.keys(meta.$vocabulary).some((uri) => VALIDATION_VOCABULARY.test(uri));
  }

  /** The prepared schema's conditions, each with the dynamic scope it sits in. */
  private readConditions(problems: SchemaProblem[]): string[] {
    const list = isPlainObject(this.root) ? this.root[CONDITIONS] : undefined;
    if (!Array.isArray(list)) return [];
    list.forEach((pointer, i) => {
      const scope: string[] = [];
      let current: unknown = this.root;
      const tokens = typeof pointer === 'string' && pointer.startsWith('/') ? parsePointer(pointer) : undefined;
      for (const token of tokens ?? []) {
        const base = isPlainObject(current) ? this.places.get(current)?.base : undefined;
        if (base !== undefined && base !== scope.at(-1)) scope.push(base);
        current = Array.isArray(current) || isPlainObject(current) ? ownValue(current, token) : undefined;
      }
      if (tokens === undefined || !(isPlainObject(current) || typeof current === 'boolean')) {
        problems.push({ pointer: `/${CONDITIONS}/${i}`, message: `${JSON.stringify(pointer)} does not point at a subschema.` });
        return;
      }
      this.conditionSchemas.push({ schema: current, path: `#${pointer}`, scope });
    });
    return list as string[];
  }

  private lookup(ref: string, base: string): JsonSchema | undefined {
    const absolute = resolveUri(ref, base);
    const direct = this.resources.get(absolute);
    if (direct !== undefined) return direct;
    const resource = this.resources.get(stripFragment(absolute));
    if (resource === undefined) return undefined;
    const fragment = decodeURIComponentSafe(fragmentOf(absolute));
    if (fragment !== '' && !fragment.startsWith('/')) return undefined;
    let current: unknown = resource;
    for (const token of parsePointer(fragment)) {
      if (!(Array.isArray(current) || isPlainObject(current))) return undefined;
      current = ownValue(current, token);
    }
    if (!(isPlainObject(current) || typeof current === 'boolean')) return undefined;
    // A subschema under a keyword the index does not walk (an unknown one): it lives in the resource's base.
    if (isPlainObject(current) && !this.places.has(current)) {
      const place = this.places.get(resource as object)!;
      this.index(current, place.base, `${place.path}${fragment}`, place.draft);
    }
    return current as JsonSchema;
  }

  /** The target of a `$dynamicRef`: as a `$ref`, unless it lands on a `$dynamicAnchor`, then the outermost one in scope. */
  private dynamicTarget(ref: string, base: string, scope: readonly string[]): JsonSchema | undefined {
    const target = this.lookup(ref, base);
    const anchor = fragmentOf(ref);
    if (!isPlainObject(target) || anchor === '' || anchor.startsWith('/') || target.$dynamicAnchor !== anchor) return target;
    for (const resource of scope) {
      const outer = this.dynamicAnchors.get(`${resource}#${anchor}`);
      if (outer) return outer;
    }
    return target;
  }

  /** 2019-09's `$recursiveRef`: the outermost resource in scope with `$recursiveAnchor: true`, when the target has one. */
  private recursiveTarget(ref: string, base: string, scope: readonly string[]): JsonSchema | undefined {
    const target = this.lookup(ref, base);
    if (!isPlainObject(target) || target.$recursiveAnchor !== true) return target;
    for (const resource of scope) {
      const outer = this.resources.get(resource);
      if (isPlainObject(outer) && outer.$recursiveAnchor === true) return outer;
    }
    return target;
  }

  // ---- checking -----------------------------------------------------------------------------

  /** Validates `value`; pushes errors; returns what was evaluated, or null when invalid. */
  private check(schema: JsonSchema, value: unknown, instancePath: string, frame: Frame, errors: RawValidationError[], depth: number): Evaluated | null {
    if (schema === true) return { props: new Set(), items: 0 };
    if (schema === false) {
      errors.push(error(instancePath, frame.path, 'false schema', {}, 'boolean schema is false'));
      return null;
    }
    if (depth > MAX_DEPTH) {
      throw new SchemaError([{ pointer: frame.path.slice(1), message: 'The schema refers to itself without end (a reference cycle that consumes no data).' }]);
    }
    const s = schema as JsonSchemaObject;
    const place = this.places.get(s);
    const base = place?.base ?? DEFAULT_BASE;
    const draft = place?.draft ?? '2020-12';
    const modern = draft !== 'draft-07';
    const scope = base === frame.scope.at(-1) ? frame.scope : [...frame.scope, base];
    const path = frame.path;
    const at = (keyword: string) => `${path}/${keyword}`;
    const errorCount = errors.length;
    const evaluated: Evaluated = this.trackEvaluation ? { props: new Set(), items: 0 } : NOTHING_TRACKED;
    const absorb = (other: Evaluated | null) => {
      if (!other || !this.trackEvaluation) return;
      if (other.props === true || evaluated.props === true) evaluated.props = true;
      else for (const p of other.props) evaluated.props.add(p);
      if (other.items === true || evaluated.items === true) evaluated.items = true;
      else evaluated.items = Math.max(evaluated.items, other.items);
      if (other.contained) for (const i of other.contained) (evaluated.contained ??= new Set()).add(i);
    };
    const sub: SubCheck = (subschema, subValue, subInstancePath, subPath, into = errors) => {
      const level = subInstancePath === instancePath ? frame.level : frame.level + 1;
      if (level > MAX_DATA_DEPTH) {
        // Deeper than any dossier: said in words (and kept as it is by the form), never a stack overflow.
        into.push(error(subInstancePath, subPath, 'maxDepth', { limit: MAX_DATA_DEPTH }, `must not be nested more than ${MAX_DATA_DEPTH} levels deep`));
        return null;
      }
      return this.check(subschema, subValue, subInstancePath, { path: subPath, scope, level }, into, depth + 1);
    };
    const follow = (target: JsonSchema | undefined, keyword: string, ref: string) => {
      if (target === undefined) throw new SchemaError([{ pointer: at(keyword).slice(1), keyword, message: `Cannot resolve reference "${ref}".` }]);
      const targetPath = (isPlainObject(target) && this.places.get(target)?.path) || at(keyword);
      absorb(this.check(target, value, instancePath, { path: targetPath, scope, level: frame.level }, errors, depth + 1));
    };

    if (typeof s.$ref === 'string') {
      follow(this.lookup(s.$ref, base), '$ref', s.$ref);
      if (!modern) return errors.length === errorCount ? evaluated : null; // draft-07: "$ref" overrides its siblings
    }
    if (draft === '2020-12' && typeof s.$dynamicRef === 'string') follow(this.dynamicTarget(s.$dynamicRef, base, scope), '$dynamicRef', s.$dynamicRef);
    if (draft === '2019-09' && typeof s.$recursiveRef === 'string') follow(this.recursiveTarget(s.$recursiveRef, base, scope), '$recursiveRef', s.$recursiveRef);

    if (this.validationVocabulary) {
      if (s.type !== undefined) {
        const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
        if (!types.some((t) => hasType(value, t))) {
          errors.push(error(instancePath, at('type'), 'type', { type: types.join(',') }, `must be ${types.join(',')}`));
        }
      }
      if (Object.hasOwn(s, 'const') && !deepEqual(value, s.const)) {
        errors.push(error(instancePath, at('const'), 'const', { allowedValue: s.const }, 'must be equal to constant'));
      }
      if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(value, option))) {
        errors.push(error(instancePath, at('enum'), 'enum', { allowedValues: s.enum }, 'must be equal to one of the allowed values'));
      }
      if (typeof value === 'number') this.checkNumber(s, value, instancePath, at, errors);
      if (typeof value === 'string') this.checkString(s, value, instancePath, at, errors);
    }
    if (typeof s.format === 'string' && this.assertFormats) {
      const result = this.formatChecks.get(s.format)?.(value);
      if (result === false) errors.push(error(instancePath, at('format'), 'format', { format: s.format }, `must match format "${s.format}"`));
    }
    if (Array.isArray(value)) this.checkArray(s, draft, value, instancePath, path, errors, evaluated, sub);
    if (isPlainObject(value)) this.checkObject(s, draft, value, instancePath, path, errors, evaluated, sub);

    // in-place applicators
    if (Array.isArray(s.allOf)) {
      s.allOf.forEach((member, i) => absorb(sub(member as JsonSchema, value, instancePath, `${at('allOf')}/${i}`)));
    }
    if (Array.isArray(s.anyOf)) {
      const branchErrors: RawValidationError[] = [];
      let passed = false;
      s.anyOf.forEach((member, i) => {
        const result = sub(member as JsonSchema, value, instancePath, `${at('anyOf')}/${i}`, branchErrors);
        if (result) {
          passed = true;
          absorb(result);
        }
      });
      if (!passed) {
        errors.push(...branchErrors, error(instancePath, at('anyOf'), 'anyOf', {}, 'must match a schema in anyOf'));
      }
    }
    if (Array.isArray(s.oneOf)) {
      const branchErrors: RawValidationError[] = [];
      const passing: number[] = [];
      const results: Evaluated[] = [];
      s.oneOf.forEach((member, i) => {
        const result = sub(member as JsonSchema, value, instancePath, `${at('oneOf')}/${i}`, branchErrors);
        if (result) {
          passing.push(i);
          results.push(result);
        }
      });
      if (passing.length === 1) absorb(results[0]!);
      else if (passing.length === 0) errors.push(...branchErrors, error(instancePath, at('oneOf'), 'oneOf', { passingSchemas: null }, 'must match exactly one schema in oneOf'));
      else errors.push(error(instancePath, at('oneOf'), 'oneOf', { passingSchemas: passing.slice(0, 2) }, 'must match exactly one schema in oneOf'));
    }
    if (s.not !== undefined) {
      if (sub(s.not as JsonSchema, value, instancePath, at('not'), [])) {
        errors.push(error(instancePath, at('not'), 'not', {}, 'must NOT be valid'));
      }
    }
    if (s.if !== undefined) {
      const condition = sub(s.if as JsonSchema, value, instancePath, at('if'), []);
      if (condition) absorb(condition);
      const branchKeyword = condition ? 'then' : 'else';
      const branch = s[branchKeyword];
      if (branch !== undefined) {
        const result = sub(branch as JsonSchema, value, instancePath, at(branchKeyword));
        if (result) absorb(result);
        else errors.push(error(instancePath, at('if'), 'if', { failingKeyword: branchKeyword }, `must match "${branchKeyword}" schema`));
      }
    }
    if (isPlainObject(value)) {
      for (const [key, dependent] of this.dependentSchemasOf(s, draft, path)) {
        if (Object.hasOwn(value, key)) absorb(sub(dependent.schema, value, instancePath, dependent.path));
      }
      if (modern && s.unevaluatedProperties !== undefined) {
        for (const key of Object.keys(value)) {
          if (evaluated.props === true || evaluated.props.has(key)) continue;
          if (s.unevaluatedProperties === false) {
            errors.push(error(instancePath, at('unevaluatedProperties'), 'unevaluatedProperties', { unevaluatedProperty: key }, 'must NOT have unevaluated properties'));
          } else {
            sub(s.unevaluatedProperties as JsonSchema, value[key], `${instancePath}/${escapeToken(key)}`, at('unevaluatedProperties'));
          }
        }
        evaluated.props = true;
      }
    }
    if (Array.isArray(value) && modern && s.unevaluatedItems !== undefined) {
      const from = evaluated.items === true ? value.length : evaluated.items;
      for (let i = from; i < value.length; i++) {
        if (evaluated.contained?.has(i)) continue;
        if (s.unevaluatedItems === false) {
          errors.push(error(instancePath, at('unevaluatedItems'), 'unevaluatedItems', { limit: from }, `must NOT have more than ${from} items`));
          break;
        }
        sub(s.unevaluatedItems as JsonSchema, value[i], `${instancePath}/${i}`, at('unevaluatedItems'));
      }
      evaluated.items = true;
    }
    return errors.length === errorCount ? evaluated : null;
  }

  private dependentSchemasOf(s: JsonSchemaObject, draft: Draft, path: string): [string, { schema: JsonSchema; path: string }][] {
    const result: [string, { schema: JsonSchema; path: string }][] = [];
    if (draft !== 'draft-07' && isPlainObject(s.dependentSchemas)) {
      for (const [key, schema] of Object.entries(s.dependentSchemas)) result.push([key, { schema: schema as JsonSchema, path: `${path}/dependentSchemas/${escapeToken(key)}` }]);
    }
    if (isPlainObject(s.dependencies)) {
      for (const [key, dependency] of Object.entries(s.dependencies)) {
        if (!Array.isArray(dependency)) result.push([key, { schema: dependency as JsonSchema, path: `${path}/dependencies/${escapeToken(key)}` }]);
      }
    }
    return result;
  }

  private checkNumber(s: JsonSchemaObject, value: number, instancePath: string, at: (k: string) => string, errors: RawValidationError[]): void {
    const limit = (keyword: string, comparison: string, failed: (limitValue: number) => boolean) => {
      const limitValue = s[keyword];
      if (typeof limitValue === 'number' && failed(limitValue)) {
        errors.push(error(instancePath, at(keyword), keyword, { comparison, limit: limitValue }, `must be ${comparison} ${limitValue}`));
      }
    };
    limit('maximum', '<=', (l) => !(value <= l));
    limit('minimum', '>=', (l) => !(value >= l));
    limit('exclusiveMaximum', '<', (l) => !(value < l));
    limit('exclusiveMinimum', '>', (l) => !(value > l));
    if (typeof s.multipleOf === 'number' && !isMultipleOf(value, s.multipleOf)) {
      errors.push(error(instancePath, at('multipleOf'), 'multipleOf', { multipleOf: s.multipleOf }, `must be multiple of ${s.multipleOf}`));
    }
  }

  private checkString(s: JsonSchemaObject, value: string, instancePath: string, at: (k: string) => string, errors: RawValidationError[]): void {
    let tooLong = false;
    if (typeof s.maxLength === 'number' || typeof s.minLength === 'number') {
      const length = stringLength(value);
      tooLong = typeof s.maxLength === 'number' && length > s.maxLength;
      if (tooLong) {
        errors.push(error(instancePath, at('maxLength'), 'maxLength', { limit: s.maxLength }, `must NOT have more than ${s.maxLength as number} characters`));
      }
      if (typeof s.minLength === 'number' && length < s.minLength) {
        errors.push(error(instancePath, at('minLength'), 'minLength', { limit: s.minLength }, `must NOT have fewer than ${s.minLength} characters`));
      }
    }
    // A text already too long is invalid: no pattern is run on it (the length keywords bound the pattern's work).
    if (typeof s.pattern === 'string' && !tooLong && !this.regex(s.pattern).test(value)) {
      errors.push(error(instancePath, at('pattern'), 'pattern', { pattern: s.pattern }, `must match pattern "${s.pattern}"`));
    }
  }

  private checkArray(s: JsonSchemaObject, draft: Draft, value: unknown[], instancePath: string, path: string, errors: RawValidationError[], evaluated: Evaluated, sub: SubCheck): void {
    const at = (keyword: string) => `${path}/${keyword}`;
    const modern = draft !== 'draft-07';
    if (this.validationVocabulary) {
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) {
        errors.push(error(instancePath, at('maxItems'), 'maxItems', { limit: s.maxItems }, `must NOT have more than ${s.maxItems} items`));
      }
      if (typeof s.minItems === 'number' && value.length < s.minItems) {
        errors.push(error(instancePath, at('minItems'), 'minItems', { limit: s.minItems }, `must NOT have fewer than ${s.minItems} items`));
      }
      if (s.uniqueItems === true) {
        outer: for (let i = value.length - 1; i > 0; i--) {
          for (let j = i - 1; j >= 0; j--) {
            if (deepEqual(value[i], value[j])) {
              errors.push(error(instancePath, at('uniqueItems'), 'uniqueItems', { i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`));
              break outer;
            }
          }
        }
      }
    }
    const prefix = draft === '2020-12' && Array.isArray(s.prefixItems);
    const tuple = prefix ? (s.prefixItems as JsonSchema[]) : Array.isArray(s.items) ? (s.items as JsonSchema[]) : undefined;
    const tupleKeyword = prefix ? 'prefixItems' : 'items';
    let evaluatedItems = 0;
    if (tuple) {
      tuple.forEach((itemSchema, i) => {
        if (i < value.length) sub(itemSchema, value[i], `${instancePath}/${i}`, `${at(tupleKeyword)}/${i}`);
      });
      evaluatedItems = Math.min(tuple.length, value.length);
    }
    const rest = tuple && !prefix ? s.additionalItems : Array.isArray(s.items) ? undefined : s.items;
    const restKeyword = tuple && !prefix ? 'additionalItems' : 'items';
    if (rest !== undefined) {
      const start = tuple ? tuple.length : 0;
      if (rest === false && value.length > start) {
        errors.push(error(instancePath, at(restKeyword), restKeyword, { limit: start }, `must NOT have more than ${start} items`));
      } else {
        const restPath = at(restKeyword);
        for (let i = start; i < value.length; i++) this.memoised(rest as JsonSchema, value[i], instancePath, i, restPath, false, errors, sub);
      }
      if (value.length > start) evaluatedItems = value.length;
    }
    if (s.contains !== undefined) {
      const itemErrors: RawValidationError[] = [];
      const contained = new Set<number>();
      value.forEach((item, i) => {
        if (sub(s.contains as JsonSchema, item, `${instancePath}/${i}`, at('contains'), itemErrors) !== null) contained.add(i);
      });
      const min = modern && typeof s.minContains === 'number' ? s.minContains : 1;
      const max = modern && typeof s.maxContains === 'number' ? s.maxContains : undefined;
      if (contained.size < min || (max !== undefined && contained.size > max)) {
        if (contained.size < min) errors.push(...itemErrors);
        const wording = max === undefined ? `at least ${min}` : `at least ${min} and no more than ${max}`;
        errors.push(error(instancePath, at('contains'), 'contains', { minContains: min, ...(max !== undefined ? { maxContains: max } : {}) }, `must contain ${wording} valid item(s)`));
      } else if (this.trackEvaluation && draft === '2020-12' && contained.size > 0) {
        for (const i of contained) (evaluated.contained ??= new Set()).add(i);
      }
    }
    if (this.trackEvaluation) evaluated.items = evaluated.items === true ? true : Math.max(evaluated.items, evaluatedItems);
  }

  private checkObject(
    s: JsonSchemaObject,
    draft: Draft,
    value: Record<string, unknown>,
    instancePath: string,
    path: string,
    errors: RawValidationError[],
    evaluated: Evaluated,
    sub: SubCheck,
  ): void {
    const at = (keyword: string) => `${path}/${keyword}`;
    const keys = Object.keys(value);
    if (this.validationVocabulary) {
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) {
        errors.push(error(instancePath, at('maxProperties'), 'maxProperties', { limit: s.maxProperties }, `must NOT have more than ${s.maxProperties} properties`));
      }
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) {
        errors.push(error(instancePath, at('minProperties'), 'minProperties', { limit: s.minProperties }, `must NOT have fewer than ${s.minProperties} properties`));
      }
      if (Array.isArray(s.required)) {
        for (const key of s.required as string[]) {
          if (!Object.hasOwn(value, key)) errors.push(error(instancePath, at('required'), 'required', { missingProperty: key }, `must have required property '${key}'`));
        }
      }
      const dependentRequired: [string, string[], string][] = [];
      if (draft !== 'draft-07' && isPlainObject(s.dependentRequired)) {
        for (const [key, deps] of Object.entries(s.dependentRequired)) dependentRequired.push([key, deps as string[], 'dependentRequired']);
      }
      if (isPlainObject(s.dependencies)) {
        for (const [key, deps] of Object.entries(s.dependencies)) if (Array.isArray(deps)) dependentRequired.push([key, deps as string[], 'dependencies']);
      }
      for (const [key, deps, keyword] of dependentRequired) {
        if (!Object.hasOwn(value, key)) continue;
        for (const missing of deps) {
          if (!Object.hasOwn(value, missing)) {
            errors.push(error(instancePath, at(keyword), keyword, { property: key, missingProperty: missing, depsCount: deps.length, deps: deps.join(', ') }, `must have property ${missing} when property ${key} is present`));
          }
        }
      }
    }
    if (s.propertyNames !== undefined) {
      for (const key of keys) {
        const nameErrors: RawValidationError[] = [];
        if (!sub(s.propertyNames as JsonSchema, key, instancePath, at('propertyNames'), nameErrors)) {
          errors.push(...nameErrors.map((e) => ({ ...e, propertyName: key })), error(instancePath, at('propertyNames'), 'propertyNames', { propertyName: key }, 'property name must be valid'));
        }
      }
    }
    const properties = isPlainObject(s.properties) ? (s.properties as Record<string, JsonSchema>) : undefined;
    const patterns = isPlainObject(s.patternProperties) ? Object.entries(s.patternProperties as Record<string, JsonSchema>) : [];
    const seen = !this.trackEvaluation || evaluated.props === true ? undefined : evaluated.props;
    const propertiesPath = at('properties');
    const checksRest = patterns.length > 0 || s.additionalProperties !== undefined || seen !== undefined;
    for (const key of keys) {
      const declared = properties !== undefined && Object.hasOwn(properties, key);
      if (declared && !checksRest) {
        this.memoised(properties[key]!, value[key], instancePath, key, propertiesPath, true, errors, sub);
        continue;
      }
      let matched = false;
      const childPath = () => `${instancePath}/${escapeToken(key)}`;
      if (declared) {
        matched = true;
        this.memoised(properties[key]!, value[key], instancePath, key, propertiesPath, true, errors, sub);
      }
      for (const [pattern, patternSchema] of patterns) {
        if (this.regex(pattern).test(key)) {
          matched = true;
          sub(patternSchema, value[key], childPath(), `${at('patternProperties')}/${escapeToken(pattern)}`);
        }
      }
      if (matched) seen?.add(key);
      else if (s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) {
          errors.push(error(instancePath, at('additionalProperties'), 'additionalProperties', { additionalProperty: key }, 'must NOT have additional properties'));
        } else {
          sub(s.additionalProperties as JsonSchema, value[key], childPath(), at('additionalProperties'));
        }
        seen?.add(key);
      }
    }
  }

  /** A child check, reused when the same schema already judged the same value at the same place. */
  private memoised(
    schema: JsonSchema,
    value: unknown,
    parentPath: string,
    token: string | number,
    /** The schema path, or its prefix when `appendToken` (so no string is built on a cache hit). */
    schemaPath: string,
    appendToken: boolean,
    errors: RawValidationError[],
    sub: SubCheck,
  ): Evaluated | null {
    if (!this.memo || this.memoPaused) return sub(schema, value, `${parentPath}/${escapeToken(token)}`, appendToken ? `${schemaPath}/${escapeToken(token)}` : schemaPath);
    let siblings = this.memo.get(parentPath);
    if (!siblings) this.memo.set(parentPath, (siblings = new Map()));
    const previous = siblings.get(token);
    if (previous && previous.schema === schema && previous.value === value) {
      if (previous.errors.length > 0) errors.push(...previous.errors);
      return previous.result;
    }
    const own: RawValidationError[] = [];
    const result = sub(schema, value, `${parentPath}/${escapeToken(token)}`, appendToken ? `${schemaPath}/${escapeToken(token)}` : schemaPath, own);
    siblings.set(token, { schema, value, errors: own, result });
    if (own.length > 0) errors.push(...own);
    return result;
  }

  private regex(pattern: string): PatternTest {
    let regex = this.patterns.get(pattern);
    if (!regex) {
      regex = compilePattern(pattern);
      this.patterns.set(pattern, regex);
    }
    return regex;
  }
}

/** Calls `visit` for each subschema directly under a schema, with its path suffix ('/properties/a'). */
function forEachChild(schema: JsonSchemaObject, visit: (child: JsonSchema, at: string) => void): void {
  for (const keyword of Object.keys(schema)) {
    const value = schema[keyword];
    const at = `/${escapeToken(keyword)}`;
    if (SCHEMA_MAP_KEYWORDS.includes(keyword) || keyword === 'dependencies') {
      if (isPlainObject(value)) {
        for (const [name, child] of Object.entries(value)) if (!Array.isArray(child)) visit(child as JsonSchema, `${at}/${escapeToken(name)}`);
      }
    } else if (SCHEMA_ARRAY_KEYWORDS.includes(keyword) || keyword === 'items') {
      if (Array.isArray(value)) value.forEach((child, i) => visit(child as JsonSchema, `${at}/${i}`));
      else if (keyword === 'items') visit(value as JsonSchema, at);
    } else if (SCHEMA_KEYWORDS.includes(keyword)) {
      visit(value as JsonSchema, at);
    }
  }
}

function ownValue(container: unknown[] | Record<string, unknown>, token: string): unknown {
  if (Array.isArray(container)) return /^(0|[1-9]\d*)$/.test(token) ? container[Number(token)] : undefined;
  return Object.hasOwn(container, token) ? container[token] : undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return false;
  }
}

function error(instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string): RawValidationError {
  return { instancePath, schemaPath, keyword, params, message };
}

function resolveUri(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

function stripFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}

function fragmentOf(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? '' : uri.slice(hash + 1);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
