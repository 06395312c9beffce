/**
 * The contract suite against a real PostgreSQL: `DVC_TEST_PG_URL` (CI gets it from scripts/ci-postgres.sh). Each
 * test works in a fresh schema, dropped afterwards, so runs and tests never see each other. Under CI a missing URL
 * fails the run: a PostgreSQL store that was never tested must not pass for a tested one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres.js';
import type { DossierStore } from '../../src/store/types.js';
import { describeStoreContract } from './contract.js';

const url = process.env.DVC_TEST_PG_URL;

if (url) {
  describeStoreContract('PostgreSQL', async () => {
    // migrate() creates the schema.
    const schema = `dvc_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Pool({ connectionString: url, max: 2 });
    const opened: DossierStore[] = [];
    const openStore = async () => {
      const store = createPostgresStore({ connectionString: url, schema });
      opened.push(store);
      await store.migrate();
      return store;
    };
    const closeAll = () => Promise.all(opened.splice(0).map((each) => each.close()));
    const store = await openStore();
    return {
      store,
      migrationVersions: async () =>
        (await admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`)).rows.map((row) => row.version),
      setCodeSequence: async (prefix, last) => {
        await admin.query(`UPDATE ${schema}.code_sequences SET last = $1 WHERE prefix = $2`, [last, prefix]);
      },
      storedSessionKeys: async () =>
        (await admin.query<{ id_hash: string }>(`SELECT id_hash FROM ${schema}.sessions`)).rows.map((row) => row.id_hash),
      openAnother: openStore,
      reopen: async () => {
        await closeAll();
        return openStore();
      },
      dispose: async () => {
        await closeAll();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  });

  describe('PostgreSQL store', () => {
    it('migrates once when several instances start together on an empty database', async () => {
      const schema = `dvc_test_${randomBytes(6).toString('hex')}`;
      const stores = [1, 2, 3].map(() => createPostgresStore({ connectionString: url, schema }));
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      try {
        await Promise.all(stores.map((store) => store.migrate()));
        const { rows } = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
        expect(rows.map((row) => row.version)).toEqual([1]);
        expect(await stores[2]!.countDossiers({})).toBe(0);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    });

    it('refuses a schema name it would have to quote', () => {
      expect(() => createPostgresStore({ connectionString: url, schema: 'public; DROP TABLE x' })).toThrow(/schema name/);
    });
  });
} else if (process.env.CI) {
  describe('PostgreSQL store (contract)', () => {
    it('runs against a real PostgreSQL', () => {
      throw new Error('CI is set but DVC_TEST_PG_URL is not: start one with scripts/ci-postgres.sh and export its URL.');
    });
  });
} else {
  describe.skip('PostgreSQL store (contract): set DVC_TEST_PG_URL (scripts/ci-postgres.sh) to run it', () => {
    it('runs against a real PostgreSQL', () => undefined);
  });
}
