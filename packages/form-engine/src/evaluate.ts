/**
 * A small, eval-free JSON Schema matcher used to decide conditions (if/then/else, dependent
 * schemas, which oneOf branch applies). It answers "does the value match?", not "why not".
 * Formats are not checked here: a condition on a format is unusual and the validator judges them.
 */
import { isPlainObject } from './pointer.js';
import type { SchemaContext } from './schema.js';
import type { JsonSchema } from './types.js';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = jsonTypeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const patternCache = new Map<string, RegExp>();
function testPattern(pattern: string, text: string): boolean {
  let regex = patternCache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    patternCache.set(pattern, regex);
  }
  return regex.test(text);
}

/** Length in code points, as JSON Schema counts it. */
export function stringLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

export function matches(context: SchemaContext, schema: JsonSchema | undefined, value: unknown, depth = 0): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  if (depth > 64) return true; // a self-referencing schema without data to stop it: give up rather than loop
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string' && !matches(context, context.lookupRef(s.$ref, s), value, depth + 1)) return false;

  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((type) => hasType(value, type as string))) return false;
  }
  if ('const' in s && !deepEqual(value, s.const)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((option) => deepEqual(value, option))) return false;

  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
    if (typeof s.multipleOf === 'number' && !isMultipleOf(value, s.multipleOf)) return false;
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && stringLength(value) < s.minLength) return false;
    if (typeof s.maxLength === 'number' && stringLength(value) > s.maxLength) return false;
    if (typeof s.pattern === 'string' && !testPattern(s.pattern, value)) return false;
  }
  if (isPlainObject(value)) {
    if (Array.isArray(s.required) && !s.required.every((key) => (key as string) in value)) return false;
    const properties = isPlainObject(s.properties) ? s.properties : undefined;
    if (properties) {
      for (const [key, sub] of Object.entries(properties)) {
        if (key in value && !matches(context, sub as JsonSchema, value[key], depth + 1)) return false;
      }
    }
    if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
      for (const key of Object.keys(value)) {
        if (properties && key in properties) continue;
        if (!matches(context, s.additionalProperties as JsonSchema, value[key], depth + 1)) return false;
      }
    }
    if (isPlainObject(s.dependentRequired)) {
      for (const [key, needed] of Object.entries(s.dependentRequired)) {
        if (key in value && !(needed as string[]).every((other) => other in value)) return false;
      }
    }
    if (typeof s.minProperties === 'number' && Object.keys(value).length < s.minProperties) return false;
    if (typeof s.maxProperties === 'number' && Object.keys(value).length > s.maxProperties) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    if (s.items !== undefined && !Array.isArray(s.items)) {
      const start = Array.isArray(s.prefixItems) ? s.prefixItems.length : 0;
      for (let i = start; i < value.length; i++) if (!matches(context, s.items as JsonSchema, value[i], depth + 1)) return false;
    }
    if (s.contains !== undefined && !value.some((item) => matches(context, s.contains as JsonSchema, item, depth + 1))) return false;
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => matches(context, sub as JsonSchema, value, depth + 1))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => matches(context, sub as JsonSchema, value, depth + 1))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => matches(context, sub as JsonSchema, value, depth + 1)).length !== 1) return false;
  if (s.not !== undefined && matches(context, s.not as JsonSchema, value, depth + 1)) return false;
  if (s.if !== undefined) {
    const branch = matches(context, s.if as JsonSchema, value, depth + 1) ? s.then : s.else;
    if (!matches(context, branch as JsonSchema | undefined, value, depth + 1)) return false;
  }
  return true;
}

function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}
