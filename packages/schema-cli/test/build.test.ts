import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS, createForm, createSchemaValidator, prepareSchema, type FieldNode, type JsonSchemaObject } from '@dvc-kit/form-engine';
import { englishMessages, type FormatDefinition, type RawValidationError } from '@dvc-kit/form-engine';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { createForm as createCoreForm, isPrepared, type Dictionaries } from '@dvc-kit/form-engine/core';
import { procedureVocabulary, type Catalog } from '@dvc-kit/procedure';
import { generatorInputs, standaloneValidator } from '../src/build.js';

// The engine reads x-dvc as the build does: with the procedure vocabulary.
const vocabularies = [procedureVocabulary];
import { proceduresDir, repoRoot, runCli, tempDir } from './helpers.js';
import { registerFormat } from '@dvc-kit/form-engine';
import { registerVnFormats } from '@dvc-kit/vn';

// The procedures use the Vietnamese formats: ajv, the interpreter and the full engine know them once registered, as
// on a page (the element's default define registers them; the generated validators carry their own).
registerVnFormats(registerFormat);

const procedures = readdirSync(proceduresDir).filter((id) => existsSync(join(proceduresDir, id, 'schema.json'))).sort();

interface BuiltModule {
  default: { validate(data: unknown): RawValidationError[]; test(index: number, value: unknown): boolean; conditions: string[]; messages: Dictionaries };
  validate: ((data: unknown) => boolean) & { errors?: RawValidationError[] | null };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: unknown[] = ['', 'x', '0912345678', '001099012345', '2026-02-30', '2026-11-22', 'khác', 0, -1, 1.5, 250000, true, null, [], {}];

/** Every place in a JSON value, as paths of keys and indexes (the root excluded). */
function placesOf(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    into.push(at);
    placesOf(item, at, into);
  }
  return into;
}

/** Held-out data: a copy of an example with one or two random edits (a value replaced, a key dropped, an item doubled). */
function mutate(example: unknown, rand: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const data = structuredClone(example);
  for (let edits = 1 + Math.floor(rand() * 2); edits > 0; edits--) {
    const places = placesOf(data);
    if (places.length === 0) break;
    const path = pick(places);
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    const edit = rand();
    if (edit < 0.3 && !Array.isArray(parent)) delete parent[key];
    else if (edit < 0.4 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    else parent[key] = structuredClone(pick(REPLACEMENTS));
  }
  return data;
}

/** Every value inside a value (itself included): where a condition may be asked. */
function valuesIn(value: unknown, into: unknown[] = []): unknown[] {
  into.push(value);
  if (Array.isArray(value)) for (const item of value) valuesIn(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) valuesIn(item, into);
  return into;
}

/** The pointers of every node the form shows. */
function shownPointers(node: FieldNode, into: string[] = []): string[] {
  into.push(node.pointer);
  for (const child of node.children ?? node.items ?? []) shownPointers(child, into);
  return into;
}

const comparable = (errors: readonly RawValidationError[]) =>
  errors.map((e) => JSON.stringify([e.instancePath, e.keyword, e.params])).sort();

describe('dvc-schema build of every real procedure', () => {
  let out: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = tempDir('build');
    run = runCli(['build', proceduresDir, '--out', out], repoRoot);
  }, 120_000);

  it('succeeds and reports each procedure with its time', () => {
    expect(run.stderr).toMatch(new RegExp(`${procedures.length} built, 0 unchanged, ${procedures.length} procedures? in `));
    expect(run.status).toBe(0);
    for (const id of procedures) expect(run.lines.some((l) => l.startsWith(`built    ${id}  `))).toBe(true);
  });

  it('writes the documented layout', () => {
    expect(readdirSync(out).filter((f) => f !== 'tsconfig.json').sort()).toEqual(['catalog.json', 'manifest.json', ...procedures].sort());
    for (const id of procedures) {
      expect(readdirSync(join(out, id)).sort()).toEqual(['schema.json', 'types.d.ts', 'validator.d.ts', 'validator.js']);
    }
  });

  it.each(procedures)('%s: the validator has no eval, no new Function, and imports nothing', async (id) => {
    const file = join(out, id, 'validator.js');
    const js = readFileSync(file, 'utf8');
    const { metafile } = await esbuild({ entryPoints: [file], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    expect(Object.values(metafile.inputs).flatMap((input) => input.imports)).toEqual([]);
    expect(js).not.toMatch(/new Function/);
    expect(js).not.toMatch(/\beval\(/);
    expect(js).not.toMatch(/^\s*import[\s{*"']/m);
    expect(js).not.toMatch(/\bimport\s*\(/);
    expect(js).not.toMatch(/__require|Dynamic require/);
  });

  it.each(procedures)('%s: the validator agrees with ajv and the engine on every example', async (id) => {
    const mod = (await import(pathToFileURL(join(out, id, 'validator.js')).href)) as BuiltModule;
    const schema = JSON.parse(readFileSync(join(proceduresDir, id, 'schema.json'), 'utf8')) as unknown;
    const ajv = createAjvValidator(schema, { vocabularies });
    const examplesDir = join(proceduresDir, id, 'examples');
    const examples = readdirSync(examplesDir).filter((n) => n.endsWith('.json')).sort();
    expect(examples.some((n) => n.startsWith('valid'))).toBe(true);
    expect(examples.some((n) => n.startsWith('invalid'))).toBe(true);
    for (const name of examples) {
      const data = JSON.parse(readFileSync(join(examplesDir, name), 'utf8')) as unknown;
      const built = mod.default.validate(data);
      const expected = ajv.validate(data);
      expect(comparable(built), `${id}/${name}`).toEqual(comparable(expected));
      expect(mod.validate(data), `${id}/${name}`).toBe(expected.length === 0);
      expect(built.length === 0, `${id}/${name}`).toBe(name.startsWith('valid'));
      // The element runs the engine with the built validator: it must reach the same verdict.
      expect(createForm(schema, data, { validator: mod.default, vocabularies }).state.valid, `${id}/${name} (engine)`).toBe(name.startsWith('valid'));
    }
  });

  it.each(procedures)('%s: on 300 held-out variants of its valid examples, the built validator, ajv and the interpreter agree', async (id) => {
    const mod = (await import(pathToFileURL(join(out, id, 'validator.js')).href)) as BuiltModule;
    const prepared = JSON.parse(readFileSync(join(out, id, 'schema.json'), 'utf8')) as unknown;
    const ajv = createAjvValidator(JSON.parse(readFileSync(join(proceduresDir, id, 'schema.json'), 'utf8')), { vocabularies });
    const interpreter = createSchemaValidator(prepared);
    const examplesDir = join(proceduresDir, id, 'examples');
    // Variants of the valid examples: one or two edits away from valid, so both verdicts come up.
    const examples = readdirSync(examplesDir)
      .filter((n) => n.startsWith('valid') && n.endsWith('.json'))
      .map((n) => JSON.parse(readFileSync(join(examplesDir, n), 'utf8')) as unknown);
    const rand = random([...id].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) | 0);
    // The conditions compiled into the module decide as the interpreter does (one set of rules).
    const conditions = (prepared as JsonSchemaObject)[CONDITIONS] as string[];
    expect(interpreter.conditions).toEqual(conditions);
    let invalid = 0;
    for (let i = 0; i < 300; i++) {
      const data = mutate(examples[i % examples.length], rand);
      for (const value of valuesIn(data)) {
        conditions.forEach((_, index) => expect(mod.default.test(index, value), `${index} ${JSON.stringify(value)}`).toBe(interpreter.test!(index, value)));
      }
      // So the page's core shows what the full engine shows.
      const core = createCoreForm(prepared, data, { validator: mod.default });
      expect(shownPointers(core.state.root), JSON.stringify(data)).toEqual(shownPointers(createForm(prepared, data).state.root));
      const expected = ajv.validate(data);
      const built = mod.default.validate(data);
      if (expected.length > 0) invalid++;
      expect(comparable(built), JSON.stringify(data)).toEqual(comparable(expected));
      const ours = interpreter.validate(data);
      expect(ours.length === 0, JSON.stringify(data)).toBe(expected.length === 0);
      // Every failing place ajv names, the interpreter names too.
      const paths = new Set(ours.map((e) => e.instancePath));
      for (const e of expected) expect(paths, JSON.stringify({ data, e })).toContain(e.instancePath);
    }
    expect(invalid).toBeGreaterThan(30);
    expect(invalid).toBeLessThan(290);
  });

  it.each(procedures)('%s: schema.json is prepared, so a page needs only the engine core and the validator', async (id) => {
    const prepared = JSON.parse(readFileSync(join(out, id, 'schema.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const source = JSON.parse(readFileSync(join(proceduresDir, id, 'schema.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(isPrepared(prepared)).toBe(true);
    expect(prepared['x-dvc']).toEqual(source['x-dvc']);
    // Dossier components are upload fields already (but those the portal already holds, `present`).
    const components = ((source['x-dvc']!.components as { key: string; present?: unknown }[] | undefined) ?? []).filter((c) => !c.present);
    const attachments = prepared.properties!.attachments as { properties: Record<string, unknown> } | undefined;
    expect(Object.keys(attachments?.properties ?? {}).sort()).toEqual(components.map((c) => c.key).sort());
    const mod = (await import(pathToFileURL(join(out, id, 'validator.js')).href)) as BuiltModule;
    const examplesDir = join(proceduresDir, id, 'examples');
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(examplesDir, name), 'utf8')) as unknown;
      const form = createCoreForm(prepared, data, { validator: mod.default });
      expect(form.state.valid, `${id}/${name}`).toBe(name.startsWith('valid'));
      expect(form.state.root.children?.some((c) => c.pointer === '/attachments'), `${id}/${name}`).toBe(components.length > 0);
    }
    // Its tests are numbered by the schema's list, and say so (a form refuses another list).
    expect(mod.default.conditions).toEqual(prepared['x-dvc-conditions']);
    // The validator brings the Vietnamese messages, for a page whose engine core has none.
    const vi = mod.default.messages.vi!;
    expect(Object.keys(vi).sort()).toEqual(Object.keys(englishMessages).sort());
    expect(vi.required({ label: 'Họ và tên', kind: 'text', params: {}, locale: 'vi' })).toBe('Vui lòng nhập họ và tên');
  });

  it('lists every procedure in catalog.json with its x-dvc metadata and files', () => {
    const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')) as Catalog;
    expect(catalog.procedures.map((p) => p.id).sort()).toEqual(procedures);
    for (const entry of catalog.procedures) {
      const schema = JSON.parse(readFileSync(join(proceduresDir, entry.id, 'schema.json'), 'utf8')) as Record<string, Record<string, unknown>>;
      const dvc = schema['x-dvc']!;
      expect(entry.code).toBe(dvc.code);
      expect(entry.name).toEqual(dvc.name);
      expect(entry.agency).toEqual(dvc.agency);
      expect(entry.level).toEqual(dvc.level);
      expect(entry.processingTime).toEqual(dvc.processingTime);
      expect(entry.delivery).toEqual(dvc.delivery);
      expect(entry.$id).toBe(schema.$id);
      expect(entry.fees.length).toBe(((dvc.fees as unknown[] | undefined) ?? []).length);
      expect(entry.components).toBe(((dvc.components as unknown[] | undefined) ?? []).length);
      expect(entry.files.validator).toBe(`${entry.id}/validator.js`);
      for (const file of Object.values(entry.files)) expect(existsSync(join(out, file))).toBe(true);
    }
  });

  it('emits declarations that type-check', () => {
    const files = procedures.flatMap((id) => [`${id}/types.d.ts`, `${id}/validator.d.ts`]);
    const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', lib: ['es2022'], types: [], skipLibCheck: false };
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(out, 'tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});

describe('incremental builds', () => {
  it('rebuild when any engine module the build runs changes (the condition list comes from schema.js and pointer.js)', () => {
    const engineDist = join(repoRoot, 'packages/form-engine/dist');
    const engine = generatorInputs().filter((f) => f.startsWith(engineDist)).map((f) => relative(engineDist, f));
    expect(engine).toEqual(expect.arrayContaining(['prepare.js', 'schema.js', 'pointer.js', 'ajv/index.js', 'messages-vi.js', 'date-parts.js']));
  });

  it('skips unchanged procedures, rebuilds a changed one, and rebuilds all with --force', () => {
    const src = tempDir('incremental-src');
    const ids = procedures.slice(0, 2);
    for (const id of ids) cpSync(join(proceduresDir, id), join(src, id), { recursive: true });
    const out = join(src, 'out');
    const first = runCli(['build', '.', '--out', 'out'], src);
    expect(first.status).toBe(0);
    expect(first.lines.filter((l) => l.startsWith('built')).length).toBe(ids.length);

    const again = runCli(['build', '.', '--out', 'out'], src);
    expect(again.lines.map((l) => l.slice(0, 8).trim())).toEqual(ids.map(() => 'skipped'));
    expect(again.stderr).toContain(`0 built, ${ids.length} unchanged`);
    const catalog = readFileSync(join(out, 'catalog.json'), 'utf8');

    appendFileSync(join(src, ids[0]!, 'schema.json'), '\n');
    const changed = runCli(['build', '.', '--out', 'out'], src);
    expect(changed.lines.find((l) => l.includes(ids[0]!))).toMatch(/^built /);
    if (ids[1]) expect(changed.lines.find((l) => l.includes(ids[1]!))).toMatch(/^skipped /);
    expect(readFileSync(join(out, 'catalog.json'), 'utf8')).toBe(catalog);

    const forced = runCli(['build', '.', '--out', 'out', '--force'], src);
    expect(forced.lines.filter((l) => l.startsWith('built')).length).toBe(ids.length);
  }, 120_000);

  it('summarises a fee priced in tiers with every tier', () => {
    const src = tempDir('tiers');
    cpSync(join(proceduresDir, '1.001193'), join(src, 'p'), { recursive: true });
    const schema = JSON.parse(readFileSync(join(src, 'p', 'schema.json'), 'utf8')) as { 'x-dvc': { fees: { key: string; amount: Record<string, unknown> }[] } };
    const fee = schema['x-dvc'].fees.find((f) => f.key === 'extractCopies')!;
    fee.amount.tiers = [{ price: 8000, upTo: 1 }, { price: 5000 }];
    writeFileSync(join(src, 'p', 'schema.json'), JSON.stringify(schema, null, 2));
    expect(runCli(['build', '.', '--out', 'out'], src).status).toBe(0);
    const catalog = JSON.parse(readFileSync(join(src, 'out', 'catalog.json'), 'utf8')) as Catalog;
    const summary = catalog.procedures[0]!.fees.find((f) => f.key === 'extractCopies')!;
    expect(summary).toMatchObject({ basis: 'PER_COPY', amount: 8000, tiers: [{ price: 8000, upTo: 1 }, { price: 5000 }] });
    // One tier: the amount says it all.
    expect(catalog.procedures[0]!.fees.find((f) => f.key === 'registration')!.tiers).toBeUndefined();
  }, 60_000);

  it('refuses to build a procedure that does not lint', () => {
    const src = tempDir('broken');
    cpSync(join(proceduresDir, procedures[0]!), join(src, 'p'), { recursive: true });
    const schema = JSON.parse(readFileSync(join(src, 'p', 'schema.json'), 'utf8')) as Record<string, unknown>;
    schema.minLenght = 1;
    writeFileSync(join(src, 'p', 'schema.json'), JSON.stringify(schema, null, 2));
    const run = runCli(['build', '.', '--out', 'out'], src);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('p/schema.json:');
    expect(run.stderr).toContain('Unknown keyword "minLenght".');
  });
});

describe('standaloneValidator', () => {
  it('compiles the conditions of a schema whose id ends in an empty fragment (as draft-04 ids often do)', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'https://dvc.gov.vn/ho-tich.json#',
      type: 'object',
      properties: { 'họ tên/đệm': { type: 'string' } },
      oneOf: [
        { properties: { kind: { enum: ['a'] } }, required: ['kind'] },
        { properties: { kind: { enum: ['b'] } }, required: ['kind'] },
      ],
    };
    const prepared = prepareSchema(schema);
    const file = join(tempDir('empty-fragment'), 'validator.js');
    writeFileSync(file, await standaloneValidator(prepared, 'p'));
    const mod = (await import(pathToFileURL(file).href)) as BuiltModule;
    expect([mod.default.test(0, { kind: 'a' }), mod.default.test(1, { kind: 'a' })]).toEqual([true, false]);
  });

  it('checks decimal multipleOf on the numbers as written (19.99 is a multiple of 0.01), as the interpreter and ajv do', async () => {
    const schema = { type: 'object', properties: { fee: { type: 'number', multipleOf: 0.01 }, area: { type: 'number', multipleOf: 0.1 } } };
    const prepared = prepareSchema(schema);
    const file = join(tempDir('multiple-of'), 'validator.js');
    writeFileSync(file, await standaloneValidator(prepared, 'multiple-of'));
    const mod = (await import(pathToFileURL(file).href)) as BuiltModule;
    const ajv = createAjvValidator(schema);
    const interpreter = createSchemaValidator(prepared);
    const cases: [Record<string, number>, boolean][] = [
      [{ fee: 0.07 }, true],
      [{ fee: 1.15 }, true],
      [{ fee: 19.99 }, true],
      [{ fee: 963762149.31 }, true],
      [{ fee: 19.991 }, false],
      [{ fee: 0.001 }, false],
      [{ area: 0.3 }, true],
      [{ area: 12.35 }, false],
    ];
    for (const [data, valid] of cases) {
      for (const [name, validator] of [['built', mod.default], ['ajv', ajv], ['interpreter', interpreter]] as const) {
        expect(validator.validate(data).length === 0, `${name} ${JSON.stringify(data)}`).toBe(valid);
      }
    }
  });

  it('checks the formats ajv calls as functions with the engine’s own checks, as ajv-formats does, and bundles only those used', async () => {
    const strings: Record<string, string[]> = {
      date: ['2024-02-29', '2023-02-29', '2026-11-22', '2026-13-01', '2026-1-01', '22/11/2026', ''],
      time: ['10:20:30Z', '10:20:30+07:00', '10:20:30', '23:59:60Z', '23:59:60+07:00', '24:00:00Z', '10:20:30.5-01:30', '10:20'],
      'date-time': ['2026-11-22T10:20:30Z', '2026-11-22t10:20:30+07:00', '2026-11-22 10:20:30Z', '2026-11-22T10:20:30', '2026-02-30T10:20:30Z', '2026-11-22'],
      'iso-time': ['10:20:30', '10:20:30Z', '25:00:00', '10:20:30+0700'],
      'iso-date-time': ['2026-11-22T10:20:30', '2026-11-22T10:20:30+07:00', '2026-11-22T99:20:30'],
      uri: ['https://dichvucong.gov.vn/p', 'not a uri', '/relative'],
    };
    const numbers: Record<string, number[]> = { int32: [0, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1.5], int64: [2 ** 40, 1.5], float: [1.5], double: [-3] };
    const properties: Record<string, unknown> = {};
    for (const name of Object.keys(strings)) properties[name] = { type: 'string', format: name };
    for (const name of Object.keys(numbers)) properties[name] = { type: 'number', format: name };
    const schema = { type: 'object', properties };
    const prepared = prepareSchema(schema);
    const code = await standaloneValidator(prepared, 'formats');
    const file = join(tempDir('formats'), 'validator.js');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as BuiltModule;
    const ajv = createAjvValidator(schema);
    let invalid = 0;
    for (const [name, values] of [...Object.entries(strings), ...Object.entries(numbers)] as [string, unknown[]][]) {
      for (const value of values) {
        const data = { [name]: value };
        const expected = ajv.validate(data).length;
        if (expected > 0) invalid++;
        expect(mod.default.validate(data).length, `${name} ${JSON.stringify(value)}`).toBe(expected);
      }
    }
    expect(invalid).toBeGreaterThan(15);
    // Only date: none of ajv-formats' other checks comes along.
    const dateOnly = await standaloneValidator(prepareSchema({ type: 'object', properties: { d: { type: 'string', format: 'date' } } }), 'date');
    expect(dateOnly).not.toContain('fullFormats');
    expect(code).toContain('fullFormats'); // uri still comes from ajv-formats
  });

  it('bundles the Vietnamese format checks a procedure uses, with their definitions for the form', async () => {
    const schema = {
      type: 'object',
      properties: {
        personalId: { type: 'string', format: 'cccd', title: 'Số định danh cá nhân' },
        phone: { type: 'string', format: 'vn-phone', title: 'Số điện thoại' },
      },
    };
    const code = await standaloneValidator(prepareSchema(schema), 'vn');
    expect(code).not.toMatch(/\bimport\b|require\(|fullFormats/);
    const file = join(tempDir('vn-formats'), 'validator.js');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as BuiltModule & { default: { formats: Record<string, FormatDefinition> } };
    const errorsOf = (data: unknown) => mod.default.validate(data).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(errorsOf({ personalId: '001099012345', phone: '0912345678' })).toEqual([]);
    // Typed as citizens do: the check reads it as the format normalises it.
    expect(errorsOf({ personalId: '001 099 012345', phone: '0912 345 678' })).toEqual([]);
    // 12 digits, but 003 is no province code, and 2099 is a birth year in the future: a regex would pass both.
    expect(errorsOf({ personalId: '003099012345' })).toEqual(['/personalId format']);
    expect(errorsOf({ personalId: '001299012345' })).toEqual(['/personalId format']);
    expect(errorsOf({ phone: '0212345678' })).toEqual(['/phone format']);
    expect(Object.keys(mod.default.formats)).toEqual(['cccd', 'vn-phone']);

    // The core page, with only this validator: the citizen's typing is stored normalised and each mistake explained.
    const form = createCoreForm(prepareSchema(schema), {}, { validator: mod.default });
    expect(form.setInput('/phone', '0912.345.678').data).toEqual({ phone: '0912345678' });
    form.setInput('/personalId', '003099012345');
    expect(form.touch('/personalId').shownErrors.map((e) => e.message)).toEqual([
      '3 chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố; vui lòng kiểm tra lại',
    ]);

    // A procedure without them carries none: no definitions, no identifier messages.
    const plain = await standaloneValidator(prepareSchema({ type: 'object', properties: { d: { type: 'string', format: 'date' } } }), 'plain');
    expect(plain).not.toContain('formats:');
    expect(plain).not.toContain('không phải mã tỉnh');
  });
});
