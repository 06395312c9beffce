// The end-to-end tests' world: the built server (apps/server/dist/main.js) serving the built site (apps/demo/dist) on a
// fresh SQLite database, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Stops the process (SIGTERM, or SIGKILL to crash it). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and database, as after a crash or a deploy. */
  restart(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function spawnServer(port: number, dataDir: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DVC_DB: `sqlite:${join(dataDir, 'dvc.sqlite')}`,
      DVC_BLOBS: join(dataDir, 'blobs'),
      DVC_STATIC: join(root, 'apps/demo/dist'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk: string) => {
      output += chunk;
      if (/http:\/\/127\.0\.0\.1:\d+\//.test(output)) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        done(child);
      }
    };
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code, signal) => fail(new Error(`the server stopped before it listened (${code ?? signal}):\n${output}`)));
  });
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-e2e-'));
  const port = await freePort();
  let child = await spawnServer(port, dataDir, env);
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return {
    url: `http://127.0.0.1:${port}/`,
    dataDir,
    stop,
    async restart() {
      await stop();
      child = await spawnServer(port, dataDir, env);
    },
  };
}

export function removeDataDir(server: RunningServer): void {
  rmSync(server.dataDir, { recursive: true, force: true });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
