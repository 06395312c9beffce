// Shared by run.mjs and profile.mjs: a loopback-only static server for dist/ and the headless
// Debian Chromium launch (playwright-core, never `npx playwright install`).
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFileSync, writeFileSync, rmSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** A private copy of `dir` (so a concurrent `node build.mjs` cannot change what is being measured). */
export function snapshot(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

const LOCK = join(tmpdir(), 'dvc-bench.lock');
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/**
 * Two benchmark runs at once on a small machine distort each other's timings: wait (up to
 * `maxMinutes`) for another run holding the lock to finish, then hold it until this process exits.
 */
export async function acquireLock(maxMinutes = 20) {
  const deadline = Date.now() + maxMinutes * 60000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const pid = Number(readFileSync(LOCK, 'utf8').trim());
      if (!pid || !alive(pid) || pid === process.pid) {
        rmSync(LOCK, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        console.warn(`bench: another run (pid ${pid}) still holds ${LOCK}; measuring anyway, figures may be distorted`);
        return;
      }
      if (!told) console.warn(`bench: waiting for another benchmark run (pid ${pid}) to finish...`);
      told = true;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  process.on('exit', () => {
    try {
      if (readFileSync(LOCK, 'utf8').trim() === String(process.pid)) rmSync(LOCK, { force: true });
    } catch {
      // already gone
    }
  });
}
