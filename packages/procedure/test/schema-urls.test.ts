import { describe, expect, it } from 'vitest';
import { SCHEMA_URL_FIELDS } from '@dvc-kit/form-engine';
import { UI_META_SCHEMA } from '@dvc-kit/form-engine/ajv';
import { DVC_META_SCHEMA } from '../src/index.js';

// The engine checks the links a schema may carry (schemaUrlProblems); this package owns the x-dvc meta-schema
// that says where they are, so the two are held together here.

/** Paths (from the keyword's value, `*` for array items) of every `format: uri*` member of a meta-schema. */
function uriPaths(meta: Record<string, unknown>): string[] {
  const defs = (meta.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const found = new Set<string>();
  const visit = (node: unknown, path: string, seen: readonly string[]) => {
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    if (typeof schema.format === 'string' && /^(uri|iri)/.test(schema.format)) found.add(path);
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/$defs/', '');
      if (!seen.includes(name)) visit(defs[name], path, [...seen, name]);
    }
    for (const [name, sub] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) visit(sub, `${path}/${name}`, seen);
    if (schema.items) visit(schema.items, `${path}/*`, seen);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${path}/*`, seen);
    for (const list of ['oneOf', 'anyOf', 'allOf'] as const) if (Array.isArray(schema[list])) for (const sub of schema[list]) visit(sub, path, seen);
  };
  visit(meta, '', []);
  return [...found].sort();
}

describe('links in the procedure vocabulary', () => {
  it('knows every URL-valued member of the x-dvc and x-ui meta-schemas', () => {
    const known = [...uriPaths(DVC_META_SCHEMA).map((p) => `/x-dvc${p}`), ...uriPaths(UI_META_SCHEMA).map((p) => `/x-ui${p}`)];
    expect(known).toContain('/x-dvc/components/*/template');
    expect([...SCHEMA_URL_FIELDS].sort()).toEqual(known.sort());
  });

});
