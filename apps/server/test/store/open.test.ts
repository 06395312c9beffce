import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, redact } from '../../src/store/open.js';

describe('openStore', () => {
  it('opens SQLite in memory and in a file, creating its folder', async () => {
    const memory = await openStore('sqlite::memory:');
    expect(memory.kind).toBe('sqlite');
    await memory.migrate();
    expect(await memory.countDossiers({})).toBe(0);
    await memory.close();

    const dir = mkdtempSync(join(tmpdir(), 'dvc-open-'));
    try {
      const file = await openStore(`sqlite:${join(dir, 'nested', 'dvc.sqlite')}`);
      await file.migrate();
      await file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.env.DVC_TEST_PG_URL)('opens PostgreSQL from its URL', async () => {
    const store = await openStore(process.env.DVC_TEST_PG_URL!);
    try {
      expect(store.kind).toBe('postgres');
    } finally {
      await store.close();
    }
  });

  it('refuses anything else with a message that names what it accepts, and hides a password', async () => {
    await expect(openStore('mysql://root:hunter2@db/dvc')).rejects.toThrow(/use sqlite:<path>, sqlite::memory: or postgres:/);
    await expect(openStore('mysql://root:hunter2@db/dvc')).rejects.not.toThrow(/hunter2/);
    await expect(openStore('sqlite:')).rejects.toThrow(/no path/);
    expect(redact('postgres://dvc:secret@db:5432/dvc')).toBe('postgres://dvc:***@db:5432/dvc');
  });
});
