/**
 * The `.d.ts` of a procedure's dossier data, made with json-schema-to-typescript after reshaping
 * the schema into what that tool understands (see ../shared TOOLCHAIN.md, pitfall 7).
 */
import { compile } from 'json-schema-to-typescript';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of the (expanded) dossier schema that json-schema-to-typescript turns into useful types:
 * - `x-*` keywords go (they are not JSON Schema);
 * - `title` becomes the doc comment (`description`), so types are named after `$defs` keys, not
 *   after Vietnamese titles; `$id` goes for the same reason;
 * - properties declared only in `if`/`then`/`else`, `dependentSchemas` or conditional `allOf` members
 *   are hoisted into `properties` as optional members, and the branches go with what they require: the tool
 *   ignores conditions, and a member that only some branch requires must not become required always (a
 *   property the schema itself declares keeps its own type: a branch only narrows it when it applies);
 * - `prefixItems` becomes the draft-07 tuple form it does understand;
 * - `$anchor` references become JSON Pointers (anchors crash the tool).
 */
export function typeableSchema(schema: unknown): Json {
  const anchors = new Map<string, string>();
  const collect = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => collect(n, `${pointer}/${i}`));
    else if (isObject(node)) {
      if (typeof node.$anchor === 'string') anchors.set(node.$anchor, pointer);
      for (const [k, v] of Object.entries(node)) collect(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  collect(schema, '');
  const copy = reshape(schema, anchors);
  return isObject(copy) ? copy : {};
}

function reshape(node: unknown, anchors: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => reshape(n, anchors));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === '$anchor' || key === '$comment' || key === '$dynamicAnchor') continue;
    if (key === '$id' || key === '$schema') continue;
    if (key === 'title') {
      if (node.description === undefined && typeof value === 'string') out.description = value;
      continue;
    }
    if (key === 'properties' || key === '$defs' || key === 'definitions' || key === 'patternProperties' || key === 'dependentSchemas') {
      out[key] = isObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reshape(v, anchors)])) : value;
      continue;
    }
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#') && !value.startsWith('#/') && value !== '#') {
      const target = anchors.get(value.slice(1));
      out.$ref = target === undefined ? value : `#${target}`;
      continue;
    }
    if (key === 'const' || key === 'enum' || key === 'default' || key === 'examples') {
      out[key] = value;
      continue;
    }
    out[key] = reshape(value, anchors);
  }
  if (Array.isArray(out.prefixItems)) {
    const rest = out.items;
    out.items = out.prefixItems;
    delete out.prefixItems;
    if (rest !== undefined) out.additionalItems = rest;
    else if (out.additionalItems === undefined) out.additionalItems = true;
  }
  hoistConditionalProperties(out);
  return out;
}

/**
 * Members of `allOf` that were only a condition (`if`/`then`/`else`) before their branches were hoisted: the
 * parent hoists their properties as optional too, instead of keeping them as unconditional members.
 */
const conditionalOnly = new WeakSet<object>();

function hoistConditionalProperties(schema: Json): void {
  const conditional = schema.if !== undefined && Object.keys(schema).every((k) => ['if', 'then', 'else', 'description'].includes(k));
  const branches: unknown[] = [schema.then, schema.else];
  if (isObject(schema.dependentSchemas)) branches.push(...Object.values(schema.dependentSchemas));
  const keptAllOf: unknown[] = [];
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      // Children are reshaped before their parent, so a conditional member has been hoisted already.
      if (isObject(member) && conditionalOnly.has(member)) branches.push(member);
      else keptAllOf.push(member);
    }
  }
  const hoisted: Json = {};
  const gather = (branch: unknown) => {
    if (!isObject(branch)) return;
    if (isObject(branch.properties)) {
      for (const [name, sub] of Object.entries(branch.properties)) {
        if (!(name in hoisted)) hoisted[name] = sub;
      }
    }
    gather(branch.then);
    gather(branch.else);
  };
  branches.forEach(gather);
  if (Object.keys(hoisted).length > 0 || branches.some((b) => b !== undefined)) {
    const own = isObject(schema.properties) ? schema.properties : undefined;
    if (Object.keys(hoisted).length > 0) {
      const merged: Json = { ...(own ?? {}) };
      for (const [name, sub] of Object.entries(hoisted)) if (!(name in merged)) merged[name] = sub;
      schema.properties = merged;
      if (schema.type === undefined) schema.type = 'object';
    }
  }
  delete schema.if;
  delete schema.then;
  delete schema.else;
  delete schema.dependentSchemas;
  delete schema.dependentRequired;
  delete schema.unevaluatedProperties;
  if (Array.isArray(schema.allOf)) {
    if (keptAllOf.length > 0) schema.allOf = keptAllOf;
    else delete schema.allOf;
  }
  if (conditional) conditionalOnly.add(schema);
}

/** TypeScript declarations of the dossier data; the root type is `Dossier`. */
export async function dossierTypes(expandedSchema: unknown, banner: string): Promise<string> {
  const schema = typeableSchema(expandedSchema);
  return compile(schema as Parameters<typeof compile>[0], 'Dossier', {
    bannerComment: banner,
    additionalProperties: false,
    declareExternallyReferenced: true,
    unknownAny: true,
    strictIndexSignatures: true,
    // minItems/maxItems would turn a one-file upload into a one-element tuple; an array reads better.
    ignoreMinAndMaxItems: true,
    format: true,
    style: { printWidth: 120, singleQuote: true },
    $refOptions: { resolve: { external: false } },
  });
}
