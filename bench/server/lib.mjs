// What the server benchmarks share: starting the built server on a fresh database, and a valid submission with its
// file as a multipart body.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_MAIN = join(root, 'apps/server/dist/main.js');

/** A fresh folder for one run's database and attachments. */
export function freshDataDir(name) {
  return mkdtempSync(join(tmpdir(), `dvc-bench-${name}-`));
}

export async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts `node apps/server/dist/main.js` and resolves once it prints its URL. `env` adds to the server's settings.
 * Resolves to { child, url }.
 */
export function startServer({ dataDir, port, env = {} }) {
  // DVC_BENCH_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.DVC_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, SERVER_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DVC_DB: `sqlite:${join(dataDir, 'dvc.sqlite')}`,
      DVC_BLOBS: join(dataDir, 'blobs'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /https?:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        done({ child, url: match[0] });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => fail(new Error(`the server stopped before it listened (${code ?? signal}):\n${output}`)));
  });
}

export function stopServer(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

/** The bytes of a small, valid PDF (a one-page document), as the citizen's attached application form. */
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const PROCEDURE = '2.000720';
const example = JSON.parse(readFileSync(join(root, `schemas/procedures/${PROCEDURE}/examples/valid-individual-online.json`), 'utf8'));

/**
 * A valid submission of procedure 2.000720 (household business registration, filed online) with one attached PDF, as
 * a multipart body. `marker` goes into the business name so that each dossier can be told apart afterwards.
 */
export function submissionBody(marker = '') {
  const data = structuredClone(example);
  if (marker) data.businessName = `Hộ kinh doanh thử tải ${marker}`;
  data.attachments = { application: [{ name: 'giay-de-nghi.pdf', size: SMALL_PDF.length, type: 'application/pdf', lastModified: 1767225600000 }] };
  const boundary = '----dvc-bench-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="submission"\r\nContent-Type: application/json\r\n\r\n` +
        JSON.stringify({ procedure: PROCEDURE, data }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="/attachments/application"; filename="giay-de-nghi.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    SMALL_PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
