import { registerClock } from './clock.js';
import * as clock from './date-time.js';
import { hasMessages, registerMessages } from './messages.js';
import { en } from './messages-en.js';
import { vi } from './messages-vi.js';
import { createForm as createFullForm } from './create-form.js';
import { mapsAndTuples } from './collections.js';
import type { DossierForm, FormOptions } from './api.js';

// The package's main entry speaks both languages from the start (the core gets Vietnamese with its validator,
// and the elements load English on demand).
if (!hasMessages('vi')) registerMessages('vi', vi);
registerMessages('en', en);
// And shows date-times in Vietnam time (pages load the clock only for a schema that needs it).
registerClock(clock);

export { en as englishMessages, vi as vietnameseMessages };
export type { DossierForm, FormOptions } from './api.js';
export { collectionAt, mapsAndTuples } from './collections.js';
export type { CollectionSupport } from './collection-support.js';
export { refersToMetaSchema } from './create-form.js';

/** `createForm` (see `./create-form.js`) with key–value maps and tuples: the main entry is for servers and tools. */
export function createForm(schema: unknown, data?: unknown, options: FormOptions = {}): DossierForm {
  return createFullForm(schema, data, { collections: mapsAndTuples, ...options });
}
export { inputValueOf } from './form.js';
export { localized } from './schema-text.js';
export { registerFormat, registeredFormats } from './formats.js';
export { formatMessage, hasMessages, registerMessages } from './messages.js';
export type { Dictionaries, MessageContext, MessageDictionary, MessageFn, MessageKey } from './messages.js';
export { SchemaError, SchemaContext } from './schema.js';
export { detectDraft, forEachSubschema } from './schema-walk.js';
export { lintSchema, upgradeDraft04 } from './lint.js';
export { MAX_DATA_DEPTH, MAX_SCHEMA_DEPTH } from './limits.js';
export type { Draft } from './schema-walk.js';
export { checkUiVocabulary } from './ui-vocabulary.js';
export { deepEqual, jsonTypeOf, stringLength } from './json-values.js';
export { composeDate, dateMistake, splitDate, wrongDateParts } from './date-parts.js';
export type { DateMistake, DatePart } from './date-parts.js';
export { VIETNAM_UTC_OFFSET, VIETNAM_UTC_OFFSET_MINUTES, readClock, writeClock } from './date-time.js';
export type { ClockKind, ClockReading } from './date-time.js';
export { needsClock, registerClock } from './clock.js';
export type { Clock } from './clock.js';
export { parsePointer, joinPointer, getIn, setIn, escapeToken, isPlainObject } from './pointer.js';
export { MAX_URL_LENGTH, isSafeUrl, unsafeUrlReason } from './safe-url.js';
export { SCHEMA_URL_FIELDS, TEMPLATE_KEYWORD, schemaUrlProblems } from './schema-urls.js';
export * from './types.js';
export { createSchemaValidator, STANDARD_FORMAT_NAMES } from './validator/interpreter.js';
export type { SchemaValidatorOptions } from './validator/interpreter.js';
export { CONDITIONS, PREPARED, conditionPointers, isPrepared, prepareSchema, prepareWithProblems } from './prepare.js';
export type { PrepareOptions } from './prepare.js';
// For vocabularies (such as @dvc-kit/procedure's x-dvc) that read a schema the way the form does.
export { conditionalsOf } from './schema.js';
export type { Conditional } from './schema.js';
