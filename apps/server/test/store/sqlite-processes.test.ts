/**
 * Several processes on one SQLite file (a server restarted while the old one still drains, or the fault benchmark):
 * the idempotency check and the code sequence hold across processes, not only within one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { IdempotentOutcome } from '../../src/store/types.js';
import { AN_HOA, newKey } from './fixtures.js';

const PREFIX = `${AN_HOA.id}-260302`;
const PER_PROCESS = 100;

interface FilerResult {
  codes: string[];
  shared: IdempotentOutcome<unknown>;
  startedAt: number;
  finishedAt: number;
}

/** Starts the filers, lets them go together once all are ready, and collects what each printed last. */
async function fileTogether(filer: string, args: string[], processes: number): Promise<FilerResult[]> {
  const children = Array.from({ length: processes }, () => spawn(process.execPath, [filer, ...args], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const outputs = children.map((child) => {
    let text = '';
    child.stdout.setEncoding('utf8');
    const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: string) => (text += chunk).includes('ready\n') && resolve()));
    const done = new Promise<string>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`a filer exited with ${code}`)))),
    );
    return { ready, done };
  });
  await Promise.all(outputs.map((output) => output.ready));
  for (const child of children) child.stdin.write('go\n');
  const texts = await Promise.all(outputs.map((output) => output.done));
  return texts.map((text) => JSON.parse(text.trim().split('\n').at(-1)!) as FilerResult);
}

describe('SQLite store across processes', () => {
  let dir: string;
  let filer: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-store-processes-'));
    filer = join(dir, 'filer.mjs');
    // The native driver stays outside the bundle, imported from where the tests found it.
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    await build({
      entryPoints: [fileURLToPath(new URL('./sqlite-filer.ts', import.meta.url))],
      outfile: filer,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [{ name: 'driver', setup: (plugin) => plugin.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: driver, external: true })) }],
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives three processes filing at once unique, gapless codes, and files a shared key once', async () => {
    const path = join(dir, 'dvc.sqlite');
    const setup = createSqliteStore({ path });
    await setup.migrate();
    await setup.close();

    const key = newKey();
    const results = await fileTogether(filer, [path, PREFIX, String(PER_PROCESS), key], 3);
    // They did file at the same time (else this would test nothing the in-process suite does not).
    const lastStart = Math.max(...results.map((result) => result.startedAt));
    expect(results.filter((result) => result.finishedAt > lastStart).length).toBeGreaterThanOrEqual(2);

    const store = createSqliteStore({ path });
    try {
      const shared = results.map((result) => result.shared);
      expect(shared.map((outcome) => outcome.kind).sort()).toEqual(['created', 'replayed', 'replayed']);
      const first = shared.find((outcome) => outcome.kind === 'created');
      for (const outcome of shared)
        expect(outcome.kind === 'conflict' ? undefined : outcome.response).toEqual(first?.kind === 'created' && first.response);

      const total = 3 * PER_PROCESS + 1;
      expect(results.flatMap((result) => result.codes)).toHaveLength(3 * PER_PROCESS);
      const filed = (await store.listEvents({})).map((event) => event.dossierCode).sort();
      expect(filed).toEqual(Array.from({ length: total }, (_, index) => `${PREFIX}-${String(index + 1).padStart(4, '0')}`));
      expect(await store.countDossiers({})).toBe(total);
    } finally {
      await store.close();
    }
  });
});
