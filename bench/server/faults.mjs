// Faults: 2,000 submissions, each retried with its idempotency key until it is answered, while the server is killed
// with SIGKILL and restarted over and over. Then every dossier is counted: lost (answered, or never filed) and
// duplicated (filed twice) must both be 0.
//   node bench/server/faults.mjs [--submissions 2000] [--workers 16] [--kill-every-ms 700]
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, freshDataDir, SERVER_MAIN, startServer, stopServer, submissionBody } from './lib.mjs';

const { values } = parseArgs({
  options: {
    submissions: { type: 'string', default: '2000' },
    workers: { type: 'string', default: '16' },
    'kill-every-ms': { type: 'string', default: '700' },
  },
});
const total = Number(values.submissions);
const workers = Number(values.workers);
const killEveryMs = Number(values['kill-every-ms']);

const dataDir = freshDataDir('faults');
const port = await freePort();
const run = randomUUID().slice(0, 8);
let server = await startServer({ dataDir, port });
const base = server.url;

let kills = 0;
let running = true;
// Kill -9 at random moments around `killEveryMs`, and start again at once: requests in flight die with it.
const killer = (async () => {
  while (running) {
    await sleep(killEveryMs / 2 + Math.random() * killEveryMs);
    if (!running) break;
    await stopServer(server.child, 'SIGKILL');
    kills += 1;
    server = await startServer({ dataDir, port });
  }
})();

const answered = new Map(); // index → the code the server answered with
let attempts = 0;
let next = 0;
async function worker() {
  while (next < total) {
    const index = next++;
    const key = `fault-${run}-${index}`;
    const { body, contentType } = submissionBody(`${run}-${index}`);
    for (;;) {
      attempts += 1;
      try {
        const response = await fetch(`${base}api/dossiers`, {
          method: 'POST',
          headers: { 'content-type': contentType, 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(5000),
        });
        if (response.status === 201) {
          answered.set(index, (await response.json()).code);
          break;
        }
        if (response.status < 500) throw new Error(`submission ${index} refused: ${response.status} ${await response.text()}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('submission')) throw error;
      }
      await sleep(30 + Math.random() * 120); // connection refused or reset, a timeout, a 5xx: try again, same key
    }
  }
}
const started = Date.now();
await Promise.all(Array.from({ length: workers }, worker));
running = false;
await killer;
const seconds = (Date.now() - started) / 1000;
await stopServer(server.child);

// Count what the database holds, through the store the server uses.
const { openStore } = await import(new URL('store/open.js', pathToFileURL(SERVER_MAIN)).href);
const store = await openStore(`sqlite:${join(dataDir, 'dvc.sqlite')}`);
const filed = new Map(); // marker index → codes
for (let offset = 0; ; offset += 200) {
  const page = await store.listDossiers({ limit: 200, offset });
  for (const record of page) {
    const match = new RegExp(`thử tải ${run}-(\\d+)$`).exec(String(record.data?.businessName ?? ''));
    if (match) filed.set(Number(match[1]), [...(filed.get(Number(match[1])) ?? []), record.dossier.code]);
  }
  if (page.length < 200) break;
}
await store.close();

let lost = 0;
let duplicated = 0;
for (let index = 0; index < total; index += 1) {
  const codes = filed.get(index) ?? [];
  if (codes.length === 0 || !codes.includes(answered.get(index))) lost += 1;
  if (codes.length > 1) duplicated += codes.length - 1;
}
console.log(`Faults: ${total} submissions by ${workers} workers in ${seconds.toFixed(1)} s; server killed with SIGKILL ${kills} times`);
console.log(`  attempts (with retries): ${attempts}; answered: ${answered.size}`);
console.log(`  dossiers lost: ${lost}; duplicated: ${duplicated}`);
process.exitCode = lost === 0 && duplicated === 0 && answered.size === total ? 0 : 1;

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}
