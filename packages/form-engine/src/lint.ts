/**
 * The structural checks that turn a broken schema into one typed error listing every problem, and the
 * draft-04 upgrade: what preparing a schema takes (see `prepare.ts`), never what a page showing a
 * prepared one loads.
 */
import { escapeToken, isPlainObject } from './pointer.js';
import { MAX_SCHEMA_DEPTH } from './limits.js';
import { SchemaContext } from './schema.js';
import { SCHEMA_ARRAY_KEYWORDS, SCHEMA_KEYWORDS, SCHEMA_MAP_KEYWORDS, forEachSubschema } from './schema-walk.js';
import type { JsonSchemaObject, SchemaProblem } from './types.js';

const VALUE_KEYWORDS = [
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor',
  '$comment', '$vocabulary', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'format', 'contentEncoding', 'contentMediaType',
  'maxItems', 'minItems', 'uniqueItems', 'minContains', 'maxContains', 'maxProperties', 'minProperties',
  'required', 'dependentRequired', 'dependencies', 'items',
];
const KNOWN_KEYWORDS = new Set([
  ...SCHEMA_MAP_KEYWORDS, ...SCHEMA_ARRAY_KEYWORDS, ...SCHEMA_KEYWORDS, ...VALUE_KEYWORDS,
]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/**
 * Annotations that widespread tools put in schemas (editors' hover texts, OpenAPI's `example`,
 * ajv-errors' `errorMessage`, json-schema-to-typescript's `tsType`). They never change validity,
 * so they are accepted like `x-*` extensions; a misspelt validation keyword is still an error.
 */
export const TOOL_ANNOTATIONS = [
  'markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'deprecationMessage', 'errorMessage',
  'defaultSnippets', 'doNotSuggest', 'suggestSortText', 'allowComments', 'allowTrailingCommas', 'example', 'tsType',
] as const;
const TOOL_ANNOTATION_SET = new Set<string>(TOOL_ANNOTATIONS);

export function isExtensionKeyword(keyword: string): boolean {
  return keyword.startsWith('x-') || TOOL_ANNOTATION_SET.has(keyword);
}

const DRAFT_04 = /^https?:\/\/json-schema\.org\/draft-04\/schema#?$/;

/**
 * A draft-04 schema (still common in the wild) rewritten to draft-07, which every part of the
 * engine and ajv understand: `id` becomes `$id`, boolean `exclusiveMinimum`/`exclusiveMaximum`
 * become the numeric form. Other schemas are returned as they are.
 */
export function upgradeDraft04<T>(schema: T): T {
  if (!isPlainObject(schema) || typeof schema.$schema !== 'string' || !DRAFT_04.test(schema.$schema)) return schema;
  const upgrade = (node: unknown): unknown => {
    if (!isPlainObject(node)) return node;
    const out: JsonSchemaObject = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'id' && typeof value === 'string') out.$id = value;
      else if (SCHEMA_MAP_KEYWORDS.includes(keyword) || keyword === 'dependencies') {
        out[keyword] = isPlainObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v : upgrade(v)])) : value;
      } else if (SCHEMA_ARRAY_KEYWORDS.includes(keyword) || keyword === 'items') {
        out[keyword] = Array.isArray(value) ? value.map(upgrade) : upgrade(value);
      } else if (SCHEMA_KEYWORDS.includes(keyword)) out[keyword] = upgrade(value);
      else out[keyword] = value;
    }
    for (const [exclusive, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof node[exclusive] === 'boolean') {
        delete out[exclusive];
        if (node[exclusive] === true && typeof node[limit] === 'number') {
          out[exclusive] = node[limit];
          delete out[limit];
        }
      }
    }
    return out;
  };
  const result = upgrade(schema) as JsonSchemaObject;
  result.$schema = 'http://json-schema.org/draft-07/schema#';
  return result as T;
}

/** Structural checks that need no validator library. Returns every problem found. */
export function lintSchema(
  schema: unknown,
  checkUiVocabulary: (ui: unknown, pointer: string) => SchemaProblem[],
  /** Other schema documents by URI that references may name (see `FormOptions.schemas`). */
  documents?: Readonly<Record<string, unknown>>,
): SchemaProblem[] {
  if (!isPlainObject(schema)) {
    if (typeof schema === 'boolean') return [];
    return [{ pointer: '', message: 'The schema must be a JSON object.' }];
  }
  const problems: SchemaProblem[] = [];
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/draft-03\b/.test(declared)) {
    problems.push({ pointer: '/$schema', keyword: '$schema', message: `Draft-03 schemas are not supported: declare draft-07 or 2020-12 (${declared}).` });
  }
  const context = new SchemaContext(schema, documents);
  /** Every subschema's pointer, for the cycle check after the walk. */
  const pointers = new Map<object, string>();
  forEachSubschema(schema, (sub, pointer, depth) => {
    pointers.set(sub, pointer);
    if (depth > MAX_SCHEMA_DEPTH) {
      // The walk stops here, so each path is reported once.
      problems.push({ pointer, message: `The schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep here; no form needs that many.` });
      return false;
    }
    for (const [keyword, value] of Object.entries(sub)) {
      const at = `${pointer}/${escapeToken(keyword)}`;
      if (keyword === 'x-ui') problems.push(...checkUiVocabulary(value, at));
      else if (!KNOWN_KEYWORDS.has(keyword) && !isExtensionKeyword(keyword)) {
        problems.push({ pointer: at, keyword, message: `Unknown keyword "${keyword}".` });
      }
    }
    if (typeof sub.$ref === 'string' && context.lookupRef(sub.$ref, sub) === undefined) {
      problems.push({ pointer: `${pointer}/$ref`, keyword: '$ref', message: `Cannot resolve reference "${sub.$ref}".` });
    }
    if (present(sub, '$ref') && typeof sub.$ref !== 'string') {
      problems.push({ pointer: `${pointer}/$ref`, keyword: '$ref', message: '"$ref" must be a string.' });
    }
    const types = Array.isArray(sub.type) ? sub.type : sub.type === undefined ? [] : [sub.type];
    for (const type of types) {
      if (typeof type !== 'string' || !JSON_TYPES.has(type)) {
        problems.push({ pointer: `${pointer}/type`, keyword: 'type', message: `Unknown type ${JSON.stringify(type)}.` });
      }
    }
    if (present(sub, 'required') && !(Array.isArray(sub.required) && sub.required.every((r) => typeof r === 'string'))) {
      problems.push({ pointer: `${pointer}/required`, keyword: 'required', message: '"required" must be an array of property names.' });
    }
    if (present(sub, 'enum') && !Array.isArray(sub.enum)) {
      problems.push({ pointer: `${pointer}/enum`, keyword: 'enum', message: '"enum" must be an array.' });
    }
    for (const keyword of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties']) {
      if (present(sub, keyword) && !(Number.isInteger(sub[keyword]) && (sub[keyword] as number) >= 0)) {
        problems.push({ pointer: `${pointer}/${keyword}`, keyword, message: `"${keyword}" must be a non-negative integer.` });
      }
    }
    for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) {
      if (present(sub, keyword) && typeof sub[keyword] !== 'number') {
        problems.push({ pointer: `${pointer}/${keyword}`, keyword, message: `"${keyword}" must be a number.` });
      }
    }
    if (typeof sub.pattern === 'string') {
      try {
        new RegExp(sub.pattern, 'u');
      } catch {
        problems.push({ pointer: `${pointer}/pattern`, keyword: 'pattern', message: `Invalid regular expression ${JSON.stringify(sub.pattern)}.` });
      }
    } else if (present(sub, 'pattern')) {
      problems.push({ pointer: `${pointer}/pattern`, keyword: 'pattern', message: '"pattern" must be a string.' });
    }
    // The date input keeps a date typed only in part as "year-month-day": only "format": "date" rejects it.
    if (isPlainObject(sub['x-ui']) && sub['x-ui'].widget === 'date' && sub.format !== 'date') {
      problems.push({ pointer: `${pointer}/x-ui/widget`, keyword: 'x-ui', message: 'The "date" widget needs "format": "date" next to it, so that a date typed only in part is an error.' });
    }
    if (isPlainObject(sub.patternProperties)) {
      for (const pattern of Object.keys(sub.patternProperties)) {
        if (safeRegExp(pattern) === null) {
          problems.push({ pointer: `${pointer}/patternProperties/${escapeToken(pattern)}`, keyword: 'patternProperties', message: `Invalid regular expression ${JSON.stringify(pattern)}.` });
        }
      }
    }
    problems.push(...shapeProblems(sub, pointer));
    if (typeof sub.$ref === 'string') {
      const target = context.lookupRef(sub.$ref);
      if (target !== undefined && !isSchema(target)) {
        problems.push({ pointer: `${pointer}/$ref`, keyword: '$ref', message: `"${sub.$ref}" points at ${describe(target)}, not at a schema.` });
      }
    }
    if (sub.additionalProperties === false) {
      for (const key of propertiesAlwaysRejected(sub, context)) {
        problems.push({
          pointer: `${pointer}/additionalProperties`,
          keyword: 'additionalProperties',
          message: `"${key}" is declared in a conditional or combined part, but "additionalProperties": false here rejects it whenever it is filled in (it only sees the properties next to it). Declare "${key}" here too, or use "unevaluatedProperties": false.`,
        });
      }
    }
    return true;
  });
  if (problems.length === 0) problems.push(...referenceCycles(pointers, context));
  return problems;
}

function isSchema(value: unknown): boolean {
  return typeof value === 'boolean' || isPlainObject(value);
}

/** A keyword the schema itself has (an `undefined` value, possible only in code, counts as absent). */
function present(schema: JsonSchemaObject, keyword: string): boolean {
  return Object.hasOwn(schema, keyword) && schema[keyword] !== undefined;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

type ShapeCheck = (value: unknown, keyword: string, pointer: string) => SchemaProblem[];

const at = (pointer: string, ...tokens: (string | number)[]) => `${pointer}/${tokens.map((t) => escapeToken(String(t))).join('/')}`;
const problemIf = (wrong: boolean, keyword: string, pointer: string, message: string): SchemaProblem[] =>
  wrong ? [{ pointer: at(pointer, keyword), keyword, message }] : [];
const names = (value: unknown) => Array.isArray(value) && value.every((name) => typeof name === 'string');

const aSchema: ShapeCheck = (value, keyword, pointer) =>
  problemIf(!isSchema(value), keyword, pointer, `"${keyword}" must be a schema (an object or a boolean), not ${describe(value)}.`);
const schemaList: ShapeCheck = (list, keyword, pointer) => {
  if (!Array.isArray(list) || (list.length === 0 && keyword !== 'prefixItems')) {
    return [{ pointer: at(pointer, keyword), keyword, message: `"${keyword}" must be a non-empty array of schemas.` }];
  }
  return list.flatMap((member, i) =>
    isSchema(member) ? [] : [{ pointer: at(pointer, keyword, i), keyword, message: `Each member of "${keyword}" must be a schema, not ${describe(member)}.` }],
  );
};
const schemaMap: ShapeCheck = (map, keyword, pointer) => {
  if (!isPlainObject(map)) return [{ pointer: at(pointer, keyword), keyword, message: `"${keyword}" must be an object whose values are schemas.` }];
  return Object.keys(map).flatMap((name) =>
    isSchema(map[name]) ? [] : [{ pointer: at(pointer, keyword, name), keyword, message: `"${keyword}" › "${name}" must be a schema, not ${describe(map[name])}.` }],
  );
};
const aString: ShapeCheck = (value, keyword, pointer) => problemIf(typeof value !== 'string', keyword, pointer, `"${keyword}" must be a string.`);
const aBoolean: ShapeCheck = (value, keyword, pointer) => problemIf(typeof value !== 'boolean', keyword, pointer, `"${keyword}" must be true or false.`);
const aCount: ShapeCheck = (value, keyword, pointer) =>
  problemIf(!(Number.isInteger(value) && (value as number) >= 0), keyword, pointer, `"${keyword}" must be a non-negative integer.`);

/**
 * The shape the standard gives each keyword's value: a schema, an array or map of schemas, names, a string, a
 * boolean. Anything else would make every reader of the schema guess. One look-up per keyword the schema has.
 */
const SHAPES = new Map<string, ShapeCheck>([
  ...SCHEMA_KEYWORDS.map((keyword) => [keyword, aSchema] as const),
  ...SCHEMA_ARRAY_KEYWORDS.map((keyword) => [keyword, schemaList] as const),
  ...SCHEMA_MAP_KEYWORDS.map((keyword) => [keyword, schemaMap] as const),
  ...['$id', '$anchor', '$dynamicRef', '$dynamicAnchor', '$schema', '$comment', 'title', 'description', 'format'].map((keyword) => [keyword, aString] as const),
  ...['uniqueItems', 'readOnly', 'writeOnly', 'deprecated'].map((keyword) => [keyword, aBoolean] as const),
  ...['minContains', 'maxContains'].map((keyword) => [keyword, aCount] as const),
  ['items', (value, keyword, pointer) =>
    problemIf(!isSchema(value) && !(Array.isArray(value) && value.every(isSchema)), keyword, pointer, `"items" must be a schema (an object or a boolean), not ${describe(value)}.`)],
  ['dependentRequired', (map, keyword, pointer) =>
    problemIf(!isPlainObject(map) || !Object.values(map).every(names), keyword, pointer, '"dependentRequired" must map each property name to an array of property names.')],
  ['dependencies', (map, keyword, pointer) =>
    problemIf(!isPlainObject(map) || !Object.values(map).every((value) => names(value) || isSchema(value)), keyword, pointer, '"dependencies" must map each property name to an array of property names or a schema.')],
  ['multipleOf', (value, keyword, pointer) => problemIf(typeof value === 'number' && !(value > 0), keyword, pointer, '"multipleOf" must be greater than 0.')],
  ['examples', (value, keyword, pointer) => problemIf(!Array.isArray(value), keyword, pointer, '"examples" must be an array.')],
]);

function shapeProblems(sub: JsonSchemaObject, pointer: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const keyword of Object.keys(sub)) {
    const check = SHAPES.get(keyword);
    // An `undefined` value, possible only in code, counts as absent.
    if (check && sub[keyword] !== undefined) problems.push(...check(sub[keyword], keyword, pointer));
  }
  return problems;
}

/**
 * Subschemas that apply to the same value through references and combinators (`$ref`, `allOf`, `not`, `if`, …)
 * and so reach themselves: no validator can finish on them, whatever the data.
 */
function referenceCycles(pointers: ReadonlyMap<object, string>, context: SchemaContext): SchemaProblem[] {
  const sameValue = (sub: JsonSchemaObject): unknown[] => {
    const next: unknown[] = [];
    // A $dynamicRef starts where its plain reading points; what it may jump to instead is checked the same way.
    for (const keyword of ['$ref', '$dynamicRef']) if (typeof sub[keyword] === 'string') next.push(context.lookupRef((sub[keyword] as string) || '#'));
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(sub[keyword])) next.push(...(sub[keyword] as unknown[]));
    for (const keyword of ['not', 'if', 'then', 'else']) next.push(sub[keyword]);
    if (isPlainObject(sub.dependentSchemas)) next.push(...Object.values(sub.dependentSchemas));
    return next.filter(isPlainObject);
  };
  const problems: SchemaProblem[] = [];
  const state = new Map<object, 'visiting' | 'done'>();
  const visit = (sub: JsonSchemaObject, path: string[]): void => {
    const seen = state.get(sub);
    if (seen === 'done') return;
    const pointer = pointers.get(sub) ?? '?';
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(pointer)), pointer];
      problems.push({ pointer: `${pointer}`, keyword: '$ref', message: `References go round in a circle without reaching a value: ${cycle.map((p) => p || '/').join(' → ')}.` });
      return;
    }
    state.set(sub, 'visiting');
    for (const next of sameValue(sub)) visit(next as JsonSchemaObject, [...path, pointer]);
    state.set(sub, 'done');
  };
  for (const sub of pointers.keys()) visit(sub as JsonSchemaObject, []);
  return problems;
}

/**
 * Properties that parts applied to the same object (then/else, allOf/anyOf/oneOf, dependentSchemas, and the
 * same inside them, through `$ref`s) declare, but that a sibling `additionalProperties: false` always rejects:
 * a form would show a field whose every value is an error. `if` is left out (its properties are only tested),
 * and so is a property a part forbids (`false`, `{ "not": {} }`). Not followed: a nested object whose own
 * `additionalProperties: false` meets properties a part adds to it.
 */
function propertiesAlwaysRejected(schema: JsonSchemaObject, context: SchemaContext): string[] {
  const own = new Set(isPlainObject(schema.properties) ? Object.keys(schema.properties) : []);
  const patterns = isPlainObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
  const regexps = patterns.map((pattern) => safeRegExp(pattern));
  // An invalid pattern is reported on its own; what it would match is unknown.
  if (regexps.some((r) => r === null)) return [];
  const rejected = new Set<string>();
  const visited = new Set<unknown>();
  const visit = (part: unknown): void => {
    if (!isPlainObject(part) || visited.has(part)) return;
    visited.add(part);
    if (typeof part.$ref === 'string') visit(context.lookupRef(part.$ref, part));
    if (isPlainObject(part.properties)) {
      for (const [key, sub] of Object.entries(part.properties)) {
        if (own.has(key) || forbids(sub) || regexps.some((r) => r!.test(key))) continue;
        rejected.add(key);
      }
    }
    visitParts(part);
  };
  const visitParts = (part: JsonSchemaObject): void => {
    visit(part.then);
    visit(part.else);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(part[keyword])) (part[keyword] as unknown[]).forEach(visit);
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      if (isPlainObject(part[keyword])) Object.values(part[keyword] as Record<string, unknown>).forEach(visit);
    }
  };
  visitParts(schema);
  return [...rejected];
}

/** A property schema no value satisfies: the part forbids the property rather than declaring it. */
function forbids(schema: unknown): boolean {
  return schema === false || (isPlainObject(schema) && isPlainObject(schema.not) && Object.keys(schema.not).length === 0);
}

function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}
