import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createForm } from '@dvc-kit/form-engine';
import type { RawValidationError } from '@dvc-kit/form-engine';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { createForm as createCoreForm, isPrepared } from '@dvc-kit/form-engine/core';
import type { Catalog } from '../src/build.js';
import { proceduresDir, repoRoot, runCli, tempDir } from './helpers.js';

const procedures = readdirSync(proceduresDir).filter((id) => existsSync(join(proceduresDir, id, 'schema.json'))).sort();

interface BuiltModule {
  default: { validate(data: unknown): RawValidationError[] };
  validate: ((data: unknown) => boolean) & { errors?: RawValidationError[] | null };
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
    const ajv = createAjvValidator(schema);
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
      expect(createForm(schema, data, { validator: mod.default }).state.valid, `${id}/${name} (engine)`).toBe(name.startsWith('valid'));
    }
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
