import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { DossierStore } from '../../src/store/types.js';
import { describeStoreContract } from './contract.js';

describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-store-'));
  const path = join(dir, 'data', 'dvc.sqlite');
  const opened: DossierStore[] = [];
  const openStore = async () => {
    const store = createSqliteStore({ path });
    opened.push(store);
    await store.migrate();
    return store;
  };
  /** A plain connection for what the interface does not expose. */
  const raw = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(path);
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const store = await openStore();
  return {
    store,
    migrationVersions: async () => raw((db) => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[]),
    setCodeSequence: async (prefix, last) => void raw((db) => db.prepare('UPDATE code_sequences SET last = ? WHERE prefix = ?').run(last, prefix)),
    storedSessionKeys: async () => raw((db) => db.prepare('SELECT id_hash FROM sessions').pluck().all() as string[]),
    openAnother: openStore,
    reopen: async () => {
      await Promise.all(opened.map((each) => each.close()));
      return openStore();
    },
    dispose: async () => {
      await Promise.all(opened.map((each) => each.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
