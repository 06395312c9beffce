/**
 * The links a schema hands to the page, checked with `unsafeUrlReason`: what `dvc-schema lint` (and so
 * `build`) refuses. The elements check again before rendering, for schemas that never went through lint.
 */
import { escapeToken, isPlainObject } from './pointer.js';
import { unsafeUrlReason } from './safe-url.js';
import { forEachSubschema } from './schema-walk.js';
import type { JsonSchema, SchemaProblem } from './types.js';

/**
 * Every URL-valued member of the vocabularies, as a path from the schema root (`*` is any array item).
 * The `format: "uri-reference"` members of `schemas/meta/*.schema.json`; a test keeps the list complete.
 */
export const SCHEMA_URL_FIELDS = ['/x-dvc/components/*/template'] as const;

/** The keyword that carries a component's template onto its upload field once `x-dvc` is expanded. */
export const TEMPLATE_KEYWORD = 'x-dvc-template';

/** A problem for every link in the schema that is not http(s) or relative. */
export function schemaUrlProblems(schema: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // A member that is no string is the meta-schema's to report (and no page renders it).
  const check = (value: unknown, pointer: string) => {
    if (typeof value !== 'string') return;
    const reason = unsafeUrlReason(value);
    if (reason !== undefined) problems.push({ pointer, keyword: 'format', message: `Unsafe link ${JSON.stringify(abbreviate(value))}: ${reason}` });
  };
  for (const field of SCHEMA_URL_FIELDS) {
    for (const [pointer, value] of valuesAt(schema, field.split('/').slice(1))) check(value, pointer);
  }
  forEachSubschema(schema as JsonSchema, (subschema, pointer) => {
    if (Object.hasOwn(subschema, TEMPLATE_KEYWORD)) check(subschema[TEMPLATE_KEYWORD], `${pointer}/${TEMPLATE_KEYWORD}`);
  });
  return problems;
}

/** The own members at a path (`*` for every item of an array), with their pointers. */
function valuesAt(node: unknown, tokens: readonly string[], pointer = ''): [string, unknown][] {
  if (tokens.length === 0) return [[pointer, node]];
  const [token, ...rest] = tokens as [string, ...string[]];
  if (token === '*') {
    return Array.isArray(node) ? node.flatMap((item, i) => valuesAt(item, rest, `${pointer}/${i}`)) : [];
  }
  return isPlainObject(node) && Object.hasOwn(node, token) ? valuesAt(node[token], rest, `${pointer}/${escapeToken(token)}`) : [];
}

/** Long values shortened for a one-line message. */
function abbreviate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}
