/**
 * Key–value maps: objects whose other keys `additionalProperties` (a schema) or `patternProperties` allow. Pure
 * helpers of the form: which schema a key selects, and why a key the citizen typed cannot be used.
 */
import { isPlainObject, setOwn } from './pointer.js';
import type { JsonSchema, JsonSchemaObject } from './types.js';

const patterns = new Map<string, RegExp | null>();

function patternMatches(pattern: string, key: string): boolean {
  let regex = patterns.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null; // the linter reports it; a key it cannot test goes to additionalProperties
    }
    patterns.set(pattern, regex);
  }
  return regex !== null && regex.test(key);
}

/**
 * The schema that checks the value of an undeclared key, as the validator picks it: the first `patternProperties`
 * that matches, else `additionalProperties` (true when absent), and which one it is (to tell a rename that changes it).
 */
export function entrySchemaOf(schema: JsonSchemaObject, key: string): { schema: JsonSchema; selector: string } {
  if (isPlainObject(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
      if (patternMatches(pattern, key)) return { schema: sub as JsonSchema, selector: `p${pattern}` };
    }
  }
  const rest = schema.additionalProperties;
  return { schema: rest === undefined ? true : (rest as JsonSchema), selector: 'a' };
}

/** The keys of an object that a map shows as rows: own keys its declared (or hidden) properties do not name. */
export function entryKeys(object: Record<string, unknown> | undefined, declared: (key: string) => boolean): string[] {
  return object ? Object.keys(object).filter((key) => !declared(key)) : [];
}

export type KeyProblem = 'required' | 'duplicateKey' | 'keySelectsOtherSchema';

/**
 * Why `key` cannot name a row of the map (or undefined when it can): empty, already a key or a declared field, or
 * (for a rename of `from` whose value is there) it selects another schema than `from` does.
 */
export function keyProblem(
  schema: JsonSchemaObject,
  object: Record<string, unknown> | undefined,
  declared: (key: string) => boolean,
  key: string,
  from?: string,
): KeyProblem | undefined {
  if (key === '') return 'required';
  if (declared(key) || (object !== undefined && Object.hasOwn(object, key))) return 'duplicateKey';
  if (from !== undefined && !isBlank(object?.[from]) && entrySchemaOf(schema, from).selector !== entrySchemaOf(schema, key).selector) {
    return 'keySelectsOtherSchema';
  }
  return undefined;
}

/** A value a rename may drop: nothing typed yet (a new row's default, or a cleared one). */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A copy of `object` with key `from` renamed `to`, holding `value`, in its place among the others. */
export function renameKey(object: Record<string, unknown>, from: string, to: string, value: unknown): Record<string, unknown> {
  const renamed: Record<string, unknown> = {};
  for (const key of Object.keys(object)) setOwn(renamed, key === from ? to : key, key === from ? value : object[key]);
  return renamed;
}
