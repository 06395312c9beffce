import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from '../../scripts/wtr-counting-reporter.mjs';
import { debianChromium } from '../../scripts/wtr-chromium.mjs';

// Smoke test of the BUILT demo: the tests load apps/demo/dist/index.html (vite's output, `base: './'`) in an
// iframe served from the repository root, so its CSP meta, its chunks and its catalogue are the real ones.

const DIST_URL = '/apps/demo/dist/';
const dist = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * Serves dist/ byte for byte, as any static server would: the dev server's plugins would otherwise rewrite the
 * HTML (it appends its web-socket script to every page).
 */
async function serveBuiltDemo(context, next) {
  if (!context.path.startsWith(DIST_URL)) return next();
  const file = normalize(join(dist, decodeURIComponent(context.path.slice(DIST_URL.length))));
  if (!file.startsWith(dist)) return next();
  try {
    context.body = await readFile(file);
    context.type = extname(file);
  } catch {
    context.status = 404;
  }
}

export default {
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: true,
  // The root, so the tests reach dist/, src/generated/catalog.json, the procedures' examples and axe-core.
  rootDir: '../..',
  middleware: [serveBuiltDemo],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin reads this file raw (no "extends").
      tsconfig: fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url)),
    }),
  ],
  // @open-wc/testing brings Lit in dev mode into the runner's page: keep its notice out of the logs.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.litIssuedWarnings = new Set(['dev-mode']);</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [debianChromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), countingReporter('demo')],
};
