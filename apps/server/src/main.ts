/**
 * Starts the demo service centre: opens the store named by DVC_DB (SQLite by default), migrates it, seeds the demo
 * province when it is empty, and serves the API and the site on one port.
 *
 * PORT (8080), HOST (127.0.0.1), DVC_DB (sqlite:apps/server/data/dvc.sqlite, from the package), DVC_BLOBS (the
 * attachments folder, apps/server/data/blobs), DVC_PUBLIC_URL (http://127.0.0.1:<port>), DVC_STATIC
 * (apps/demo/dist), DVC_GATEWAY_DELAY_MS (4000), DVC_SECRET (signs receipt tokens: set the same on every instance;
 * by default a random one kept in apps/server/data/secret), DVC_SEED (`off`: the officers only, no demo dossiers).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { seedDemo, seedOfficers } from './seed.js';
import { createDiskBlobStore } from './store/disk-blobs.js';
import { openStore, redact } from './store/open.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');

function env(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

function secretOf(dataDir: string): string {
  const fromEnv = process.env.DVC_SECRET;
  if (fromEnv && fromEnv.length >= 16) return fromEnv;
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  const port = Number(env('PORT', '8080'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`PORT must be a port number, got ${process.env.PORT}.`);
  const host = env('HOST', '127.0.0.1');
  const dataDir = join(packageDir, 'data');
  const database = env('DVC_DB', `sqlite:${join(dataDir, 'dvc.sqlite')}`);
  const gatewayDelayMs = Number(env('DVC_GATEWAY_DELAY_MS', '4000'));
  if (!Number.isFinite(gatewayDelayMs) || gatewayDelayMs < 0) throw new RangeError('DVC_GATEWAY_DELAY_MS must be a number of milliseconds.');
  const publicUrl = env('DVC_PUBLIC_URL', `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const staticDir = resolve(env('DVC_STATIC', join(repoDir, 'apps/demo/dist')));
  const generatedDir = join(packageDir, 'generated');
  const secret = secretOf(dataDir);

  const store = await openStore(database);
  await store.migrate();
  const blobs = createDiskBlobStore(resolve(env('DVC_BLOBS', join(dataDir, 'blobs'))));
  let seeded: string[] = [];
  try {
    if (/^(0|false|off|no)$/i.test(env('DVC_SEED', 'on'))) await seedOfficers(store);
    else seeded = await seedDemo({ store, blobs, generatedDir, proceduresDir: join(repoDir, 'schemas/procedures'), secret, publicUrl });
  } catch (error) {
    // Another instance seeding the same database at the same moment: its dossiers are there, the server can start.
    console.warn(`Seeding the demo dossiers did not finish: ${error instanceof Error ? error.message : String(error)}`);
  }
  const app = await buildApp({ store, blobs, generatedDir, staticDir, gatewayDelayMs, publicUrl, secret, logger: { level: env('LOG_LEVEL', 'warn') } });

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.warn(`${signal}: closing`);
    try {
      await app.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port, host });
  if (!existsSync(staticDir)) console.warn(`(No site at ${staticDir}: build apps/demo to serve it; the API works without it.)`);
  if (seeded.length > 0) console.warn(`Seeded ${seeded.length} demo dossiers into ${redact(database)}.`);
  const address = app.server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Cổng dịch vụ công demo: http://${host.includes(':') ? `[${host}]` : host}:${shownPort}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
