/**
 * A separate process filing into one SQLite file, for `sqlite-processes.test.ts` (bundled by esbuild and run with
 * node). Arguments: <path> <prefix> <count> <shared key>. Prints "ready", waits for a line on stdin so that all the
 * processes start filing together, then prints one JSON line: the codes it filed, what the shared key gave it, and
 * when it started and finished filing.
 */
import { once } from 'node:events';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { submission } from './fixtures.js';

const [path, prefix, count, sharedKey] = process.argv.slice(2) as [string, string, string, string];
const store = createSqliteStore({ path });
process.stdout.write('ready\n');
await once(process.stdin, 'data');

const startedAt = Date.now();
const codes: string[] = [];
let shared: unknown;
for (let index = 0; index < Number(count); index++) {
  if (index === Math.floor(Number(count) / 2)) {
    shared = await store.insertDossier(submission(prefix, { key: sharedKey, requestHash: 'a'.repeat(64) }));
  }
  const outcome = await store.insertDossier(submission(prefix));
  if (outcome.kind === 'created') codes.push(outcome.value.dossier.code);
}
const finishedAt = Date.now();
await store.close();
process.stdout.write(`${JSON.stringify({ codes, shared, startedAt, finishedAt })}\n`);
process.stdin.destroy();
