/**
 * The picker as a bundler sees it (esbuild, code splitting): the province list is in the entry, and each
 * province's communes are a chunk of their own, fetched only by `loadCommunes` when that province is chosen.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type OutputFile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../define/dvc-address-picker.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

/** A commune code as the data files write it, e.g. `"18229"`. */
const COMMUNE_CODE = /"\d{5}"/;

let files: OutputFile[] = [];
let entryFile: OutputFile;

beforeAll(async () => {
  const result = await build({
    entryPoints: { picker: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    tsconfig,
    write: false,
    outdir: '/virtual/out',
    logLevel: 'silent',
  });
  files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  entryFile = files.find((f) => f.path.endsWith('/picker.js'))!;
}, 30_000);

describe('dvc-address-picker bundle', () => {
  it('keeps every commune out of the entry', () => {
    expect(entryFile.text).not.toMatch(COMMUNE_CODE);
    // The 34 provinces are in the entry.
    expect(entryFile.text).toContain('H\\xE0 T\\u0129nh');
  });

  it('splits the communes into one chunk per province', () => {
    const chunks = files.filter((f) => f !== entryFile && COMMUNE_CODE.test(f.text));
    expect(chunks).toHaveLength(34);
    expect(chunks.filter((f) => f.text.includes('"18229"'))).toHaveLength(1);
  });

  it('stays small: under 30 kB gzipped without communes, under 4 kB for a large province', () => {
    const gzip = (f: OutputFile) => gzipSync(f.contents).length;
    expect(gzip(entryFile)).toBeLessThan(30_000);
    const largest = Math.max(...files.filter((f) => f !== entryFile).map(gzip));
    expect(largest).toBeLessThan(4_000);
  });
});
