/**
 * Dossier components (thành phần hồ sơ) as upload fields: what `x-dvc.components` adds to the form.
 */
import { isPlainObject, isPrepared } from '@dvc-kit/form-engine/core';
import type { JsonSchema, JsonSchemaObject } from '@dvc-kit/form-engine/core';
import { inSentence } from '@dvc-kit/form-engine/message-wording';
import type { Component } from './vocabulary-types.js';
import { procedureOf } from './references.js';

/** One dossier component as `x-dvc.components` describes it (the meta-schema's `component`). */
export type DossierComponent = Component;

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

/** MIME types of an `accept` list (extensions mapped through `EXTENSION_TYPES`; default: PDF, JPEG, PNG), each once. */
export function acceptedTypes(accept: readonly string[] | undefined): string[] {
  const list = accept ?? DEFAULT_ACCEPT;
  return [...new Set(list.map((entry) => (entry.startsWith('.') ? (EXTENSION_TYPES[entry.toLowerCase()] ?? entry) : entry)))];
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
  const components = (Array.isArray(dvc?.components) ? (dvc.components as DossierComponent[]) : []).filter((c) => !c.present);
  // A prepared schema has its upload fields already: expanding again would add its conditional requirements twice.
  if (!isPlainObject(schema) || components.length === 0 || expandedResults.has(schema) || isPrepared(schema)) return schema;
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
  const missing = { vi: `Vui lòng đính kèm ${inSentence(name.vi, 'vi')}`, en: `Attach ${inSentence(name.en ?? name.vi, 'en')}` };
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
        // The words the form and <dvc-file-upload> use for a missing upload ("Attach copy of the CCCD", not "Attach Copy…").
        minItems: missing,
        required: missing,
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
