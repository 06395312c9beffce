#!/usr/bin/env node
// The standalone example as a portal's server would host it: a plain static page (examples/standalone-page/, the
// README's snippet) under the demo's strict Content-Security-Policy, sent as a header, with
//
//   /, /<page>.html           examples/standalone-page/index.html, …/<page>.html
//   /app/…                    examples/standalone-page/app/… (the page's own modules, e.g. the one filing the dossier)
//   /dvc/…                    dist/standalone/… (`npm run build -w @dvc-kit/elements`)
//   /procedures/<code>/…      schemas/procedures/<code>/… (the schema the element's schema-src names), or the
//                             folder given as `proceduresDir` (e.g. what `dvc-schema build` wrote: schema + validator)
//   POST /api/dossiers        reads the multipart dossier and answers 201 with a receipt number
//   POST /api/dvc/dossiers/lookup   the dossier API of schemas/api/ over @dvc-kit/dossier's sample dossiers (for
//                             tracker.html): the in-memory source answers, its errors become the API's statuses
//
// Node's own http server and undici's multipart parser (`Request#formData`): nothing to install. Used by
// src/standalone/standalone-page.test.ts; run it directly to open the page in a browser:
//   node packages/elements/scripts/standalone-example-site.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = join(PACKAGE_DIR, '..', '..');
export const EXAMPLE_DIR = join(PACKAGE_DIR, 'examples', 'standalone-page');

/** The policy in the demo's index.html, the strictest page of the repository: read from there so both stay one. */
export async function demoPolicy() {
  const html = await readFile(join(REPO_DIR, 'apps', 'demo', 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('apps/demo/index.html has no Content-Security-Policy meta tag');
  return policy;
}

export const PROCEDURES_DIR = join(REPO_DIR, 'schemas', 'procedures');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const MAX_DOSSIER_BYTES = 20 * 1024 * 1024;

/** The file a GET path names, or undefined (never outside the routed folders). */
function fileFor(path, proceduresDir) {
  if (path === '/') return join(EXAMPLE_DIR, 'index.html');
  if (/^\/[\w-]+\.html$/.test(path)) return join(EXAMPLE_DIR, path.slice(1));
  const routes = [
    { prefix: '/dvc/', dir: join(PACKAGE_DIR, 'dist', 'standalone') },
    { prefix: '/app/', dir: join(EXAMPLE_DIR, 'app') },
    { prefix: '/procedures/', dir: proceduresDir },
  ];
  for (const { prefix, dir } of routes) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

const STATUS_OF = { 'invalid-request': 400, 'not-found': 404, 'wrong-second-factor': 403, 'rate-limited': 429 };
let samples;

/** A lookup of the dossier API answered from the sample dossiers: [status, body] (the dossier, or an ApiError). */
async function lookupSample(req) {
  const { createMemoryDossierSource } = await import('@dvc-kit/dossier');
  const { SAMPLE_DOSSIERS, SAMPLE_SECOND_FACTORS } = await import('@dvc-kit/dossier/samples');
  samples ??= createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS), { secondFactors: SAMPLE_SECOND_FACTORS });
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 65_536) return [400, { code: 'invalid-request', message: 'Too large' }];
  }
  try {
    return [200, await samples.lookup(JSON.parse(body))];
  } catch (error) {
    const code = error?.code ?? 'server-error';
    return [STATUS_OF[code] ?? 500, { code, message: String(error?.message ?? error) }];
  }
}

/**
 * @typedef {{ dossier: unknown, files: { field: string, name: string, type: string, size: number }[] }} FiledDossier
 * @typedef {{ method: string, path: string, status: number }} Request
 */

/**
 * Starts the site on 127.0.0.1 (port 0: any free one).
 * @returns {Promise<{ url: string, policy: string, dossiers: FiledDossier[], requests: Request[], close: () => Promise<void> }>}
 */
export async function startExampleSite({ port = 0, policy, proceduresDir = PROCEDURES_DIR } = {}) {
  const csp = policy ?? (await demoPolicy());
  /** @type {FiledDossier[]} */
  const dossiers = [];
  /** @type {Request[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      requests.push({ method: req.method ?? '', path, status });
      res.writeHead(status, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (req.method === 'POST' && path === '/api/dossiers') {
        const chunks = [];
        let size = 0;
        for await (const chunk of req) {
          size += chunk.length;
          if (size > MAX_DOSSIER_BYTES) return send(413, 'Hồ sơ quá lớn.');
          chunks.push(chunk);
        }
        const form = await new Request('http://localhost/api/dossiers', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) }).formData();
        const json = form.get('dossier');
        if (typeof json !== 'string') return send(400, 'Thiếu trường "dossier".');
        const files = [...form.entries()]
          .filter(([, value]) => typeof value !== 'string')
          .map(([field, file]) => ({ field, name: file.name, type: file.type, size: file.size }));
        dossiers.push({ dossier: JSON.parse(json), files });
        return send(201, JSON.stringify({ receipt: `HS-${String(dossiers.length).padStart(6, '0')}` }), TYPES['.json']);
      }
      if (req.method === 'POST' && path === '/api/dvc/dossiers/lookup') {
        const [status, body] = await lookupSample(req);
        return send(status, JSON.stringify(body), TYPES['.json']);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
      if (path === '/favicon.ico') return send(204, ''); // a portal has its own icon: not this example's business
      const file = fileFor(path, proceduresDir);
      if (!file) return send(404, 'Not found');
      return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      if (error?.code === 'ENOENT' || error?.code === 'EISDIR') return send(404, 'Not found');
      return send(400, String(error instanceof Error ? error.message : error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`,
    policy: csp,
    dossiers,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const site = await startExampleSite({ port: Number(process.argv[2] ?? 8080) });
  console.log(`standalone example: ${site.url} (Content-Security-Policy: ${site.policy})`);
}
