import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from '../../scripts/wtr-counting-reporter.mjs';
import { debianChromium } from '../../scripts/wtr-chromium.mjs';
import { axTreePlugin } from './scripts/wtr-ax-tree.mjs';
import { dossierApiMiddleware } from './scripts/wtr-dossier-api.mjs';
import { build } from 'esbuild';
import { join } from 'node:path';
import { PROCEDURES_DIR, precompiledValidator, procedureCase } from './src/csp/standalone-validator.mjs';

/**
 * ajv and ajv-formats are CommonJS, which the dev server's node resolution cannot serve to a browser. Serve the
 * engine's ajv entry bundled to ESM with esbuild; its relative imports (the engine's own modules) stay external so
 * the page shares one copy of the engine (and of its format registry).
 */
function bundleAjvEntry() {
  const cache = new Map();
  return {
    name: 'bundle-ajv-entry',
    async serve(context) {
      if (!/\/form-engine\/dist\/ajv\/index\.js$/.test(context.path)) return undefined;
      const file = fileURLToPath(new URL(`../..${context.path}`, import.meta.url));
      if (!cache.has(file)) {
        const result = await build({
          entryPoints: [file],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
          plugins: [
            {
              name: 'engine-external',
              setup(b) {
                b.onResolve({ filter: /^\.\.\// }, (args) =>
                  args.importer === file ? { path: args.path, external: true } : undefined,
                );
              },
            },
          ],
        });
        cache.set(file, result.outputFiles[0].text);
      }
      return { body: cache.get(file), type: 'js' };
    },
  };
}

/**
 * esbuild's \`json\` loader turns every .json response into a JS module, which breaks \`fetch()\` of the same file
 * (e.g. \`schema-src\`). JSON imported by a module gets its own URL (\`?as=module\`, so the browser never reuses one
 * response for the other), and only those requests are transformed.
 */
function jsonModulesOnlyForImports(plugin) {
  const isJsonFetch = (context) =>
    context.path.endsWith('.json') && context.query.as !== 'module' && context.headers['sec-fetch-dest'] !== 'script';
  const transform = plugin.transform.bind(plugin);
  const resolveMimeType = plugin.resolveMimeType.bind(plugin);
  const resolveImport = plugin.resolveImport.bind(plugin);
  plugin.transform = (context) => (isJsonFetch(context) ? undefined : transform(context));
  plugin.resolveMimeType = (context) => (isJsonFetch(context) ? undefined : resolveMimeType(context));
  plugin.resolveImport = (args) =>
    args.source.startsWith('.') && args.source.endsWith('.json') ? `${args.source}?as=module` : resolveImport(args);
  return plugin;
}

/**
 * The precompiled validator of a procedure (\`/__dvc/procedures/<id>/validator.js\`, what \`dvc-schema build\` writes)
 * and its schema with every example and ajv's verdict on it in Node (\`/__dvc/procedures/<id>/case.json\`).
 */
function procedureFixtures() {
  const cache = new Map();
  const once = (key, make) => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };
  return {
    name: 'procedure-fixtures',
    async serve(context) {
      const match = /^\/__dvc\/procedures\/([\w.-]+)\/(validator\.js|case\.json)$/.exec(context.path);
      if (!match) return undefined;
      const [, id, file] = match;
      if (file === 'validator.js') {
        const { code } = await once(`${id}/validator`, () => precompiledValidator(join(PROCEDURES_DIR, id, 'schema.json')));
        return { body: code, type: 'js' };
      }
      return { body: JSON.stringify(await once(`${id}/case`, () => procedureCase(id))), type: 'json' };
    },
  };
}

/** The policy of the CSP group: no 'unsafe-eval' (inline scripts are allowed only for the runner's own page). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self'";

export default {
  // src/csp runs in its own group, under a Content-Security-Policy.
  files: ['src/**/*.browser.test.ts', '!src/csp/**'],
  nodeResolve: true,
  rootDir: '../..',
  plugins: [
    axTreePlugin(),
    bundleAjvEntry(),
    procedureFixtures(),
    jsonModulesOnlyForImports(esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      // The plugin reads this file raw (no "extends"): point at the one that sets the decorator options.
      tsconfig: fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url)),
    })),
  ],
  middleware: [
    // A dossier API answering as each test asks (slowly, with a status, malformed): scripts/wtr-dossier-api.mjs.
    dossierApiMiddleware(),
    // A .json file may be fetched (schema-src) and imported as a module in one session: never let the
    // browser reuse one response for the other.
    async (context, next) => {
      await next();
      if (context.path.endsWith('.json')) context.set('Cache-Control', 'no-store');
    },
  ],
  // Lit stays in dev mode (its warnings catch real mistakes) without announcing it in every test file.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.litIssuedWarnings = new Set(['dev-mode']);</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  groups: [
    {
      // The same page under a Content-Security-Policy without 'unsafe-eval'.
      name: 'csp',
      files: ['src/csp/*.browser.test.ts'],
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">` +
        `<script>window.litIssuedWarnings = new Set(['dev-mode']);</script></head>` +
        `<body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  browsers: [debianChromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countingReporter('elements')],
};
