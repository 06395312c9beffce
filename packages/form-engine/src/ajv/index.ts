/**
 * A Validator backed by ajv, in strict mode. Meant for build time, servers and pages that accept
 * any schema at run time; a page that embeds a known procedure passes a precompiled validator
 * instead and never loads this module.
 */
import Ajv07, { _, str } from 'ajv';
import type { AnySchemaObject, ErrorObject, KeywordCxt, ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { registeredFormats, testFormat } from '../formats.js';
import { SchemaError } from '../schema.js';
import { detectDraft, forEachSubschema } from '../schema-walk.js';
import { isExtensionKeyword, upgradeDraft04 } from '../lint.js';
import type { FormatDefinition, JsonSchemaObject, RawValidationError, SchemaProblem, SchemaVocabulary, Validator } from '../types.js';
import { UI_META_SCHEMA } from './ui-meta-schema.js';
export { UI_META_SCHEMA };
import { vi } from '../messages-vi.js';
import { CONDITIONS, isPrepared } from '../prepared.js';
import { isPlainObject } from '../pointer.js';
import { isMultipleOf } from '../validator/multiple-of.js';

export interface AjvValidatorOptions {
  formats?: Record<string, FormatDefinition>;
  /**
   * Extension vocabularies (e.g. `procedureVocabulary` from `@dvc-kit/procedure`): ajv checks each keyword's value
   * against its meta-schema, and a raw schema is expanded by them before it is compiled.
   */
  vocabularies?: readonly SchemaVocabulary[];
}

type AjvInstance = InstanceType<typeof Ajv2020>;

/** A configured ajv instance for the schema's draft: strict, all errors, formats and the x-ui vocabulary. */
export function createAjv(schema: unknown, options: AjvValidatorOptions = {}): AjvInstance {
  const draft = detectDraft(schema);
  const AjvClass = draft === '2020-12' ? Ajv2020 : draft === '2019-09' ? Ajv2019 : Ajv07;
  const ajv = new AjvClass({
    allErrors: true,
    strict: true,
    // Real-world schemas put minLength next to a union type or omit "type"; ajv's type strictness would reject them.
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allowMatchingProperties: true,
    // Nothing inherited from Object.prototype is data: required "toString" needs the citizen's own "toString".
    ownProperties: true,
  }) as AjvInstance;
  addFormats(ajv);
  useDecimalMultipleOf(ajv);
  // Standard formats ajv-formats lacks: accepted and not checked, as the built-in validator does.
  for (const name of ['idn-email', 'idn-hostname', 'iri', 'iri-reference']) if (!ajv.formats[name]) ajv.addFormat(name, true);
  for (const [name, definition] of Object.entries({ ...registeredFormats(), ...options.formats })) {
    const test = definition.validate;
    ajv.addFormat(name, test instanceof RegExp && !definition.normalize ? test : { type: 'string', validate: (value: string) => testFormat(definition, value) });
  }
  const { $schema: _schema, $id: _id, ...uiMeta } = UI_META_SCHEMA;
  ajv.addKeyword({ keyword: 'x-ui', metaSchema: uiMeta as AnySchemaObject });
  for (const { keyword, metaSchema } of options.vocabularies ?? []) {
    if (!metaSchema || ajv.getKeyword(keyword)) continue;
    const { $schema: _vocabularySchema, $id: _vocabularyId, ...meta } = metaSchema;
    ajv.addKeyword({ keyword, metaSchema: meta as AnySchemaObject });
  }
  for (const keyword of extensionKeywords(schema)) {
    if (keyword !== 'x-ui' && !ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  }
  return ajv;
}

/**
 * ajv's `multipleOf` divides in binary floating point and rejects 19.99 for 0.01 (its `multipleOfPrecision` only
 * trades that for wrong answers on large numbers): the interpreter's decimal check instead, imported by name so
 * that standalone code (`dvc-schema build`) bundles it.
 */
function useDecimalMultipleOf(ajv: AjvInstance): void {
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({
    keyword: 'multipleOf',
    type: 'number',
    schemaType: 'number',
    error: { message: ({ schemaCode }) => str`must be multiple of ${schemaCode}`, params: ({ schemaCode }) => _`{multipleOf: ${schemaCode}}` },
    code(cxt: KeywordCxt) {
      const check = cxt.gen.scopeValue('func', { ref: isMultipleOf, code: _`require("@dvc-kit/form-engine/multiple-of").isMultipleOf` });
      cxt.fail(_`!${check}(${cxt.data}, ${cxt.schemaCode})`);
    },
  });
}

/** Builds a validator for the schema, or throws SchemaError listing every problem ajv finds. */
export function createAjvValidator(procedureSchema: unknown, options: AjvValidatorOptions = {}): Validator {
  // A prepared schema is expanded already: expanding again would add its conditional requirements twice.
  let schema = isPrepared(procedureSchema) ? procedureSchema : expanded(upgradeDraft04(procedureSchema), options.vocabularies ?? []);
  const conditions = isPlainObject(schema) && Array.isArray(schema[CONDITIONS]) ? (schema[CONDITIONS] as string[]) : [];
  // The conditions of a prepared schema are compiled by pointer, so the root needs an id to point into.
  const rootId = conditionRootId(schema);
  if (conditions.length > 0 && isPlainObject(schema) && schema.$id !== rootId) schema = { ...schema, $id: rootId };
  const ajv = createAjv(schema, options);
  const problems: SchemaProblem[] = [];
  if (!ajv.validateSchema(schema as AnySchemaObject)) {
    for (const error of ajv.errors ?? []) problems.push(problemOf(error));
  }
  let validate: ValidateFunction | undefined;
  if (problems.length === 0) {
    try {
      validate = ajv.compile(schema as AnySchemaObject);
    } catch (error) {
      problems.push(problemFromCompile(error));
    }
  }
  if (problems.length > 0 || !validate) throw new SchemaError(dedupe(problems));
  const compiled = validate;
  return {
    validate(data: unknown): readonly RawValidationError[] {
      return compiled(data) ? [] : ((compiled.errors ?? []) as RawValidationError[]);
    },
    // A page that opts into ajv loads it on demand anyway: the Vietnamese messages come along.
    messages: { vi },
    ...(conditions.length > 0 ? { test: conditionTests(ajv, rootId, conditions), conditions } : {}),
  };
}

/** The schema as the vocabularies expand it; each expands only what it finds well-formed. */
function expanded(schema: unknown, vocabularies: readonly SchemaVocabulary[]): unknown {
  if (!isPlainObject(schema)) return schema;
  let result = schema as JsonSchemaObject;
  for (const vocabulary of vocabularies) if (vocabulary.expand && vocabulary.check(result).length === 0) result = vocabulary.expand(result);
  return result;
}

/**
 * The id under which a schema's conditions are compiled by pointer (`${id}#${pointer}`, see `conditionRef`): its own
 * `$id` without the empty fragment ajv drops from ids ("…/schema.json#", usual in draft-04; else "##/…" finds
 * nothing), or a made-up one.
 */
export function conditionRootId(schema: unknown): string {
  const declared = isPlainObject(schema) && typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : '';
  return declared || 'dvc:procedure';
}

/** The ajv reference of a condition: its JSON Pointer as a URI fragment of the root id. */
export const conditionRef = (rootId: string, pointer: string): string => `${rootId}#${encodeURI(pointer)}`;

/** `Validator.test` for a prepared schema's conditions, each compiled the first time it is asked. */
function conditionTests(ajv: AjvInstance, rootId: string, conditions: readonly string[]): (index: number, value: unknown) => boolean {
  const compiled: (ValidateFunction | undefined)[] = [];
  return (index, value) => {
    const pointer = conditions[index];
    if (pointer === undefined) return false;
    const test = (compiled[index] ??= ajv.getSchema(conditionRef(rootId, pointer)));
    if (!test) throw new Error(`No condition at ${pointer} in ${rootId}`);
    return test(value) === true;
  };
}

function extensionKeywords(schema: unknown): Set<string> {
  const found = new Set<string>();
  if (typeof schema === 'object' && schema !== null) {
    forEachSubschema(schema as Record<string, unknown>, (sub) => {
      for (const key of Object.keys(sub)) if (isExtensionKeyword(key)) found.add(key);
    });
  }
  return found;
}

function problemOf(error: ErrorObject): SchemaProblem {
  const detail = error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"` : error.keyword === 'enum' ? `: ${JSON.stringify(error.params.allowedValues)}` : '';
  return { pointer: error.instancePath, keyword: error.keyword, message: `${error.message ?? 'invalid'}${detail}` };
}

function problemFromCompile(error: unknown): SchemaProblem {
  const message = error instanceof Error ? error.message : String(error);
  const ref = /can't resolve reference (\S+)/.exec(message);
  if (ref) return { pointer: '', keyword: '$ref', message: `Cannot resolve reference ${ref[1]}.` };
  const keyword = /unknown keyword: "([^"]+)"/.exec(message);
  if (keyword) return { pointer: '', keyword: keyword[1]!, message: `Unknown keyword "${keyword[1]}".` };
  const format = /unknown format "([^"]+)" ignored in schema at path "([^"]*)"/.exec(message);
  if (format) return { pointer: format[2]!.replace(/^#/, ''), keyword: 'format', message: `Unknown format "${format[1]}": register it with registerFormat().` };
  return { pointer: '', message };
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

