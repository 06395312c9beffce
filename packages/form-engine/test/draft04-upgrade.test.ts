/**
 * The draft-4 cases of the official JSON-Schema-Test-Suite (npm `json-schema-test-suite` ships only those): they hold
 * `upgradeDraft04` to the standard (`test-suite.test.ts` runs drafts 2020-12 and 07).
 * Draft-04 schemas are read by upgrading them to draft-07 (`upgradeDraft04`); our eval-free
 * validator must give the suite's verdict, and so must ajv on the same upgraded schema. Remote
 * references (no network here) and the meta-schema cases are left out, and named below.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, upgradeDraft04 } from '../src/index.js';
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
const REMOTE = /"\$ref":\s*"http/;

const files = readdirSync(suiteDir).filter((f) => f.endsWith('.json') && !LEFT_OUT_FILES.has(f));

describe('JSON-Schema-Test-Suite (draft-4 cases, read through upgradeDraft04)', () => {
  let run = 0;
  for (const file of files) {
    const groups = JSON.parse(readFileSync(join(suiteDir, file), 'utf8')) as Group[];
    for (const group of groups) {
      if (REMOTE.test(JSON.stringify(group.schema))) continue;
      const schema = upgradeDraft04({ $schema: 'http://json-schema.org/draft-04/schema#', ...group.schema });
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
