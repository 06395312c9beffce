/**
 * The references of a procedure's `x-dvc` into the dossier schema it describes: every condition and field
 * pointer must name a real field. Pure, and without a validator, so that preparing a schema on a page
 * (`@dvc-kit/procedure/prepare`) loads no interpreter and no meta-schema.
 */
import { SchemaContext, SchemaError, conditionalsOf, isPlainObject, isPrepared, parsePointer } from '@dvc-kit/form-engine/core';
import type { JsonSchema, JsonSchemaObject, SchemaProblem } from '@dvc-kit/form-engine/core';
import type { DossierComponent } from './components.js';

/** The `x-dvc` object of a schema, when it has one. */
export function procedureOf(schema: unknown): Record<string, unknown> | undefined {
  return isPlainObject(schema) && isPlainObject(schema['x-dvc']) ? schema['x-dvc'] : undefined;
}

/**
 * The problems of a procedure's `x-dvc` found by reading it against the dossier schema it describes:
 * every condition and field pointer must name a real field (a fee condition naming a field the form
 * does not have is an error), component keys are unique, and `attachments` is not declared by hand.
 * Pure (no validator): `checkProcedure` runs the meta-schema first.
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

