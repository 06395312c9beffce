/**
 * An eval-free JSON Schema validator (drafts 2020-12, 2019-09 and 07) that reports errors in ajv's
 * shape. It compiles nothing, so it starts at once on large schemas and runs under a strict
 * Content-Security-Policy; tests hold its verdicts equal to ajv's.
 */
import { deepEqual, stringLength } from '../evaluate.js';
import { registeredFormats, testFormat } from '../formats.js';
import { escapeToken, isPlainObject, parsePointer } from '../pointer.js';
import { isExtensionKeyword } from '../lint.js';
import { SchemaError } from '../schema.js';
import { detectDraft } from '../schema-walk.js';
import type { Draft } from '../schema-walk.js';
import type { FormatDefinition, JsonSchema, JsonSchemaObject, RawValidationError, Validator } from '../types.js';
import { STANDARD_FORMATS } from './standard-formats.js';

export interface SchemaValidatorOptions {
  formats?: Record<string, FormatDefinition>;
  /**
   * Reuse the result for a value at the same place when neither it nor its schema changed
   * (by identity). Only for callers that never mutate data in place, like the form engine.
   */
  incremental?: boolean;
}

// The URL class exists in every runtime we target (browsers, Node); the engine's lib has no DOM types.
declare const URL: { new (input: string, base?: string): { href: string } };

const NOTHING_TRACKED: Evaluated = Object.freeze({ props: true, items: true }) as Evaluated;
const DEFAULT_BASE = 'https://dvc-kit.invalid/schema.json';

/** What a successful subschema evaluated, for unevaluatedProperties/unevaluatedItems. */
interface Evaluated {
  props: Set<string> | true;
  items: number | true;
}

interface Frame {
  base: string;
  /** Schema path in ajv's form: '#/properties/a'. */
  path: string;
}

type FormatCheck = (value: unknown) => boolean | undefined;

export function createSchemaValidator(schema: unknown, options: SchemaValidatorOptions = {}): Validator {
  const interpreter = new Interpreter(schema as JsonSchema, { ...registeredFormats(), ...options.formats }, options.incremental ?? false);
  return { validate: (data) => interpreter.validate(data) };
}

/** Names of the formats this validator knows without registration. */
export const STANDARD_FORMAT_NAMES: readonly string[] = Object.keys(STANDARD_FORMATS);

class Interpreter {
  private readonly root: JsonSchema;
  private readonly draft: Draft;
  private readonly resources = new Map<string, JsonSchema>();
  private readonly bases = new WeakMap<object, string>();
  private readonly paths = new WeakMap<object, string>();
  private readonly formatChecks = new Map<string, FormatCheck>();
  private readonly patterns = new Map<string, RegExp>();
  /** Only schemas that use unevaluatedProperties/Items pay for tracking what was evaluated. */
  private readonly trackEvaluation: boolean;

  /** Last result per instance path (incremental mode): the schema and value it was computed for. */
  private readonly memo: Map<string, Map<string | number, { schema: JsonSchema; value: unknown; errors: RawValidationError[]; result: Evaluated | null }>> | undefined;

  constructor(root: JsonSchema, formats: Record<string, FormatDefinition>, incremental: boolean) {
    this.root = root;
    this.memo = incremental ? new Map() : undefined;
    this.draft = detectDraft(root);
    this.trackEvaluation = JSON.stringify(root).includes('"unevaluated');
    for (const [name, standard] of Object.entries(STANDARD_FORMATS)) {
      this.formatChecks.set(name, (v) => (typeof v === standard.type ? (standard.test as (x: unknown) => boolean)(v) : undefined));
    }
    for (const [name, definition] of Object.entries(formats)) {
      this.formatChecks.set(name, (v) => (typeof v === 'string' ? testFormat(definition, v) : undefined));
    }
    this.index(root, DEFAULT_BASE, '#');
    const unknownFormats: string[] = [];
    this.visitFormats(root, (format, path) => {
      if (!this.formatChecks.has(format)) unknownFormats.push(`${path}: unknown format "${format}"`);
    });
    if (unknownFormats.length > 0) {
      throw new SchemaError(unknownFormats.map((text) => {
        const [path, message] = text.split(': ');
        return { pointer: `${path!.replace(/^#/, '')}/format`, keyword: 'format', message: `Unknown format${message!.replace('unknown format', '')}: register it with registerFormat().` };
      }));
    }
  }

  validate(data: unknown): RawValidationError[] {
    const errors: RawValidationError[] = [];
    this.check(this.root, data, '', { base: this.bases.get(this.root as object) ?? DEFAULT_BASE, path: '#' }, errors);
    return errors;
  }

  // ---- indexing -----------------------------------------------------------------------------

  private index(schema: JsonSchema, base: string, path: string): void {
    if (!isPlainObject(schema)) return;
    let here = base;
    if (typeof schema.$id === 'string' && !(this.draft === 'draft-07' && schema.$id.startsWith('#'))) {
      here = resolveUri(schema.$id, base);
      this.resources.set(stripFragment(here), schema);
    } else if (typeof schema.$id === 'string') {
      this.resources.set(`${stripFragment(base)}${schema.$id}`, schema); // draft-07 plain-name fragment id
    }
    if (path === '#') this.resources.set(stripFragment(here), schema);
    for (const anchorKeyword of ['$anchor', '$dynamicAnchor']) {
      const anchor = schema[anchorKeyword];
      if (typeof anchor === 'string') this.resources.set(`${stripFragment(here)}#${anchor}`, schema);
    }
    this.bases.set(schema, here);
    this.paths.set(schema, path);
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === 'const' || keyword === 'enum' || keyword === 'default' || keyword === 'examples' || isExtensionKeyword(keyword)) continue;
      const at = `${path}/${escapeToken(keyword)}`;
      if (['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'].includes(keyword) && isPlainObject(value)) {
        for (const [name, sub] of Object.entries(value)) this.index(sub as JsonSchema, here, `${at}/${escapeToken(name)}`);
      } else if (Array.isArray(value)) {
        value.forEach((sub, i) => this.index(sub as JsonSchema, here, `${at}/${i}`));
      } else if (isPlainObject(value)) {
        this.index(value, here, at);
      }
    }
  }

  private visitFormats(schema: JsonSchema, visit: (format: string, path: string) => void): void {
    if (!isPlainObject(schema)) return;
    if (typeof schema.format === 'string') visit(schema.format, this.paths.get(schema) ?? '#');
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === 'const' || keyword === 'enum' || keyword === 'default' || keyword === 'examples' || isExtensionKeyword(keyword)) continue;
      if (isPlainObject(value) && ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'].includes(keyword)) {
        for (const sub of Object.values(value)) this.visitFormats(sub as JsonSchema, visit);
      } else if (Array.isArray(value)) value.forEach((sub) => this.visitFormats(sub as JsonSchema, visit));
      else if (isPlainObject(value)) this.visitFormats(value, visit);
    }
  }

  private lookup(ref: string, base: string): JsonSchema | undefined {
    const absolute = resolveUri(ref, base);
    const direct = this.resources.get(absolute);
    if (direct !== undefined) return direct;
    const hash = absolute.indexOf('#');
    const resource = this.resources.get(hash === -1 ? absolute : absolute.slice(0, hash));
    if (resource === undefined) return undefined;
    const fragment = hash === -1 ? '' : decodeURIComponentSafe(absolute.slice(hash + 1));
    if (fragment !== '' && !fragment.startsWith('/')) return undefined;
    let current: unknown = resource;
    for (const token of parsePointer(fragment)) {
      if (Array.isArray(current)) current = current[Number(token)];
      else if (isPlainObject(current)) current = current[token];
      else return undefined;
    }
    return current as JsonSchema | undefined;
  }

  // ---- checking -----------------------------------------------------------------------------

  /** Validates `value`; pushes errors; returns what was evaluated, or null when invalid. */
  private check(schema: JsonSchema, value: unknown, instancePath: string, frame: Frame, errors: RawValidationError[], depth = 0): Evaluated | null {
    if (schema === true) return { props: new Set(), items: 0 };
    if (schema === false) {
      errors.push(error(instancePath, frame.path, 'false schema', {}, 'boolean schema is false'));
      return null;
    }
    if (depth > 200) throw new Error('Schema recursion is too deep.');
    const s = schema as JsonSchemaObject;
    const base = this.bases.get(s) ?? frame.base;
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
    };
    const sub = (subschema: JsonSchema, subValue: unknown, subInstancePath: string, subPath: string, into: RawValidationError[] = errors) =>
      this.check(subschema, subValue, subInstancePath, { base, path: subPath }, into, depth + 1);

    for (const refKeyword of ['$ref', '$dynamicRef', '$recursiveRef']) {
      const ref = s[refKeyword];
      if (typeof ref !== 'string') continue;
      const target = this.lookup(ref === '#' && refKeyword !== '$ref' ? '#' : ref, base);
      if (target === undefined) throw new SchemaError([{ pointer: at(refKeyword).slice(1), keyword: refKeyword, message: `Cannot resolve reference "${ref}".` }]);
      const targetPath = this.paths.get(target as object) ?? at(refKeyword);
      absorb(this.check(target, value, instancePath, { base, path: targetPath }, errors, depth + 1));
    }

    // type
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => hasType(value, t))) {
        errors.push(error(instancePath, at('type'), 'type', { type: types.join(',') }, `must be ${types.join(',')}`));
      }
    }
    if ('const' in s && !deepEqual(value, s.const)) {
      errors.push(error(instancePath, at('const'), 'const', { allowedValue: s.const }, 'must be equal to constant'));
    }
    if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(value, option))) {
      errors.push(error(instancePath, at('enum'), 'enum', { allowedValues: s.enum }, 'must be equal to one of the allowed values'));
    }

    if (typeof value === 'number') this.checkNumber(s, value, instancePath, at, errors);
    if (typeof value === 'string') this.checkString(s, value, instancePath, at, errors);
    if (typeof s.format === 'string') {
      const result = this.formatChecks.get(s.format)?.(value);
      if (result === false) errors.push(error(instancePath, at('format'), 'format', { format: s.format }, `must match format "${s.format}"`));
    }
    if (Array.isArray(value)) this.checkArray(s, value, instancePath, path, errors, evaluated, sub);
    if (isPlainObject(value)) this.checkObject(s, value, instancePath, path, errors, evaluated, sub);

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
      const dependentSchemas = this.dependentSchemasOf(s);
      for (const [key, dependent] of dependentSchemas) {
        if (key in value) absorb(sub(dependent.schema, value, instancePath, dependent.path));
      }
      if (s.unevaluatedProperties !== undefined) {
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
    if (Array.isArray(value) && s.unevaluatedItems !== undefined) {
      const from = evaluated.items === true ? value.length : evaluated.items;
      for (let i = from; i < value.length; i++) {
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

  private dependentSchemasOf(s: JsonSchemaObject): [string, { schema: JsonSchema; path: string }][] {
    const result: [string, { schema: JsonSchema; path: string }][] = [];
    if (isPlainObject(s.dependentSchemas)) {
      for (const [key, schema] of Object.entries(s.dependentSchemas)) result.push([key, { schema: schema as JsonSchema, path: `${this.paths.get(s) ?? '#'}/dependentSchemas/${escapeToken(key)}` }]);
    }
    if (isPlainObject(s.dependencies)) {
      for (const [key, dependency] of Object.entries(s.dependencies)) {
        if (!Array.isArray(dependency)) result.push([key, { schema: dependency as JsonSchema, path: `${this.paths.get(s) ?? '#'}/dependencies/${escapeToken(key)}` }]);
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
    if (typeof s.multipleOf === 'number') {
      const quotient = value / s.multipleOf;
      if (quotient !== parseInt(String(quotient), 10) && !(Number.isInteger(quotient))) {
        errors.push(error(instancePath, at('multipleOf'), 'multipleOf', { multipleOf: s.multipleOf }, `must be multiple of ${s.multipleOf}`));
      }
    }
  }

  private checkString(s: JsonSchemaObject, value: string, instancePath: string, at: (k: string) => string, errors: RawValidationError[]): void {
    if (typeof s.maxLength === 'number' || typeof s.minLength === 'number') {
      const length = stringLength(value);
      if (typeof s.maxLength === 'number' && length > s.maxLength) {
        errors.push(error(instancePath, at('maxLength'), 'maxLength', { limit: s.maxLength }, `must NOT have more than ${s.maxLength} characters`));
      }
      if (typeof s.minLength === 'number' && length < s.minLength) {
        errors.push(error(instancePath, at('minLength'), 'minLength', { limit: s.minLength }, `must NOT have fewer than ${s.minLength} characters`));
      }
    }
    if (typeof s.pattern === 'string' && !this.regex(s.pattern).test(value)) {
      errors.push(error(instancePath, at('pattern'), 'pattern', { pattern: s.pattern }, `must match pattern "${s.pattern}"`));
    }
  }

  private checkArray(
    s: JsonSchemaObject,
    value: unknown[],
    instancePath: string,
    path: string,
    errors: RawValidationError[],
    evaluated: Evaluated,
    sub: (schema: JsonSchema, v: unknown, ip: string, sp: string, into?: RawValidationError[]) => Evaluated | null,
  ): void {
    const at = (keyword: string) => `${path}/${keyword}`;
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
    const tuple = Array.isArray(s.prefixItems) ? (s.prefixItems as JsonSchema[]) : Array.isArray(s.items) ? (s.items as JsonSchema[]) : undefined;
    const tupleKeyword = Array.isArray(s.prefixItems) ? 'prefixItems' : 'items';
    let evaluatedItems = 0;
    if (tuple) {
      tuple.forEach((itemSchema, i) => {
        if (i < value.length) sub(itemSchema, value[i], `${instancePath}/${i}`, `${at(tupleKeyword)}/${i}`);
      });
      evaluatedItems = Math.min(tuple.length, value.length);
    }
    const rest = tuple && tupleKeyword === 'items' ? s.additionalItems : Array.isArray(s.items) ? undefined : s.items;
    const restKeyword = tuple && tupleKeyword === 'items' ? 'additionalItems' : 'items';
    if (rest !== undefined && (tuple === undefined || tuple.length < value.length || rest === false)) {
      const start = tuple ? tuple.length : 0;
      if (rest === false && value.length > start) {
        errors.push(error(instancePath, at(restKeyword), restKeyword, { limit: start }, `must NOT have more than ${start} items`));
      } else {
        const restPath = at(restKeyword);
        for (let i = start; i < value.length; i++) this.memoised(rest as JsonSchema, value[i], instancePath, i, restPath, false, errors, sub);
      }
      evaluatedItems = value.length;
    }
    if (s.contains !== undefined) {
      const itemErrors: RawValidationError[] = [];
      const matchesCount = value.filter((item, i) => sub(s.contains as JsonSchema, item, `${instancePath}/${i}`, at('contains'), itemErrors) !== null).length;
      const min = typeof s.minContains === 'number' && this.draft !== 'draft-07' ? s.minContains : 1;
      const max = typeof s.maxContains === 'number' && this.draft !== 'draft-07' ? s.maxContains : undefined;
      if (matchesCount < min || (max !== undefined && matchesCount > max)) {
        if (matchesCount < min) errors.push(...itemErrors);
        errors.push(error(instancePath, at('contains'), 'contains', { minContains: min, ...(max !== undefined ? { maxContains: max } : {}) }, 'must contain at least 1 valid item(s)'));
      }
    }
    if (this.trackEvaluation) evaluated.items = evaluated.items === true ? true : Math.max(evaluated.items, evaluatedItems);
  }

  private checkObject(
    s: JsonSchemaObject,
    value: Record<string, unknown>,
    instancePath: string,
    path: string,
    errors: RawValidationError[],
    evaluated: Evaluated,
    sub: (schema: JsonSchema, v: unknown, ip: string, sp: string, into?: RawValidationError[]) => Evaluated | null,
  ): void {
    const at = (keyword: string) => `${path}/${keyword}`;
    const keys = Object.keys(value);
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) {
      errors.push(error(instancePath, at('maxProperties'), 'maxProperties', { limit: s.maxProperties }, `must NOT have more than ${s.maxProperties} properties`));
    }
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) {
      errors.push(error(instancePath, at('minProperties'), 'minProperties', { limit: s.minProperties }, `must NOT have fewer than ${s.minProperties} properties`));
    }
    if (Array.isArray(s.required)) {
      for (const key of s.required as string[]) {
        if (!(key in value)) errors.push(error(instancePath, at('required'), 'required', { missingProperty: key }, `must have required property '${key}'`));
      }
    }
    const dependentRequired: [string, string[], string][] = [];
    if (isPlainObject(s.dependentRequired)) {
      for (const [key, deps] of Object.entries(s.dependentRequired)) dependentRequired.push([key, deps as string[], 'dependentRequired']);
    }
    if (isPlainObject(s.dependencies)) {
      for (const [key, deps] of Object.entries(s.dependencies)) if (Array.isArray(deps)) dependentRequired.push([key, deps as string[], 'dependencies']);
    }
    for (const [key, deps, keyword] of dependentRequired) {
      if (!(key in value)) continue;
      for (const missing of deps) {
        if (!(missing in value)) {
          errors.push(error(instancePath, at(keyword), keyword, { property: key, missingProperty: missing, depsCount: deps.length, deps: deps.join(', ') }, `must have property ${missing} when property ${key} is present`));
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
      const declared = properties !== undefined && Object.prototype.hasOwnProperty.call(properties, key);
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
    sub: (schema: JsonSchema, v: unknown, ip: string, sp: string, into?: RawValidationError[]) => Evaluated | null,
  ): Evaluated | null {
    if (!this.memo) return sub(schema, value, `${parentPath}/${escapeToken(token)}`, appendToken ? `${schemaPath}/${escapeToken(token)}` : schemaPath);
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

  private regex(pattern: string): RegExp {
    let regex = this.patterns.get(pattern);
    if (!regex) {
      regex = new RegExp(pattern, 'u');
      this.patterns.set(pattern, regex);
    }
    return regex;
  }
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

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
