/**
 * The procedures the server receives, as `dvc-schema build` wrote them into `generated/`: the catalogue, each
 * prepared schema and each compiled validator (the very files the browser loads). Validation words its errors with
 * the form engine's own messages; fees come from `@dvc-kit/procedure`'s `computeFees`, due dates from `dueDate`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createForm, getIn, isPlainObject, parsePointer } from '@dvc-kit/form-engine/core';
import type { RawValidationError, Validator } from '@dvc-kit/form-engine/core';
import { createSchemaValidator } from '@dvc-kit/form-engine/validator';
import { computeFees, dueDate } from '@dvc-kit/procedure';
import type { Catalog, CatalogEntry, ConditionTest, FeeResult, ReturnChannel } from '@dvc-kit/procedure';
import type { FieldProblem } from './errors.js';
import type { AgencyRecord } from './province.js';
import { receivingAgency } from './province.js';

/** An upload field of a procedure: where its files' metadata sit in the data, what types and sizes it takes. */
export interface FileField {
  /** JSON Pointer of the field (an array of file metadata), e.g. `/attachments/application`. */
  pointer: string;
  title: string;
  /** MIME types the field accepts. */
  accept: readonly string[];
  /** The largest file, in bytes. */
  maxBytes: number;
}

export interface Procedure {
  id: string;
  entry: CatalogEntry;
  /** The prepared schema, as the form reads it. */
  schema: Record<string, unknown>;
  /** The schema's text, served as is. */
  schemaText: string;
  validator: Validator;
  fileFields: readonly FileField[];
  agency: AgencyRecord;
  name: string;
  /** Decides the fees' `when` conditions (the engine's eval-free interpreter, no ajv), each compiled once. */
  feeTest: ConditionTest;
}

export interface ProcedureRegistry {
  catalog: Catalog;
  catalogText: string;
  get(id: string): Procedure | undefined;
  all(): readonly Procedure[];
}

const PROCEDURE_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
/** The largest file any field may take (the request's own limit is higher: several files). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads `catalog.json` and every procedure it lists from `generatedDir`. */
export async function loadProcedures(generatedDir: string): Promise<ProcedureRegistry> {
  const dir = resolve(generatedDir);
  const catalogText = await readFile(join(dir, 'catalog.json'), 'utf8');
  const catalog = JSON.parse(catalogText) as Catalog;
  if (!isPlainObject(catalog) || !Array.isArray(catalog.procedures)) throw new Error(`${join(dir, 'catalog.json')} is not a dvc-schema catalogue.`);
  const byId = new Map<string, Procedure>();
  for (const entry of catalog.procedures) {
    if (!PROCEDURE_ID.test(entry.id)) throw new Error(`The catalogue lists a procedure id the server will not serve: ${JSON.stringify(entry.id)}.`);
    const schemaText = await readFile(join(dir, entry.files.schema), 'utf8');
    const schema = JSON.parse(schemaText) as Record<string, unknown>;
    const module = (await import(pathToFileURL(join(dir, entry.files.validator)).href)) as { default: Validator };
    byId.set(entry.id, {
      id: entry.id,
      entry,
      schema,
      schemaText,
      validator: module.default,
      fileFields: fileFieldsOf(schema),
      agency: receivingAgency(entry.level ?? []),
      name: textVi(entry.name),
      feeTest: cachedConditionTest(),
    });
  }
  return { catalog, catalogText, get: (id) => (typeof id === 'string' && byId.has(id) ? byId.get(id) : undefined), all: () => [...byId.values()] };
}

/** The Vietnamese of a `Text` (a string, or `{ vi, en }`). */
export function textVi(text: unknown): string {
  if (typeof text === 'string') return text;
  if (isPlainObject(text) && typeof text.vi === 'string') return text.vi;
  return '';
}

/**
 * Every problem of `data`, worded as the form shows them (the engine's Vietnamese messages, one per field), or none
 * when the compiled validator accepts it. The validator decides; the form only words.
 */
export function validateData(procedure: Procedure, data: unknown): FieldProblem[] {
  const raw = procedure.validator.validate(data);
  if (raw.length === 0) return [];
  let worded: FieldProblem[] = [];
  try {
    worded = createForm(procedure.schema, data, { validator: procedure.validator, locale: 'vi' })
      .submit()
      .errors.map((error) => ({ pointer: error.pointer, message: error.summary || error.message }));
  } catch {
    // Data the form cannot hold (not an object): the raw errors below say where.
  }
  return worded.length > 0 ? worded : raw.map(rawProblem);
}

function rawProblem(error: RawValidationError): FieldProblem {
  return { pointer: error.instancePath, message: `Thông tin chưa hợp lệ (${error.keyword}).` };
}

/** The upload fields of a prepared schema: arrays whose `x-ui.widget` is `file`, in objects from the root down. */
export function fileFieldsOf(schema: Record<string, unknown>): FileField[] {
  const fields: FileField[] = [];
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (!isPlainObject(node) || depth > 8) return;
    const ui = node['x-ui'];
    if (isPlainObject(ui) && ui.widget === 'file' && node.type === 'array') {
      const item = isPlainObject(node.items) ? node.items : {};
      const properties = isPlainObject(item.properties) ? item.properties : {};
      const type = isPlainObject(properties.type) ? properties.type : {};
      const size = isPlainObject(properties.size) ? properties.size : {};
      const accept = Array.isArray(type.enum) ? type.enum.filter((value): value is string => typeof value === 'string') : [];
      const maxBytes = typeof size.maximum === 'number' ? Math.min(size.maximum, MAX_FILE_BYTES) : MAX_FILE_BYTES;
      fields.push({ pointer, title: typeof node.title === 'string' ? node.title : pointer, accept, maxBytes });
      return;
    }
    if (isPlainObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return fields;
}

/** The fees of valid data filed through `channel`. */
export function feesOf(procedure: Procedure, data: unknown, channel: 'ONLINE' | 'DIRECT' | 'POSTAL'): FeeResult {
  return computeFees(procedure.schema, data, { channel, test: procedure.feeTest });
}

/**
 * A condition test that compiles each condition once for the life of the server (`computeFees` would otherwise
 * build its validators again on every call). The fees' conditions are not among the schema's `x-dvc-conditions`,
 * so the compiled validator cannot decide them; the interpreter is the engine's own, without ajv or eval.
 */
function cachedConditionTest(): ConditionTest {
  const validators = new WeakMap<object, Validator>();
  return (condition, data) => {
    if (typeof condition === 'boolean') return condition;
    let validator = validators.get(condition);
    if (!validator) validators.set(condition, (validator = createSchemaValidator(condition)));
    return validator.validate(data).length === 0;
  };
}

/** The return channel the data chose (at `x-dvc.delivery.channelField`), default in person. */
export function returnChannelOf(procedure: Procedure, data: unknown): ReturnChannel {
  const dvc = procedure.schema['x-dvc'];
  const delivery = isPlainObject(dvc) && isPlainObject(dvc.delivery) ? dvc.delivery : {};
  const pointer = typeof delivery.channelField === 'string' ? delivery.channelField : '/delivery/returnChannel';
  let value: unknown;
  try {
    value = getIn(data, parsePointer(pointer));
  } catch {
    value = undefined;
  }
  return value === 'ONLINE' || value === 'POST' || value === 'IN_PERSON' ? value : 'IN_PERSON';
}

/** The appointment for a dossier received at `at` (`dueDate()` with the procedure's processing time). */
export function dueAtOf(procedure: Procedure, at: string): string {
  return dueDate(procedure.schema, at).dueAt;
}
