/**
 * The official JSON-Schema-Test-Suite (`json-schema-test-suite/`, a copy with its licence): every required case of
 * drafts 2020-12 and 07, plus the `optional/format` files of the formats a form checks, through the eval-free
 * interpreter. Remote references resolve to the suite's `remotes/` passed in as a registry (never fetched), and
 * references to the JSON Schema meta-schemas to `META_SCHEMAS`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '../src/index.js';
import { isPlainObject } from '../src/pointer.js';
import { META_SCHEMAS } from '../src/meta-schemas.js';

const suiteDir = join(dirname(fileURLToPath(import.meta.url)), 'json-schema-test-suite');
const DRAFTS = ['draft2020-12', 'draft7'] as const;
/** The `optional/format` files run: the formats a form asserts. */
const FORMATS = ['date', 'date-time', 'time', 'email', 'uri', 'uri-reference', 'uuid', 'ipv4', 'ipv6', 'hostname', 'duration', 'json-pointer', 'regex'];
/** Cases left out, by "draft/file: group: case", with the reason. Keep it empty. */
const LEFT_OUT = new Map<string, string>();

interface Case {
  description: string;
  data: unknown;
  valid: boolean;
}
interface Group {
  description: string;
  schema: unknown;
  tests: Case[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

const remotesDir = join(suiteDir, 'remotes');
const schemas: Record<string, unknown> = { ...META_SCHEMAS };
for (const file of filesUnder(remotesDir)) {
  schemas[`http://localhost:1234/${relative(remotesDir, file).split('\\').join('/')}`] = JSON.parse(readFileSync(file, 'utf8'));
}

const counts: Record<string, { run: number; leftOut: number; total: number }> = {};

for (const draft of DRAFTS) {
  const dir = join(suiteDir, 'tests', draft);
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')),
    ...FORMATS.filter((f) => readdirSync(join(dir, 'optional', 'format')).includes(`${f}.json`)).map((f) => `optional/format/${f}.json`),
  ];
  const count = (counts[draft] = { run: 0, leftOut: 0, total: 0 });
  describe(`JSON-Schema-Test-Suite ${draft}`, () => {
    for (const file of files) {
      const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Group[];
      for (const group of groups) {
        count.total += group.tests.length;
        it(`${file}: ${group.description}`, () => {
          // The required format.json holds 2020-12's default, formats as annotations; forms assert them (the optional files).
          // The suite's draft-07 schemas rarely name their draft; the interpreter would read them as 2020-12.
          const schema = draft === 'draft7' && isPlainObject(group.schema) && !('$schema' in group.schema) ? { $schema: 'http://json-schema.org/draft-07/schema#', ...group.schema } : group.schema;
          const validator = createSchemaValidator(schema, { schemas, assertFormats: !(draft === 'draft2020-12' && file === 'format.json') });
          const wrong: string[] = [];
          for (const test of group.tests) {
            if (LEFT_OUT.has(`${draft}/${file}: ${group.description}: ${test.description}`)) {
              count.leftOut++;
              continue;
            }
            const verdict = validator.validate(test.data).length === 0;
            if (verdict !== test.valid) wrong.push(`${test.description} (${JSON.stringify(test.data)}): should be ${test.valid ? 'valid' : 'invalid'}`);
            count.run++;
          }
          expect(wrong).toEqual([]);
        });
      }
    }
  });
}

describe('JSON-Schema-Test-Suite summary', () => {
  const total = (draft: string) => counts[draft]!.total;
  it(`ran every case: ${total('draft2020-12')} of draft 2020-12, ${total('draft7')} of draft-07, ${LEFT_OUT.size} left out`, () => {
    // Runs after the groups above (vitest runs a file's tests in order).
    for (const draft of DRAFTS) expect(counts[draft]!.run, draft).toBe(counts[draft]!.total);
    expect(total('draft2020-12')).toBeGreaterThan(1800);
    expect(total('draft7')).toBeGreaterThan(1350);
    expect(LEFT_OUT.size).toBe(0);
  });
});
