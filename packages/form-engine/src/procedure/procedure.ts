/**
 * The procedure vocabulary (`x-dvc`): checking it against its meta-schema and against the dossier
 * schema it describes, and turning its dossier components into upload fields.
 */
import { isPlainObject, parsePointer } from '../pointer.js';
import { SchemaContext, SchemaError, conditionalsOf } from '../schema.js';
import { isPrepared } from '../prepared.js';
import type { JsonSchema, JsonSchemaObject, LocalizedText, SchemaProblem } from '../types.js';

/** One dossier component as `x-dvc.components` describes it. */
export interface DossierComponent {
  key: string;
  name: LocalizedText;
  originals?: number;
  copies?: number;
  required?: boolean;
  requiredWhen?: JsonSchemaObject;
  accept?: string[];
  maxSizeMB?: number;
  multiple?: boolean;
  template?: string;
  present?: boolean;
  note?: LocalizedText;
}

/** Metadata of one attached file, as the dossier data holds it (the file itself travels with dvc-submit). */
export interface FileMetadata {
  name: string;
  size: number;
  type: string;
  lastModified?: number;
}

export const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DEFAULT_MAX_SIZE_MB = 10;

/** MIME types of the extensions procedures commonly accept. */
export const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

export function acceptedTypes(accept: readonly string[] | undefined): string[] {
  const list = accept ?? DEFAULT_ACCEPT;
  return [...new Set(list.map((entry) => (entry.startsWith('.') ? (EXTENSION_TYPES[entry.toLowerCase()] ?? entry) : entry)))];
}

function procedureOf(schema: unknown): Record<string, unknown> | undefined {
  return isPlainObject(schema) && isPlainObject(schema['x-dvc']) ? schema['x-dvc'] : undefined;
}

/**
 * The problems of a procedure's `x-dvc` found by reading it against the dossier schema it describes:
 * every condition and field pointer must name a real field (a fee condition naming a field the form
 * does not have is an error), component keys are unique, and `attachments` is not declared by hand.
 * Pure (no validator): the `core` entry runs it; `checkProcedure` runs the meta-schema first.
 * Tolerates a malformed `x-dvc` (it reads only what is well-formed). Pointers are into the schema.
 */
export function checkProcedureReferences(schema: unknown): SchemaProblem[] {
  const dvc = procedureOf(schema);
  if (!dvc || !isPlainObject(schema)) return [];
  const problems: SchemaProblem[] = [];
  const context = new SchemaContext(schema);
  const checkCondition = (condition: unknown, at: string) => {
    const named = new Map(namedFields(condition).map((path) => [path.join('/'), path]));
    for (const path of named.values()) {
      if (!fieldExists(context, path)) {
        problems.push({ pointer: at, keyword: 'x-dvc', message: `The condition names "${path.join('/')}", which the dossier schema does not have.` });
      }
    }
  };
  const checkPointer = (pointer: unknown, at: string, numeric: boolean) => {
    if (typeof pointer !== 'string') return;
    const field = fieldSchema(context, parsePointer(pointer));
    if (!field) problems.push({ pointer: at, keyword: 'x-dvc', message: `"${pointer}" is not a field of the dossier schema.` });
    else if (numeric && !['integer', 'number'].includes(String(field.type))) {
      problems.push({ pointer: at, keyword: 'x-dvc', message: `"${pointer}" must be a number or integer field.` });
    }
  };
  const objects = (list: unknown) => (Array.isArray(list) ? list : []).map((item) => (isPlainObject(item) ? item : {}));
  objects(dvc.fees).forEach((fee, i) => {
    const at = `/x-dvc/fees/${i}`;
    if (fee.when !== undefined) checkCondition(fee.when, `${at}/when`);
    const amount = isPlainObject(fee.amount) ? fee.amount : {};
    checkPointer(amount.quantityField, `${at}/amount/quantityField`, true);
    checkPointer(amount.baseField, `${at}/amount/baseField`, true);
    // Tiers in order: each but the last says its last unit, each past the one before; the last covers the rest.
    const tiers = objects(amount.tiers);
    let previous = 0;
    tiers.forEach((tier, j) => {
      const last = j === tiers.length - 1;
      const upTo = tier.upTo;
      if (last && upTo !== undefined) problems.push({ pointer: `${at}/amount/tiers/${j}/upTo`, keyword: 'x-dvc', message: 'The last tier covers every unit after the others: leave out "upTo".' });
      else if (!last && typeof upTo !== 'number') problems.push({ pointer: `${at}/amount/tiers/${j}`, keyword: 'x-dvc', message: 'Every tier but the last needs "upTo", its last unit.' });
      else if (!last && (upTo as number) <= previous) problems.push({ pointer: `${at}/amount/tiers/${j}/upTo`, keyword: 'x-dvc', message: `"upTo" must be more than the tier before (${previous}).` });
      if (typeof upTo === 'number') previous = upTo;
    });
    objects(fee.exemptions).forEach((exemption, j) => {
      if (exemption.when !== undefined) checkCondition(exemption.when, `${at}/exemptions/${j}/when`);
    });
  });
  const components = objects(dvc.components) as Partial<DossierComponent>[];
  const keys = new Set<string>();
  components.forEach((component, i) => {
    const at = `/x-dvc/components/${i}`;
    if (keys.has(String(component.key))) problems.push({ pointer: `${at}/key`, keyword: 'x-dvc', message: `Two components share the key "${component.key}".` });
    keys.add(String(component.key));
    if (component.requiredWhen !== undefined) checkCondition(component.requiredWhen, `${at}/requiredWhen`);
  });
  const delivery = isPlainObject(dvc.delivery) ? dvc.delivery : {};
  checkPointer(delivery.channelField, '/x-dvc/delivery/channelField', false);
  // A prepared schema has them: the expansion made them.
  if (components.length > 0 && !isPrepared(schema) && isPlainObject(schema.properties) && 'attachments' in schema.properties) {
    problems.push({ pointer: '/properties/attachments', keyword: 'x-dvc', message: '"attachments" is made from x-dvc.components: do not declare it.' });
  }
  return problems;
}

/** Property paths a condition schema looks at (through properties, required, and nested composites). */
function namedFields(condition: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(condition)) return [];
  const result: string[][] = [];
  if (Array.isArray(condition.required)) for (const key of condition.required) if (typeof key === 'string') result.push([...prefix, key]);
  if (isPlainObject(condition.properties)) {
    for (const [key, sub] of Object.entries(condition.properties)) {
      result.push([...prefix, key]);
      result.push(...namedFields(sub, [...prefix, key]));
    }
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(condition[keyword])) for (const sub of condition[keyword] as unknown[]) result.push(...namedFields(sub, prefix));
  }
  if (condition.not !== undefined) result.push(...namedFields(condition.not, prefix));
  return result;
}

/** Properties an object schema may have: its own and those of every conditional or alternative part. */
function declaredProperties(context: SchemaContext, schema: JsonSchemaObject): Record<string, JsonSchema> {
  const result: Record<string, JsonSchema> = {};
  const visit = (part: JsonSchema | undefined, depth: number) => {
    if (part === undefined || depth > 8) return;
    const resolved = resolveOrEmpty(context, part);
    if (isPlainObject(resolved.properties)) Object.assign(result, resolved.properties);
    for (const c of conditionalsOf(resolved)) {
      visit(c.then, depth + 1);
      visit(c.else, depth + 1);
    }
    for (const keyword of ['oneOf', 'anyOf']) {
      if (Array.isArray(resolved[keyword])) for (const b of resolved[keyword] as JsonSchema[]) visit(b, depth + 1);
    }
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      if (isPlainObject(resolved[keyword])) for (const d of Object.values(resolved[keyword] as Record<string, unknown>)) if (!Array.isArray(d)) visit(d as JsonSchema, depth + 1);
    }
  };
  visit(schema, 0);
  return result;
}

/** A subschema as the form reads it; behind a broken reference (which the linter reports), an empty one. */
function resolveOrEmpty(context: SchemaContext, schema: JsonSchema | undefined): JsonSchemaObject {
  try {
    return context.resolve(schema);
  } catch (error) {
    if (error instanceof SchemaError) return {};
    throw error;
  }
}

function fieldSchema(context: SchemaContext, path: readonly string[]): JsonSchemaObject | undefined {
  let current: JsonSchemaObject = context.root;
  for (const token of path) {
    const resolved = resolveOrEmpty(context, current);
    if (/^\d+$/.test(token) && resolved.items !== undefined) {
      current = resolveOrEmpty(context, resolved.items as JsonSchema);
      continue;
    }
    const properties = declaredProperties(context, resolved);
    if (!(token in properties)) return undefined;
    current = resolveOrEmpty(context, properties[token]);
  }
  return resolveOrEmpty(context, current);
}

function fieldExists(context: SchemaContext, path: readonly string[]): boolean {
  return fieldSchema(context, path) !== undefined;
}

const expanded = new WeakMap<object, JsonSchemaObject>();
const expandedResults = new WeakSet<object>();

/**
 * The dossier schema with `attachments` made from `x-dvc.components`: one upload field per
 * component (files described by their metadata; type and size limits as JSON Schema), required
 * always or when its condition holds. The same expansion feeds the form, the built validators and
 * the generated types, so all three agree. Returns the schema itself when there is nothing to add.
 */
export function expandProcedure<T>(schema: T): T {
  const dvc = procedureOf(schema);
  const components = (Array.isArray(dvc?.components) ? (dvc!.components as DossierComponent[]) : []).filter((c) => !c.present);
  if (!isPlainObject(schema) || components.length === 0 || expandedResults.has(schema)) return schema;
  const cached = expanded.get(schema);
  if (cached) return cached as T;
  const properties: Record<string, JsonSchemaObject> = {};
  const alwaysRequired: string[] = [];
  const conditions: JsonSchemaObject[] = [];
  for (const component of components) {
    properties[component.key] = uploadField(component);
    if (component.required) alwaysRequired.push(component.key);
    else if (component.requiredWhen) {
      conditions.push({
        if: component.requiredWhen,
        then: { required: ['attachments'], properties: { attachments: { required: [component.key], properties: { [component.key]: { minItems: 1 } } } } },
      });
    }
  }
  const attachments: JsonSchemaObject = {
    type: 'object',
    title: 'Thành phần hồ sơ',
    description: 'Tài liệu đính kèm theo hồ sơ.',
    'x-ui': { en: { title: 'Documents', description: 'Documents attached to the dossier.' } },
    properties,
    additionalProperties: false,
  };
  if (alwaysRequired.length > 0) attachments.required = alwaysRequired;
  const result: JsonSchemaObject = {
    ...schema,
    properties: { ...(isPlainObject(schema.properties) ? schema.properties : {}), attachments },
  };
  if (alwaysRequired.length > 0) result.required = [...new Set([...(Array.isArray(schema.required) ? (schema.required as string[]) : []), 'attachments'])];
  if (conditions.length > 0) result.allOf = [...(Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : []), ...conditions];
  const order = (schema['x-ui'] as Record<string, unknown> | undefined)?.order;
  if (Array.isArray(order) && !order.includes('*') && !order.includes('attachments')) {
    result['x-ui'] = { ...(schema['x-ui'] as Record<string, unknown>), order: [...order, 'attachments'] };
  }
  expanded.set(schema, result);
  expandedResults.add(result);
  return result as T;
}

function uploadField(component: DossierComponent): JsonSchemaObject {
  const types = acceptedTypes(component.accept);
  const maxBytes = Math.round((component.maxSizeMB ?? DEFAULT_MAX_SIZE_MB) * 1024 * 1024);
  const name = typeof component.name === 'string' ? { vi: component.name } : component.name;
  const kinds = types.map((t) => Object.entries(EXTENSION_TYPES).find(([, mime]) => mime === t)?.[0].slice(1).toUpperCase() ?? t).filter((v, i, a) => a.indexOf(v) === i);
  const counts = [component.originals ? `${component.originals} bản chính` : '', component.copies ? `${component.copies} bản sao` : ''].filter(Boolean).join(', ');
  const countsEn = [component.originals ? `${component.originals} original(s)` : '', component.copies ? `${component.copies} cop${component.copies === 1 ? 'y' : 'ies'}` : ''].filter(Boolean).join(', ');
  const field: JsonSchemaObject = {
    type: 'array',
    title: name.vi,
    items: {
      type: 'object',
      required: ['name', 'size', 'type'],
      properties: {
        name: { type: 'string', minLength: 1 },
        size: { type: 'integer', minimum: 0, maximum: maxBytes },
        type: { enum: types },
        lastModified: { type: 'integer' },
      },
    },
    'x-ui': {
      widget: 'file',
      en: { title: name.en ?? name.vi, ...(countsEn ? { description: countsEn } : {}) },
      messages: {
        enum: { vi: `Chỉ nhận tệp ${kinds.join(', ')}`, en: `Only ${kinds.join(', ')} files are accepted` },
        maximum: { vi: `Mỗi tệp không được lớn hơn ${formatMegabytes(maxBytes, 'vi')}`, en: `Each file must be ${formatMegabytes(maxBytes, 'en')} or smaller` },
        minItems: { vi: `Vui lòng đính kèm ${name.vi.charAt(0).toLocaleLowerCase('vi')}${name.vi.slice(1)}`, en: `Attach ${name.en ?? name.vi}` },
        required: { vi: `Vui lòng đính kèm ${name.vi.charAt(0).toLocaleLowerCase('vi')}${name.vi.slice(1)}`, en: `Attach ${name.en ?? name.vi}` },
      },
    },
  };
  if (counts) field.description = counts;
  if (!component.multiple) field.maxItems = 1;
  if (component.required) field.minItems = 1;
  if (component.template) field['x-dvc-template'] = component.template;
  return field;
}

function formatMegabytes(bytes: number, locale: 'vi' | 'en'): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(mb)} MB`;
}
