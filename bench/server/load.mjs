// Valid submissions per second and their latency, against the built server on 127.0.0.1 with SQLite (its default).
// Each request is a whole submission: multipart parsing, the compiled validator, the file's type read from its bytes,
// its hash, the blob, and the dossier's transaction, with its own idempotency key.
//   node bench/server/load.mjs [--seconds 15] [--connections 16]
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { freePort, freshDataDir, startServer, stopServer, submissionBody } from './lib.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const dataDir = freshDataDir('load');
const { child, url } = await startServer({ dataDir, port: await freePort() });
const { body, contentType } = submissionBody();
const run = (duration) =>
  autocannon({
    url: `${url}api/dossiers`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': contentType },
    body,
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
  });

/**
 * The server's CPU time so far in ms (user + system, Linux /proc), or undefined elsewhere. CPU per submission moves
 * less than submissions per second when other work shares the machine.
 */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

try {
  await run(3); // warm-up: the JIT, the page cache, SQLite's first pages
  const cpuBefore = serverCpuMs();
  const result = await run(seconds);
  const cpuAfter = serverCpuMs();
  const created = result['2xx'];
  console.log(`Submissions, ${connections} connections, ${seconds} s, SQLite`);
  console.log(`  valid submissions per second: ${Math.round(created / seconds)} (mean of per-second counts: ${Math.round(result.requests.average)})`);
  console.log(`  latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`);
  if (cpuBefore !== undefined && cpuAfter !== undefined && created > 0) {
    console.log(`  server CPU per submission: ${((cpuAfter - cpuBefore) / created).toFixed(2)} ms (user + system)`);
  }
  console.log(`  answers: ${created} × 2xx, ${result.non2xx} other, ${result.errors} errors, ${result.timeouts} timeouts`);
} finally {
  await stopServer(child);
  rmSync(dataDir, { recursive: true, force: true }); // ~80 MB a run: nothing in it is looked at afterwards
}
