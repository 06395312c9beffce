#!/usr/bin/env node
// Reports what the administrative-unit data costs a browser: bytes (raw and gzip) of the
// province index and of the per-province commune files, and, when dist/ is built, what a bundle
// that shows a province picker downloads up front (esbuild, code splitting, minified).
//
// Usage: node scripts/size.mjs   (or npm run size -w @dvc-kit/vn)
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'src', 'data');
const measure = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const line = (label, { raw, gzip }) => console.log(`${label.padEnd(34)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip`);

line('provinces.ts (index)', measure(readFileSync(join(dataDir, 'provinces.ts'))));
const files = readdirSync(join(dataDir, 'communes'))
  .filter((f) => /^\d+\.ts$/.test(f))
  .map((f) => ({ file: f, ...measure(readFileSync(join(dataDir, 'communes', f))) }));
const largest = files.reduce((a, b) => (b.raw > a.raw ? b : a));
const sum = (key) => files.reduce((s, f) => s + f[key], 0);
line(`largest province (communes/${largest.file})`, largest);
line(`average of ${files.length} province files`, { raw: sum('raw') / files.length, gzip: sum('gzip') / files.length });
line('all communes (sum of files)', { raw: sum('raw'), gzip: sum('gzip') });

const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.log('\n(build dist/ first to measure a bundle: npm run build -w @dvc-kit/vn)');
  process.exit(0);
}
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('\n(esbuild not installed: bundle check skipped)');
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'dvc-vn-size-'));
try {
  const entry = join(tmp, 'picker.js');
  writeFileSync(
    entry,
    `import { provinces, loadCommunes, matchUnits } from ${JSON.stringify(dist)};\n` +
      'export async function show(code, q) { return [provinces(), matchUnits(await loadCommunes(code), q)]; }\n',
  );
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    outdir: join(tmp, 'out'),
    logLevel: 'silent',
  });
  const main = result.outputFiles.find((f) => f.path.endsWith('picker.js'));
  const chunks = result.outputFiles.filter((f) => f !== main);
  console.log(`\nBundle of a picker using provinces() + loadCommunes() (esbuild, minified):`);
  line('  loaded up front (entry chunk)', measure(Buffer.from(main.contents)));
  const chunkSizes = chunks.map((c) => c.contents.length);
  console.log(`  ${chunks.length} lazy chunks, largest ${kb(Math.max(...chunkSizes))} raw`);
  const hasAllCommunes = /Phường Thành Sen/.test(Buffer.from(main.contents).toString());
  console.log(`  every commune in the entry chunk: ${hasAllCommunes ? 'YES (tree-shaking failed)' : 'no'}`);
  if (hasAllCommunes) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
