/**
 * Drafts and the subschema walk: what preparing a schema (`lint.ts`) and the eval-free interpreter need, kept
 * apart from `schema.ts` so that a page with only the core loads none of it (a bundler puts a module shared with
 * a lazy chunk whole into the page).
 */
import { escapeToken, isPlainObject } from './pointer.js';
import type { JsonSchema, JsonSchemaObject } from './types.js';

export const DRAFTS = ['2020-12', '2019-09', 'draft-07'] as const;
export type Draft = (typeof DRAFTS)[number];

export function detectDraft(schema: unknown): Draft {
  const declared = isPlainObject(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (/draft-0[67]/.test(declared)) return 'draft-07';
  if (isPlainObject(schema) && 'definitions' in schema && !('$defs' in schema)) return 'draft-07';
  return '2020-12';
}

export const SCHEMA_MAP_KEYWORDS = ['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas'];
export const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
export const SCHEMA_KEYWORDS = [
  'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames', 'contains',
  'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
];
/**
 * Calls `visit` for every subschema with its pointer and depth (the root is 0), the root included; `visit`
 * returning false skips what is below.
 */
export function forEachSubschema(
  schema: JsonSchema,
  visit: (schema: JsonSchemaObject, pointer: string, depth: number) => void | boolean,
  pointer = '',
  depth = 0,
): void {
  if (!isPlainObject(schema)) return;
  if (visit(schema, pointer, depth) === false) return;
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapeToken(keyword)}`;
    if (SCHEMA_MAP_KEYWORDS.includes(keyword) && isPlainObject(value)) {
      for (const [name, sub] of Object.entries(value)) forEachSubschema(sub as JsonSchema, visit, `${at}/${escapeToken(name)}`, depth + 1);
    } else if (SCHEMA_ARRAY_KEYWORDS.includes(keyword) && Array.isArray(value)) {
      value.forEach((sub, i) => forEachSubschema(sub as JsonSchema, visit, `${at}/${i}`, depth + 1));
    } else if (keyword === 'items' || keyword === 'dependencies') {
      if (Array.isArray(value)) value.forEach((sub, i) => forEachSubschema(sub as JsonSchema, visit, `${at}/${i}`, depth + 1));
      else if (keyword === 'items') forEachSubschema(value as JsonSchema, visit, at, depth + 1);
      else if (isPlainObject(value)) {
        for (const [name, sub] of Object.entries(value)) {
          if (!Array.isArray(sub)) forEachSubschema(sub as JsonSchema, visit, `${at}/${escapeToken(name)}`, depth + 1);
        }
      }
    } else if (SCHEMA_KEYWORDS.includes(keyword)) {
      forEachSubschema(value as JsonSchema, visit, at, depth + 1);
    }
  }
}
