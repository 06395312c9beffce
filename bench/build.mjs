// Bundles every entries/*.js (except files starting with "_") into dist/<name>.js with esbuild
// (minified ESM for the browser, es2022, NODE_ENV=production, code splitting so that a lazily
// imported module such as the ajv validator becomes its own chunk, fetched only when used, as
// on a real page), writes a tiny HTML page per entry, and records sizes in dist/sizes.json:
// raw / gzip (zlib level 9) / brotli (quality 11) of the page's initial load (the entry plus
// the chunks it imports statically) and of the lazy chunks (dynamic imports), separately.
//
// The `dvc` entry imports the *built* element (`@dvc-kit/elements/define/dvc-dossier-form`,
// i.e. packages/elements/dist): run `npx turbo run build` first (the bench scripts do not build
// the packages themselves, so a broken package build shows up as such).
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, basename, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialOutputs } from '../scripts/initial-chunks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const entriesDir = join(here, 'entries');
const dist = join(here, 'dist');

export function listEntries() {
  return readdirSync(entriesDir)
    .filter((f) => f.endsWith('.js') && !f.startsWith('_'))
    .map((f) => basename(f, '.js'))
    .sort();
}

const page = (name) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: ${name}</title></head>
<body>
<div id="app"></div>
<script type="module" src="./${name}.js"></script>
</body>
</html>
`;

export function measureBytes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

const sum = (list) => list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Fail early, with a useful message, when a workspace package the entries import is not built. */
function checkBuilt() {
  const missing = [];
  for (const spec of ['@dvc-kit/elements/define/dvc-dossier-form', '@dvc-kit/form-engine']) {
    try {
      // resolve through the package's exports map (points into dist/)
      readFileSync(fileURLToPath(import.meta.resolve(spec)));
    } catch {
      missing.push(spec);
    }
  }
  return missing;
}

export async function buildAll({ only, allowMissing = false } = {}) {
  // Build into a private folder and swap it in at the end, so that a concurrent build never
  // leaves a half-written dist/ (run.mjs serves its own snapshot of dist/ anyway).
  const out = join(here, `.dist-tmp-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let names = listEntries().filter((n) => !only || only.includes(n));
  const missing = checkBuilt();
  if (missing.length && names.includes('dvc')) {
    const msg = `bench: cannot resolve ${missing.join(', ')}: the packages are not built. Run \`npx turbo run build\` first`;
    if (!allowMissing) throw new Error(`${msg} (or pass --allow-missing to measure the raw floor alone).`);
    console.warn(`${msg}; building without the dvc entry (--allow-missing)`);
    names = names.filter((n) => n !== 'dvc');
  }
  const sizes = {};
  for (const name of names) {
    const result = await build({
      entryPoints: { [name]: join(entriesDir, `${name}.js`) },
      outdir: out,
      entryNames: '[name]',
      chunkNames: `chunks/${name}-[name]-[hash]`,
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    writeFileSync(join(out, `${name}.html`), page(name));
    // initial load = the entry + everything reachable through static imports; the rest is lazy
    const outputs = result.metafile.outputs;
    const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint && o.endsWith(`/${name}.js`));
    const initial = initialOutputs(outputs, entryOut);
    const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
    const chunkInfo = (o) => {
      const inputs = Object.keys(outputs[o].inputs);
      return { file: relative(out, join(process.cwd(), o)), ...measureBytes(readFileSync(join(process.cwd(), o))), ajv: inputs.some((i) => /node_modules\/ajv(-formats)?\//.test(i)) };
    };
    const initialChunks = js.filter((o) => initial.has(o)).map(chunkInfo);
    const lazyChunks = js.filter((o) => !initial.has(o)).map(chunkInfo);
    sizes[name] = {
      initial: sum(initialChunks),
      lazy: sum(lazyChunks),
      total: sum([...initialChunks, ...lazyChunks]),
      initialChunks,
      lazyChunks,
      ajvInInitial: initialChunks.some((c) => c.ajv),
      ajvLazy: lazyChunks.some((c) => c.ajv),
    };
  }
  writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2));
  rmSync(dist, { recursive: true, force: true });
  renameSync(out, dist);
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let sizes;
  try {
    sizes = await buildAll({ allowMissing: process.argv.includes('--allow-missing') });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const kb = (b) => (b / 1024).toFixed(1).padStart(8) + ' KiB';
  console.log('entry'.padEnd(16) + 'part'.padEnd(10) + 'raw'.padStart(12) + 'gzip'.padStart(12) + 'brotli'.padStart(12));
  for (const [n, s] of Object.entries(sizes)) {
    for (const part of ['initial', 'lazy', 'total']) console.log(n.padEnd(16) + part.padEnd(10) + kb(s[part].raw) + kb(s[part].gzip) + kb(s[part].brotli));
  }
}
