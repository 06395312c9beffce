/**
 * Preparing a schema for the form: what can be done once, before any page shows it. `dvc-schema build`
 * does it at build time (its `schema.json` is prepared), so a page for a known procedure loads none of
 * this module: no linter, no `x-ui` checker, no vocabulary checks or expansion.
 */
import { isPlainObject } from './pointer.js';
import { lintSchema, upgradeDraft04 } from './lint.js';
import { SchemaContext, SchemaError, isObjectBranch } from './schema.js';
import { forEachSubschema } from './schema-walk.js';
import type { JsonSchema, JsonSchemaObject, SchemaProblem, SchemaVocabulary } from './types.js';
import { checkUiVocabulary } from './ui-vocabulary.js';
import { CONDITIONS, PREPARED, isPrepared } from './prepared.js';

export { CONDITIONS, PREPARED, isPrepared };

export interface PrepareOptions {
  /** Extension vocabularies (e.g. `x-dvc` from `@dvc-kit/procedure`): each checks the schema, then expands it. */
  vocabularies?: readonly SchemaVocabulary[];
  /** Check a schema marked prepared again (its mark is only a claim). */
  verifyPrepared?: boolean;
  /** Other schema documents by URI that references may name (see `FormOptions.schemas`). */
  schemas?: Readonly<Record<string, unknown>>;
}

/**
 * The prepared schema and every problem found; the schema is usable only when there are none. A schema that
 * is prepared already is returned as it is, checked again when `verifyPrepared`.
 */
export function prepareWithProblems(schema: unknown, { vocabularies = [], verifyPrepared = false, schemas }: PrepareOptions = {}): { schema: JsonSchemaObject; problems: SchemaProblem[] } {
  if (isPrepared(schema)) {
    return {
      schema: schema as JsonSchemaObject,
      problems: verifyPrepared ? [...lintSchema(schema, checkUiVocabulary, schemas), ...vocabularies.flatMap((vocabulary) => vocabulary.check(schema))] : [],
    };
  }
  const upgraded = upgradeDraft04(schema);
  let root: JsonSchemaObject =
    upgraded === true || upgraded === undefined ? {} : upgraded === false ? { not: {} } : isPlainObject(upgraded) ? (upgraded as JsonSchemaObject) : {};
  const problems = lintSchema(upgraded, checkUiVocabulary, schemas);
  for (const vocabulary of vocabularies) {
    const found = vocabulary.check(upgraded);
    problems.push(...found);
    // Only a well-formed vocabulary can be expanded (dossier components become upload fields).
    if (found.length === 0 && vocabulary.expand && isPlainObject(upgraded)) root = vocabulary.expand(root);
  }
  return { schema: problems.length > 0 ? root : { ...root, [PREPARED]: true, [CONDITIONS]: conditionPointers(root, schemas) }, problems };
}

/**
 * Where the form will ask "does the data match this subschema?": every `if`, and every object branch of a
 * `oneOf`/`anyOf` with two or more of them (the alternatives the form offers). Booleans need no test.
 */
export function conditionPointers(root: JsonSchemaObject, schemas?: Readonly<Record<string, unknown>>): string[] {
  const context = new SchemaContext(root, schemas);
  const pointers: string[] = [];
  forEachSubschema(root, (schema, pointer) => {
    if (isPlainObject(schema.if)) pointers.push(`${pointer}/if`);
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const list = schema[keyword];
      if (!Array.isArray(list)) continue;
      const objects = list.map((branch, i) => [context.resolve(branch as JsonSchema), i] as const).filter(([b]) => b.type !== 'null');
      // The form's test for alternatives, so that every branch it may ask about is listed.
      if (objects.length < 2 || !objects.every(([b]) => isObjectBranch(b))) continue;
      for (const [, i] of objects) if (isPlainObject(list[i])) pointers.push(`${pointer}/${keyword}/${i}`);
    }
  });
  return pointers;
}

/**
 * The schema as the form engine's core reads it: draft-04 upgraded, linted (structure, `x-ui`, and each vocabulary
 * given: `x-dvc` with `@dvc-kit/procedure`), expanded by the vocabularies (dossier components into upload fields),
 * and marked prepared. Throws `SchemaError` listing every problem. A prepared schema is returned as it is.
 */
export function prepareSchema(schema: unknown, options: Pick<PrepareOptions, 'vocabularies'> = {}): JsonSchemaObject {
  const result = prepareWithProblems(schema, options);
  if (result.problems.length > 0) throw new SchemaError(result.problems);
  return result.schema;
}
