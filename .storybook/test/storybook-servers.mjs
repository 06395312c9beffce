// The two ways the Storybook is served for designers: the dev server (`storybook dev`, Vite transforming on demand)
// and the static build (`storybook-static`, served as plain files the way a web host would).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';

export const REPO_ROOT = join(import.meta.dirname, '../..');
export const STATIC_DIR = join(REPO_ROOT, 'storybook-static');

/** A TCP port nobody listens on now, chosen by the system (so parallel runs never collide on a fixed one). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The index of the static build: every story and Docs page, as Storybook lists them. */
export function staticIndex() {
  const file = join(STATIC_DIR, 'index.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build-storybook\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Serves `storybook-static` as plain files; a missing file is a 404 (no single-page fallback hiding it). */
export async function serveStaticBuild() {
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'silent',
    appType: 'mpa',
    build: { outDir: STATIC_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * Starts `storybook dev` on a free port and resolves once its index answers. Its output is kept for the error
 * when it exits or does not answer in time; `close` ends its whole process group.
 */
export async function startDevServer({ timeoutMs = 150_000 } = {}) {
  const port = await freePort();
  const bin = join(REPO_ROOT, 'node_modules/storybook/dist/bin/dispatcher.js');
  const child = spawn(
    process.execPath,
    [bin, 'dev', '-p', String(port), '--host', '127.0.0.1', '--exact-port', '--ci', '--no-open', '--disable-telemetry'],
    { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? code));
  const close = () => {
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`storybook dev exited (${exited}):\n${output}`);
    if (Date.now() > deadline) {
      close();
      throw new Error(`storybook dev did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
    }
    const ready = await fetch(`${url}/index.json`).then((response) => response.ok, () => false);
    if (ready) return { url, close };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
