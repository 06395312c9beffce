/**
 * The official JSON-Schema-Test-Suite (npm `json-schema-test-suite`, which ships the draft-4 cases)
 * for the keywords whose meaning draft-07 and 2020-12 kept. Our eval-free validator must give the
 * suite's verdict, as ajv does. Cases that test draft-4-only meanings (boolean exclusiveMinimum,
 * `id`) or remote references are left out, and named below.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '../src/index.js';
import { createAjv } from '../src/ajv/index.js';

const require = createRequire(import.meta.url);
const suiteDir = join(dirname(require.resolve('json-schema-test-suite/package.json')), 'tests', 'draft4');

interface Case {
  description: string;
  data: unknown;
  valid: boolean;
}
interface Group {
  description: string;
  schema: Record<string, unknown>;
  tests: Case[];
}

const LEFT_OUT_FILES = new Set(['refRemote.json', 'definitions.json', 'default.json']);
const DRAFT4_ONLY = /"exclusive(Minimum|Maximum)":\s*(true|false)|"id":|"\$ref":\s*"http/;

const files = readdirSync(suiteDir).filter((f) => f.endsWith('.json') && !LEFT_OUT_FILES.has(f));

describe('JSON-Schema-Test-Suite (draft-4 cases with draft-07 meaning)', () => {
  let run = 0;
  for (const file of files) {
    const groups = JSON.parse(readFileSync(join(suiteDir, file), 'utf8')) as Group[];
    for (const group of groups) {
      if (DRAFT4_ONLY.test(JSON.stringify(group.schema))) continue;
      const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...group.schema };
      it(`${file}: ${group.description}`, () => {
        const ours = createSchemaValidator(schema);
        const ajv = createAjv(schema, {});
        ajv.opts.strictSchema = false;
        const theirs = ajv.compile(schema);
        for (const test of group.tests) {
          const verdict = ours.validate(test.data).length === 0;
          expect({ case: test.description, valid: verdict }).toEqual({ case: test.description, valid: test.valid });
          expect({ case: test.description, ajv: theirs(test.data) }).toEqual({ case: test.description, ajv: test.valid });
          run++;
        }
      });
    }
  }
  it('ran a meaningful number of cases', () => {
    expect(run).toBeGreaterThan(150);
  });
});
