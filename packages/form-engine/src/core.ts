/**
 * `@dvc-kit/form-engine/core`: the form engine for prepared schemas (`dvc-schema build` writes them;
 * `prepareSchema` from `@dvc-kit/form-engine/prepare` makes one at run time). It loads no validator of
 * its own (no eval-free interpreter, no ajv), no schema linter and no `x-dvc` expansion: the page passes
 * the procedure's precompiled validator.
 */
import type { DossierForm, FormOptions } from './api.js';
import type { JsonSchemaObject } from './types.js';
import { openForm } from './form.js';
import { CONDITIONS, PREPARED, isPrepared } from './prepared.js';
import { SchemaError } from './schema.js';

export type { DossierForm, FormOptions } from './api.js';
export { inputValueOf } from './form.js';
export { localized } from './schema-text.js';
export { registerFormat, registeredFormats } from './formats.js';
export { formatMessage, hasMessages, registerMessages } from './messages.js';
export type { Dictionaries, MessageContext, MessageDictionary, MessageFn, MessageKey } from './messages.js';
export { SchemaError, SchemaContext } from './schema.js';
export { collectionAt } from './collection-support.js';
export type { CollectionSupport } from './collection-support.js';
export { deepEqual } from './json-values.js';
export { composeDate, dateMistake, splitDate, wrongDateParts } from './date-parts.js';
export type { DateMistake, DatePart } from './date-parts.js';
export { needsClock, registerClock } from './clock.js';
export type { Clock } from './clock.js';
export type { ClockKind, ClockReading } from './date-time.js';
export { parsePointer, joinPointer, getIn, setIn, escapeToken, isPlainObject } from './pointer.js';
export * from './types.js';
export { CONDITIONS, PREPARED, isPrepared };
// For vocabularies (such as @dvc-kit/procedure's x-dvc) that read a schema the way the form does.
export { conditionalsOf } from './schema.js';
export type { Conditional } from './schema.js';

/**
 * Creates a form for a prepared schema, validated by `options.validator` only (none when it is left out:
 * the form is then always valid). A schema with key–value maps or tuples needs `options.collections`. Throws `SchemaError` when the schema is not prepared: the core has no
 * linter to find out what is wrong with an unchecked one.
 */
export function createForm(schema: unknown, data?: unknown, options: FormOptions = {}): DossierForm {
  if (!isPrepared(schema)) {
    throw new SchemaError([
      {
        pointer: '',
        message: `The schema is not prepared (no "${PREPARED}": true at its root). Use the schema.json that dvc-schema build writes, or prepareSchema() from @dvc-kit/form-engine/prepare.`,
      },
    ]);
  }
  const conditions = (schema as JsonSchemaObject)[CONDITIONS];
  if (!Array.isArray(conditions)) {
    throw new SchemaError([{ pointer: '', message: `The schema was prepared by an older version (no "${CONDITIONS}"). Build it again with dvc-schema build.` }]);
  }
  // No matcher: the form refuses a validator that cannot test the conditions (here and in setValidator).
  return openForm(schema as JsonSchemaObject, data, options);
}
