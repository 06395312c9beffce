import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, parseJsonSource } from '../src/json-source.js';
import { proceduresDir, repoRoot, runCli, tempDir } from './helpers.js';

/** A procedure with four seeded mistakes: a misspelt keyword, a dangling $ref, an x-ui typo, a fee condition on a missing field. */
const SEEDED = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.test/seeded.json",
  "title": "Seeded",
  "type": "object",
  "x-dvc": {
    "code": "1.000001",
    "name": "Thủ tục thử",
    "sector": "Thử",
    "agency": "UBND xã",
    "level": ["COMMUNE"],
    "onlineService": "FULL",
    "processingTime": { "value": 3, "unit": "WORKING_DAY" },
    "legalBasis": [{ "code": "1/2025/NĐ-CP" }],
    "fees": [
      {
        "key": "fee",
        "kind": "LE_PHI",
        "name": "Lệ phí",
        "amount": { "fixed": 10000 },
        "when": { "properties": { "ownerKind": { "const": "X" } }, "required": ["ownerKind"] }
      }
    ],
    "delivery": { "result": ["ONLINE"] }
  },
  "properties": {
    "name": { "type": "string", "minLenght": 2 },
    "home": { "$ref": "#/$defs/adress" },
    "phone": { "type": "string", "x-ui": { "widgit": "tel" } }
  },
  "$defs": {
    "address": { "type": "string" }
  }
}
`;

function writeProcedure(root: string, schema: string, examples: Record<string, unknown> = {}): void {
  mkdirSync(join(root, 'p', 'examples'), { recursive: true });
  writeFileSync(join(root, 'p', 'schema.json'), schema);
  for (const [name, data] of Object.entries(examples)) writeFileSync(join(root, 'p', 'examples', name), `${JSON.stringify(data, null, 2)}\n`);
}

describe('dvc-schema lint', () => {
  it('passes every real procedure in schemas/procedures, examples included', () => {
    expect(readdirSync(proceduresDir).length).toBeGreaterThan(0);
    const run = runCli(['lint', 'schemas'], repoRoot);
    expect(run.lines).toEqual([]);
    expect(run.stderr).toMatch(/schemas? checked, no problems/);
    expect(run.status).toBe(0);
  });

  it('gives one exact line per seeded mistake, sorted by line', () => {
    const dir = tempDir('seeded');
    writeProcedure(dir, SEEDED);
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual([
      'p/schema.json:21:17  /x-dvc/fees/0/when  The condition names "ownerKind", which the dossier schema does not have.',
      'p/schema.json:27:33  /properties/name/minLenght  Unknown keyword "minLenght".',
      'p/schema.json:28:23  /properties/home/$ref  Cannot resolve reference "#/$defs/adress".',
      'p/schema.json:29:44  /properties/phone/x-ui/widgit  Unknown member "widgit" of "x-ui"; use widget, order, sections, placeholder, help, inputMode, autocomplete, rows, itemLabel, en, messages.',
    ]);
    expect(run.stderr).toContain('4 problems in 1 of 1 schema');
    expect(run.status).toBe(1);
  });

  it('names the file as given on the command line', () => {
    const dir = tempDir('given');
    writeProcedure(dir, SEEDED);
    const run = runCli(['lint', 'p/schema.json'], dir);
    expect(run.lines[1]).toBe('p/schema.json:27:33  /properties/name/minLenght  Unknown keyword "minLenght".');
  });

  it('reports ajv meta-schema violations and duplicate keys at their place', () => {
    const dir = tempDir('meta');
    writeProcedure(
      dir,
      `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "a": { "type": "string", "contentMediaType": 12 },
    "b": { "type": "string", "type": "integer" }
  }
}
`,
    );
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual([
      'p/schema.json:5:50  /properties/a/contentMediaType  Must be string (meta-schema: type).',
      'p/schema.json:6:30  /properties/b/type  Duplicate key "type": only the last one counts.',
    ]);
    expect(run.status).toBe(1);
  });

  it('accepts the Vietnamese formats, rejects unknown ones, and checks examples with them', () => {
    const dir = tempDir('vn-formats');
    writeProcedure(
      dir,
      `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "id": { "type": "string", "format": "cccd" },
    "tax": { "type": "string", "format": "vn-tax-code" },
    "phone": { "type": "string", "format": "vn-phone" },
    "postal": { "type": "string", "format": "vn-postal-code" }
  }
}
`,
    );
    writeFileSync(join(dir, 'p', 'examples', 'valid-typed.json'), JSON.stringify({ id: '001099012345', tax: '0100112437-001', phone: '0912 345 678', postal: '11120' }));
    writeFileSync(join(dir, 'p', 'examples', 'invalid-check-digit.json'), JSON.stringify({ tax: '0100112438' }));
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(0);

    writeFileSync(join(dir, 'p', 'examples', 'valid-wrong.json'), JSON.stringify({ id: '003099012345' }));
    expect(runCli(['lint', '.'], dir).status).toBe(1);

    const unknown = tempDir('unknown-format');
    writeProcedure(unknown, '{\n  "type": "object",\n  "properties": { "id": { "type": "string", "format": "cmnd" } }\n}\n');
    const refused = runCli(['lint', '.'], unknown);
    expect(refused.lines).toEqual([
      'p/schema.json:3:55  /properties/id/format  Unknown format "cmnd": use a standard format or one of cccd, vn-tax-code, vn-phone, vn-postal-code.',
    ]);
    expect(refused.status).toBe(1);
  });

  it('reports a JSON syntax error at its position', () => {
    const dir = tempDir('syntax');
    writeProcedure(dir, '{\n  "type": "object",\n  "properties": { "a": { "type": "string" }, }\n}\n');
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual(['p/schema.json:3:46  /  Invalid JSON: Expected a string, found "}".']);
    expect(run.status).toBe(1);
  });

  it('checks examples: valid-* must validate, invalid-* must not', () => {
    const dir = tempDir('examples');
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 2 } },
    };
    writeProcedure(dir, JSON.stringify(schema, null, 2), {
      'valid-ok.json': { name: 'An' },
      'valid-short.json': { name: 'A' },
      'invalid-missing.json': {},
      'invalid-passes.json': { name: 'Bình' },
    });
    const run = runCli(['lint', '.'], dir);
    expect(run.lines).toEqual([
      'p/examples/invalid-passes.json:1:1  /  An invalid example must not validate, but it does.',
      'p/examples/valid-short.json:2:11  /name  A valid example must validate: must NOT have fewer than 2 characters (minLength).',
    ]);
    expect(run.status).toBe(1);
  });

  it('exits 2 with usage on a wrong command line', () => {
    expect(runCli(['lint'], repoRoot).status).toBe(2);
    expect(runCli(['frobnicate'], repoRoot).status).toBe(2);
    expect(runCli(['build', 'schemas/procedures'], repoRoot).status).toBe(2);
  });
});

describe('position-tracking JSON parser', () => {
  it('agrees with JSON.parse and locates values and keys', () => {
    const text = '{\n  "a": [1, {"b~/c": "ế"}],\n  "d": null\n}';
    const source = parseJsonSource(text);
    expect(source.value).toEqual(JSON.parse(text));
    expect(locate(source, '/a/1/b~0~1c')).toEqual({ line: 2, column: 21 });
    expect(locate(source, '/a/1/b~0~1c', true)).toEqual({ line: 2, column: 13 });
    expect(locate(source, '/d/missing/deeper')).toEqual({ line: 3, column: 8 });
  });

  it('keeps a "__proto__" member as data', () => {
    const source = parseJsonSource('{"__proto__": {"x": 1}}');
    expect(Object.keys(source.value as object)).toEqual(['__proto__']);
  });
});
