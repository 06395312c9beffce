/** Builds the app over a store for route tests, with the procedures `npm run build` generated, and request helpers. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/app.js';
import type { AppOptions, DvcApp } from '../../src/app.js';
import { loadProcedures } from '../../src/procedures.js';
import type { ProcedureRegistry } from '../../src/procedures.js';
import { createDiskBlobStore } from '../../src/store/disk-blobs.js';
import { openStore } from '../../src/store/open.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import pg from 'pg';
import type { BlobStore, DossierStore } from '../../src/store/types.js';

export const GENERATED_DIR = fileURLToPath(new URL('../../generated', import.meta.url));
const PROCEDURES_DIR = fileURLToPath(new URL('../../../../schemas/procedures', import.meta.url));

let registry: Promise<ProcedureRegistry> | undefined;

/** A clock the test moves by hand. */
export interface TestClock {
  now(): number;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(start = '2026-12-07T09:00:00+07:00'): TestClock {
  let current = Date.parse(start);
  return { now: () => current, set: (iso) => (current = Date.parse(iso)), advance: (ms) => (current += ms) };
}

export interface TestApp {
  app: DvcApp;
  store: DossierStore;
  blobs: BlobStore;
  clock: TestClock;
  /** The temporary folder of the SQLite file and the blobs. */
  dir: string;
  /** Closes the app and the store; `keep` leaves the folder for a restart. */
  close(keep?: boolean): Promise<void>;
}

/**
 * The app over a fresh SQLite file and blob folder in a temporary directory (or `dir`'s, to reopen them); with
 * `postgres` (a URL), over a fresh schema of that PostgreSQL, dropped on close.
 */
export async function testApp(options: Partial<AppOptions> & { clock?: TestClock; dir?: string; postgres?: string } = {}): Promise<TestApp> {
  registry ??= loadProcedures(GENERATED_DIR);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'dvc-server-test-'));
  let dropSchema: (() => Promise<void>) | undefined;
  let store = options.store;
  if (!store && options.postgres) {
    const schema = `dvc_routes_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: options.postgres, max: 1 });
    await admin.query(`CREATE SCHEMA ${schema}`);
    store = createPostgresStore({ connectionString: options.postgres, schema });
    dropSchema = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  }
  store ??= await openStore(`sqlite:${join(dir, 'dvc.sqlite')}`);
  const blobs = options.blobs ?? createDiskBlobStore(join(dir, 'blobs'));
  const clock = options.clock ?? testClock();
  await store.migrate();
  const app = await buildApp({
    generatedDir: GENERATED_DIR,
    procedures: await registry,
    gatewayIntervalMs: 0,
    gatewayDelayMs: 4000,
    secret: 'test-secret',
    now: clock.now,
    ...options,
    store,
    blobs,
  });
  return {
    app,
    store,
    blobs,
    clock,
    dir,
    async close(keep = false) {
      await app.close();
      await store.close();
      await dropSchema?.();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An example data file of a procedure (`valid-in-person`, `invalid-formats`, …). */
export function example(procedure: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${PROCEDURES_DIR}/${procedure}/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
}

/** A tiny but real PDF. */
export function pdfBytes(text = 'dvc-kit'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The start of a Windows executable. */
export const EXE_BYTES = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

export interface UploadFile {
  /** The field's pointer, e.g. `/attachments/application`. */
  field: string;
  name: string;
  type: string;
  bytes: Buffer;
}

/** `data` with its attachments' metadata replaced by these files' (name, size, type), in order. */
export function withFiles(data: Record<string, unknown>, files: readonly UploadFile[]): Record<string, unknown> {
  const attachments: Record<string, unknown[]> = {};
  for (const file of files) {
    const key = file.field.replace('/attachments/', '');
    (attachments[key] ??= []).push({ name: file.name, size: file.bytes.length, type: file.type, lastModified: 1767225600000 });
  }
  return { ...data, attachments };
}

/** A multipart body: the `submission` JSON part, then one part per file named by its field's pointer. */
export function multipart(submission: unknown, files: readonly UploadFile[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dvc${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="submission"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(submission)}\r\n`),
  ];
  for (const file of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The files a valid example lists, as PDFs with the same names. */
export function filesFor(data: Record<string, unknown>): UploadFile[] {
  const attachments = (data.attachments ?? {}) as Record<string, { name: string; type: string }[]>;
  return Object.entries(attachments).flatMap(([key, list]) => list.map((meta, index) => ({ field: `/attachments/${key}`, name: meta.name, type: 'application/pdf', bytes: pdfBytes(`${key} ${index}`) })));
}

/** Submits valid example data with its files; returns the answer. */
export async function submit(app: DvcApp, procedure: string, data: Record<string, unknown>, key: string, files = filesFor(data)) {
  const body = multipart({ procedure, data: withFiles(data, files), channel: 'ONLINE' }, files);
  return app.inject({ method: 'POST', url: '/api/dossiers', headers: { ...body.headers, 'idempotency-key': key }, payload: body.payload });
}
