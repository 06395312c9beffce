import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from '../../scripts/wtr-counting-reporter.mjs';
import { debianChromium } from '../../scripts/wtr-chromium.mjs';
import { fakeApi } from './test/fake-api.mjs';

// Page tests of the BUILT site: the tests open apps/demo/dist's pages in an iframe, at the clean URLs the server
// maps (/thu-tuc/<id>, /xac-nhan, …), with a stand-in for the server's API (test/fake-api.mjs) on the same origin.
// The test runner's own page is at "/", so the start page is opened as /index.html.

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const PAGES = { '/index.html': 'index.html', '/xac-nhan': 'xac-nhan.html', '/tra-cuu': 'tra-cuu.html', '/thong-ke': 'thong-ke.html', '/can-bo': 'can-bo.html' };
// The page the server answers for an unknown address.
PAGES['/404.html'] = '404.html';

/** The file of dist/ a site URL names, or undefined for the test runner's own URLs. */
function siteFile(path) {
  if (PAGES[path]) return PAGES[path];
  if (/^\/thu-tuc\/[^/]+\/?$/.test(path)) return 'thu-tuc.html';
  if (path.startsWith('/assets/')) return decodeURIComponent(path.slice(1));
  return undefined;
}

/** Serves dist/ byte for byte, as any static server would (the dev server's plugins would rewrite the HTML). */
async function serveBuiltSite(context, next) {
  const name = siteFile(context.path);
  if (!name) return next();
  const file = normalize(join(dist, name));
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
  // The root, so the tests reach src/generated/catalog.json, the procedures' examples and axe-core.
  rootDir: '../..',
  middleware: [fakeApi, serveBuiltSite],
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
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), countingReporter('demo')],
};
