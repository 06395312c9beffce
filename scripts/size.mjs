#!/usr/bin/env node
// Bytes a page loads for <dvc-dossier-form>, and the size budgets. Run after `npx turbo run build`
// (it bundles the built packages, packages/*/dist):
//
//   npm run size               # table + budget check; exit 1 when a budget is exceeded
//   npm run size -- --json     # also print the figures as JSON
//   npm run size -- --files    # also list the largest input files of each bundle
//
// Each page entry is bundled by esbuild exactly as a portal would ship it (bundle, minify, ESM,
// browser, es2022, NODE_ENV=production); sizes are raw, gzip -9 and brotli -11 bytes.
//
//   (a) "no ajv": the define file of <dvc-dossier-form> (engine + element + Lit) for a page that
//       passes a precompiled (standalone) validator through the element's `validator`
//       property, so the default ajv validator is never loaded. The ajv module is kept out
//       of the bundle (left as an external dynamic import that never runs); the
//       per-procedure precompiled validator is not counted (its size depends on the schema).
//   (b) "default": the same define file with its default validator, ajv, imported lazily;
//       bundled with code splitting: the main chunk (what the page loads up front) and the
//       lazy ajv chunk(s) are reported separately, plus the total.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KiB = 1024;

/** Budgets, gzip -9 bytes. Tighten them as the element gets leaner. */
const BUDGETS = {
  // (a) the page without ajv: engine + element + Lit
  noAjvGzip: 30 * KiB,
  // (b) the main chunk of the default page must fit the same budget: ajv must stay lazy
  defaultMainGzip: 30 * KiB,
};

const DEFINE = '@dvc-kit/elements/define/dvc-dossier-form';
const AJV_MODULES = /^(ajv|ajv-formats|ajv\/.*|ajv-formats\/.*|@dvc-kit\/form-engine\/ajv)$/;
const isAjvInput = (path) => /(^|\/)node_modules\/(ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse|require-from-string)\//.test(path) || /form-engine\/dist\/ajv\//.test(path);

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  write: true,
  logLevel: 'error',
  absWorkingDir: root,
};

function bytes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/** Minified bytes per package of one output, from the metafile. */
function breakdown(output) {
  const by = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    let pkg;
    const nm = input.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const rest = input.slice(nm + 13).split('/');
      pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    } else if (input.startsWith('packages/')) pkg = `@dvc-kit/${input.split('/')[1]}`;
    else pkg = input.startsWith('<stdin>') || input.includes('size-entry') ? '(page entry)' : input;
    if (bytesInOutput) by[pkg] = (by[pkg] || 0) + bytesInOutput;
  }
  return by;
}

/** Packages bundled from more than one installed copy (e.g. two ajv 8 trees that npm could not hoist). */
function duplicates(outputs) {
  const roots = {};
  for (const o of Object.values(outputs)) {
    for (const input of Object.keys(o.inputs)) {
      const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) (roots[m[2]] ||= new Set()).add(m[1] + m[2]);
    }
  }
  return Object.entries(roots).filter(([, r]) => r.size > 1).map(([pkg, r]) => ({ pkg, copies: [...r] }));
}

/** Largest input files of one output, for `--files`. */
function topFiles(output, count = 12) {
  return Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput).sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput).slice(0, count).map(([f, v]) => `    ${String(v.bytesInOutput).padStart(8)}  ${f}`);
}

// ---------------------------------------------------------------- preflight: built packages?
let definePath;
try {
  definePath = fileURLToPath(import.meta.resolve(DEFINE));
} catch {
  definePath = null;
}
if (!definePath || !existsSync(definePath)) {
  console.error(`size: cannot find ${DEFINE} (packages/elements/dist). Build first: npx turbo run build`);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'dvc-size-'));
const stdin = (contents) => ({ contents, resolveDir: root, sourcefile: 'size-entry.js', loader: 'js' });
const result = {};
let failed = false;
try {
  // (a) no ajv: keep every ajv module out of the bundle
  const noAjvPlugin = {
    name: 'no-ajv',
    setup(b) {
      // any import whose target is ajv (or the engine's ajv adapter), however it is spelt
      b.onResolve({ filter: /ajv/ }, async (args) => {
        if (args.pluginData?.noAjv) return undefined;
        if (AJV_MODULES.test(args.path)) return { path: args.path, external: true };
        const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { noAjv: true } });
        return !r.errors.length && isAjvInput(relative(root, r.path).split('\\').join('/')) ? { path: args.path, external: true } : undefined;
      });
    },
  };
  const a = await build({
    ...common,
    stdin: stdin(`import '${DEFINE}';\n`),
    outfile: join(out, 'a', 'page.js'),
    plugins: [noAjvPlugin],
  });
  const aOut = Object.entries(a.metafile.outputs).find(([f]) => f.endsWith('.js'));
  const aInputs = Object.keys(aOut[1].inputs);
  result.noAjv = { ...bytes(readFileSync(join(root, aOut[0]))), ajvBundled: aInputs.some(isAjvInput), breakdown: breakdown(aOut[1]), files: topFiles(aOut[1]) };

  // (b) default: splitting, main chunk vs lazy chunks
  const bDir = join(out, 'b');
  const b = await build({
    ...common,
    stdin: stdin(`import '${DEFINE}';\n`),
    outdir: bDir,
    entryNames: 'page',
    chunkNames: 'chunk-[hash]',
    splitting: true,
  });
  const outputs = b.metafile.outputs;
  const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint && f.endsWith('.js'));
  const initial = new Set();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop();
    if (initial.has(f)) continue;
    initial.add(f);
    for (const imp of outputs[f].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
  }
  let main = ZERO;
  let lazy = ZERO;
  let mainHasAjv = false;
  let lazyHasAjv = false;
  const lazyChunks = [];
  for (const f of Object.keys(outputs).filter((x) => x.endsWith('.js'))) {
    const s = bytes(readFileSync(join(root, f)));
    const hasAjv = Object.keys(outputs[f].inputs).some(isAjvInput);
    if (initial.has(f)) {
      main = add(main, s);
      mainHasAjv ||= hasAjv;
    } else {
      lazy = add(lazy, s);
      lazyHasAjv ||= hasAjv;
      lazyChunks.push({ file: relative(bDir, join(root, f)), ...s, ajv: hasAjv, breakdown: breakdown(outputs[f]), files: topFiles(outputs[f]) });
    }
  }
  result.default = { main, lazy, total: add(main, lazy), mainHasAjv, lazyHasAjv, lazyChunks, duplicates: duplicates(outputs), mainBreakdown: Object.fromEntries([...initial].flatMap((f) => Object.entries(breakdown(outputs[f])))) };
} finally {
  rmSync(out, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const n = (v) => v.toLocaleString('en-US');
const k = (v) => (v / KiB).toFixed(1);
const row = (label, s) => `| ${label} | ${n(s.raw)} | ${n(s.gzip)} | ${n(s.brotli)} | ${k(s.gzip)} |`;
const lines = [];
lines.push('## `<dvc-dossier-form>` page bytes (esbuild: bundle, minify, ESM, browser, es2022)');
lines.push('');
lines.push('| bundle | raw bytes | gzip -9 bytes | brotli -11 bytes | gzip KiB |');
lines.push('|---|---:|---:|---:|---:|');
lines.push(row('(a) no ajv: engine + element + Lit (validator passed in)', result.noAjv));
lines.push(row('(b) default: main chunk', result.default.main));
lines.push(row(`(b) default: lazy chunk${result.default.lazyChunks.length === 1 ? '' : 's'} (${result.default.lazyChunks.length}${result.default.lazyHasAjv ? ', ajv' : ''})`, result.default.lazy));
lines.push(row('(b) default: total', result.default.total));
lines.push('');
lines.push('Minified bytes by package (before compression):');
lines.push('');
const pk = (by) => Object.entries(by).sort((x, y) => y[1] - x[1]).map(([p, v]) => `${p} ${n(v)}`).join(', ');
lines.push(`- (a) no ajv: ${pk(result.noAjv.breakdown)}`);
for (const c of result.default.lazyChunks) lines.push(`- (b) lazy ${c.file}: ${pk(c.breakdown)}`);
if (process.argv.includes('--files')) {
  lines.push('Largest files (minified bytes):');
  lines.push('', '```', '(a) no ajv', ...result.noAjv.files);
  for (const c of result.default.lazyChunks) lines.push(`(b) lazy ${c.file}`, ...c.files);
  lines.push('```');
}
for (const d of result.default.duplicates) {
  lines.push(`- **${d.pkg} is bundled ${d.copies.length} times** (${d.copies.join(', ')}): npm could not hoist one copy; dedupe it (e.g. an esbuild alias or a single hoisted version).`);
}
lines.push('');

const checks = [
  { what: '(a) no-ajv page, gzip', value: result.noAjv.gzip, budget: BUDGETS.noAjvGzip },
  { what: '(b) default page main chunk, gzip', value: result.default.main.gzip, budget: BUDGETS.defaultMainGzip },
];
lines.push('| budget | gzip bytes | budget bytes | |');
lines.push('|---|---:|---:|---|');
for (const c of checks) {
  const okay = c.value <= c.budget;
  failed ||= !okay;
  lines.push(`| ${c.what} | ${n(c.value)} | ${n(c.budget)} (${k(c.budget)} KiB) | ${okay ? 'ok' : 'OVER BUDGET'} |`);
}
const problems = [];
if (result.noAjv.ajvBundled) problems.push('(a) still contains ajv code: something imports ajv other than through the lazy default validator');
if (result.default.mainHasAjv) problems.push('(b) ajv is in the main chunk: the default validator must be imported lazily (dynamic import)');
for (const p of problems) lines.push(`\n**${p}**`);
if (!result.default.lazyHasAjv && !result.default.mainHasAjv) lines.push('\nNote: (b) has no ajv in any chunk: is the default validator wired?');
console.log(lines.join('\n'));
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));

if (failed || problems.length) {
  const over = checks.filter((c) => c.value > c.budget).map((c) => `${c.what} is ${n(c.value)} B > budget ${n(c.budget)} B (+${n(c.value - c.budget)} B)`);
  console.error(`\nsize: FAILED${over.length ? `: ${over.join('; ')}` : ''}${problems.length ? `${over.length ? '; ' : ': '}${problems.join('; ')}` : ''}`);
  process.exit(1);
}
console.log('\nsize: all budgets met');
