/**
 * scripts/build-standalone.mjs: the folder a page without a bundler links (dist/standalone/), and the checks that
 * fail the build. The page itself is tested in standalone-page.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

interface BuildStandalone {
  STANDALONE_DIR: string;
  standaloneOptions(outdir?: string): BuildOptions;
  standaloneProblems(metafile: Metafile, read: (file: string) => string): string[];
}

// A plain .mjs script (no type declarations): imported by URL, typed here.
const SCRIPT = new URL('../../scripts/build-standalone.mjs', import.meta.url).href;
const DEFINE_NAMES = readdirSync(fileURLToPath(new URL('../define/', import.meta.url)))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, '.js'))
  .sort();
/** esbuild's content hash: 8 characters of base32. */
const HASHED = /^[\w.-]+-[A-Z2-7]{8}\.js$/;

let m: BuildStandalone;
let outputs: OutputFile[] = [];
let metafile: Metafile;

beforeAll(async () => {
  m = (await import(/* @vite-ignore */ SCRIPT)) as BuildStandalone;
  if (!existsSync(m.STANDALONE_DIR)) throw new Error('No standalone build: run `npm run build -w @dvc-kit/elements` first.');
  const result = await build({ ...m.standaloneOptions('/virtual/standalone'), write: false, logLevel: 'silent' });
  outputs = result.outputFiles;
  metafile = result.metafile!;
}, 60_000);

/**
 * Static and dynamic import specifiers of a minified ES module (esbuild writes them with double quotes). Not the
 * string "from" itself (`["from", this.from]`, `"/from"`): a keyword follows no quote, slash or name.
 */
function specifiers(code: string): string[] {
  return [...code.matchAll(/(?<![\w"'/$.-])(?:from|import\s*\(?)\s*"([^"]+)"/g)].map((match) => match[1]);
}

describe('dist/standalone', () => {
  it('has one entry per define file under its plain name, and every other file content-hashed', () => {
    const names = outputs.map((f) => basename(f.path));
    expect(names.filter((name) => name.startsWith('dvc-')).sort()).toEqual(DEFINE_NAMES);
    expect(names.filter((name) => !DEFINE_NAMES.includes(name)).every((name) => HASHED.test(name))).toBe(true);
  });

  it('is what the build wrote (the folder is not stale)', () => {
    expect(readdirSync(m.STANDALONE_DIR).sort()).toEqual(outputs.map((f) => basename(f.path)).sort());
  });

  it('imports only files beside it, by relative URL: no bare specifier for a page to resolve', () => {
    const names = new Set(outputs.map((f) => basename(f.path)));
    const form = outputs.find((f) => basename(f.path) === 'dvc-dossier-form.js')!;
    expect(specifiers(form.text).length, 'the form imports its shared chunks').toBeGreaterThan(0);
    for (const file of outputs) {
      for (const specifier of specifiers(file.text)) {
        expect(specifier, `${basename(file.path)} imports ${specifier}`).toMatch(/^\.\/[\w.-]+\.js$/);
        expect(names.has(specifier.slice(2)), `${basename(file.path)} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('passes its own checks: no eval, no ajv, no process.env', () => {
    const texts = new Map(outputs.map((f) => [basename(f.path), f.text]));
    expect(m.standaloneProblems(metafile, (file) => texts.get(basename(file)) ?? '')).toEqual([]);
  });

  it('loads the English text, the formats, the communes and the picker and upload fields on demand', () => {
    const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => basename(i.path)));
    expect(dynamic).toEqual(expect.arrayContaining(['dvc-address-picker.js', 'dvc-file-upload.js']));
    expect(dynamic.filter((name) => /^\d\d-[A-Z2-7]{8}\.js$/.test(name))).toHaveLength(34);
    expect(dynamic.some((name) => name.startsWith('en-'))).toBe(true);
    expect(dynamic.some((name) => name.startsWith('formats-'))).toBe(true);
  });
});

describe('standaloneProblems', () => {
  const output = (inputs: string[], imports: Metafile['outputs'][string]['imports'] = []): Metafile['outputs'][string] => ({
    bytes: 1,
    inputs: Object.fromEntries(inputs.map((input) => [input, { bytesInOutput: 1 }])),
    imports,
    exports: [],
  });

  it('finds code a strict CSP blocks, bare imports, ajv and process.env, naming the file', () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'dist/standalone/ok.js': output(['dist/define/ok.js'], [{ path: 'dist/standalone/chunk-AAAAAAAA.js', kind: 'import-statement' }]),
        'dist/standalone/eval.js': output(['a.js']),
        'dist/standalone/function.js': output(['b.js']),
        'dist/standalone/bare.js': output(['c.js'], [{ path: 'lit', kind: 'import-statement', external: true }]),
        'dist/standalone/ajv.js': output(['../../node_modules/ajv/dist/core.js']),
        'dist/standalone/env.js': output(['d.js']),
        'dist/standalone/adapter.js': output(['../form-engine/dist/ajv/index.js']),
        'dist/standalone/ok.js.map': output([]),
      },
    };
    const code: Record<string, string> = {
      'dist/standalone/ok.js': 'import{a}from"./chunk-AAAAAAAA.js";const evaluate=1;',
      'dist/standalone/eval.js': 'var x=eval("1")',
      'dist/standalone/function.js': 'var f=new Function("return 1")',
      'dist/standalone/bare.js': 'import"lit";',
      'dist/standalone/ajv.js': 'var a=1',
      'dist/standalone/env.js': 'if(process.env.NODE_ENV==="production");',
      'dist/standalone/adapter.js': 'var b=1',
    };
    const problems = m.standaloneProblems(metafile, (file) => code[file] ?? '');
    expect(problems).toHaveLength(6);
    expect(problems.find((p) => p.startsWith('eval.js'))).toMatch(/script-src 'self'/);
    expect(problems.find((p) => p.startsWith('function.js'))).toMatch(/new Function/);
    expect(problems.find((p) => p.startsWith('bare.js'))).toMatch(/imports lit: a page without an import map/);
    expect(problems.find((p) => p.startsWith('ajv.js'))).toMatch(/contains ajv/);
    expect(problems.find((p) => p.startsWith('adapter.js'))).toMatch(/contains ajv \(\.\.\/form-engine\/dist\/ajv\/index\.js\)/);
    expect(problems.find((p) => p.startsWith('env.js'))).toMatch(/process\.env/);
  });
});
