// Shared by run.mjs and profile.mjs: a loopback-only static server for dist/ and the headless
// Debian Chromium launch (playwright-core, never `npx playwright install`).
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join, extname, normalize, relative } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const MIME = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1 (random port, no-store). Resolves { base, server }. */
export async function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    const file = join(dir, normalize(url));
    try {
      if (relative(dir, file).startsWith('..')) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
