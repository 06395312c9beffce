#!/usr/bin/env node
// Builds the elements for pages without a bundler (JSP, PHP, .NET, static HTML): each define file of dist/define/
// (already minified by minify-templates.mjs) becomes one ES module with Lit and the engine inside, so a page needs
// only `<script type="module" src="…/dvc-dossier-form.js"></script>`. Runs after `tsc` in the package's build.
//
//   dist/standalone/<define name>.js    the entries, plain names (a page links them; serve them revalidated)
//   dist/standalone/<name>-<hash>.js    the code they share and what they load on demand (English text, formats,
//                                       meta-schemas, one chunk per province's communes, the picker and upload
//                                       fields the form loads on first use): content-hashed, imported by relative
//                                       URL, so the folder works wherever it is served (cache these forever)
//
// One build for all entries: a page that uses the form and a picker of its own loads one copy of Lit and of each
// element. The build fails when an output could not run under `script-src 'self'` (eval, new Function), still
// imports a bare specifier (a page without an import map cannot resolve it), or contains ajv (build time only).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const DEFINE_DIR = join(PACKAGE_DIR, 'dist', 'define');
export const STANDALONE_DIR = join(PACKAGE_DIR, 'dist', 'standalone');

/** esbuild options of the standalone build, writing into `outdir`. */
export function standaloneOptions(outdir = STANDALONE_DIR) {
  const entryPoints = readdirSync(DEFINE_DIR)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(DEFINE_DIR, file));
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // Lit's copyright notices (BSD-3-Clause asks binaries to keep them) stay at the end of each file.
    legalComments: 'eof',
    metafile: true,
    absWorkingDir: PACKAGE_DIR, // the metafile's paths are relative to the package
    logLevel: 'warning',
  };
}

const EVAL = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*['"`]/;
/** ajv, its dependencies, and the engine's adapter to it (`@dvc-kit/form-engine/ajv`). */
const AJV_INPUT = /(^|\/)node_modules\/(ajv|ajv-formats|fast-uri|json-schema-traverse|fast-deep-equal|require-from-string)\/|form-engine\/dist\/ajv\//;

/**
 * What is wrong with a standalone build (empty when nothing): code a strict CSP blocks, bare imports left for the
 * page to resolve, ajv.
 * @param {import('esbuild').Metafile} metafile
 * @param {(file: string) => string} read  the text of an output file (a key of `metafile.outputs`)
 */
export function standaloneProblems(metafile, read) {
  const problems = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const name = basename(file);
    // Bundled imports are listed by output path; what esbuild left to the page is marked external.
    const bare = output.imports.filter((i) => i.external).map((i) => i.path);
    if (bare.length) problems.push(`${name} imports ${bare.join(', ')}: a page without an import map cannot load it`);
    const ajv = Object.keys(output.inputs).filter((input) => AJV_INPUT.test(input));
    if (ajv.length) problems.push(`${name} contains ajv (${ajv[0]}${ajv.length > 1 ? `, +${ajv.length - 1}` : ''}): ajv is for build time only`);
    const code = read(file);
    const evalAt = code.search(EVAL);
    if (evalAt >= 0) problems.push(`${name} evaluates code (${JSON.stringify(code.slice(evalAt, evalAt + 30))}): blocked by script-src 'self'`);
    if (/\bprocess\.env\b/.test(code)) problems.push(`${name} reads process.env, which a browser does not have`);
  }
  return problems;
}

/** Builds the standalone folder (emptied first) and checks it; throws with every problem found. */
export async function buildStandalone(outdir = STANDALONE_DIR) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({ ...standaloneOptions(outdir), write: false });
  const texts = new Map(result.outputFiles.map((f) => [relative(PACKAGE_DIR, f.path).split('\\').join('/'), f.text]));
  const problems = standaloneProblems(result.metafile, (file) => texts.get(file) ?? '');
  if (problems.length) throw new Error(`standalone build: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  // Written only when clean, so a bad build leaves no folder a page could pick up.
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { metafile } = await buildStandalone();
    const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
    const entries = outputs.filter(([, o]) => o.entryPoint?.startsWith('dist/define/')).map(([file]) => basename(file));
    const bytes = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
    console.log(
      `build-standalone: ${entries.join(', ')} + ${outputs.length - entries.length} chunks in ` +
        `${relative(PACKAGE_DIR, STANDALONE_DIR)}/ (${bytes.toLocaleString('en-US')} bytes minified)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
