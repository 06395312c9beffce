/** The fixture's built entries are what `dvc-schema build` writes for schemas/procedures today. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntry, type CatalogFiles } from '@dvc-kit/procedure';
import { BUILT_ENTRIES } from './catalog.js';

const PROCEDURES = fileURLToPath(new URL('../../../../../schemas/procedures/', import.meta.url));

describe('the sample catalogue', () => {
  it("holds every shipped procedure's entry as the build makes it", () => {
    const ids = readdirSync(PROCEDURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const built = ids.map((id) => {
      const schema = JSON.parse(readFileSync(join(PROCEDURES, id, 'schema.json'), 'utf8')) as Record<string, unknown>;
      const files: CatalogFiles = { validator: `${id}/validator.js`, validatorTypes: `${id}/validator.d.ts`, types: `${id}/types.d.ts`, schema: `${id}/schema.json` };
      // JSON drops the undefined facts of a schema without them, as catalog.json does.
      return JSON.parse(JSON.stringify(catalogEntry(id, schema, files))) as unknown;
    });
    expect(BUILT_ENTRIES).toEqual(built);
  });
});
