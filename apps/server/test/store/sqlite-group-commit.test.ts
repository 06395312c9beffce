/**
 * The SQLite store's write path: filings asked for in the same turn of the event loop share one COMMIT, and each is
 * still all-or-nothing and idempotent on its own; the WAL is checkpointed by a worker thread, not by the writer.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { DossierStore } from '../../src/store/types.js';
import { AN_HOA, newKey, submission } from './fixtures.js';

const PREFIX = `${AN_HOA.id}-260302`;

describe('SQLite group commit', () => {
  let dir: string;
  let store: DossierStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-group-'));
    store = createSqliteStore({ path: join(dir, 'dvc.sqlite') });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('files concurrent submissions in order, and a failing one alone is rolled back', async () => {
    const failing = submission(PREFIX);
    const outcomes = await Promise.allSettled([
      store.insertDossier(submission(PREFIX)),
      store.insertDossier({ ...failing, build: () => { throw new Error('the receipt cannot be built'); } }),
      store.insertDossier(submission(PREFIX)),
    ]);
    expect(outcomes.map((each) => each.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const codes = outcomes.map((each) => (each.status === 'fulfilled' && each.value.kind === 'created' ? each.value.value.dossier.code : undefined));
    // The failed filing's code allocation was rolled back with it: no gap.
    expect(codes).toEqual([`${PREFIX}-0001`, undefined, `${PREFIX}-0002`]);
    expect(await store.countDossiers({})).toBe(2);
    // Its key stays free: the retry files it.
    const retried = await store.insertDossier(failing);
    expect(retried.kind === 'created' && retried.value.dossier.code).toBe(`${PREFIX}-0003`);
  });

  it('treats a key repeated within one group as a replay, or a conflict when the request differs', async () => {
    const key = newKey();
    const [first, replay, conflict] = await Promise.all([
      store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) })),
      store.insertDossier(submission(PREFIX, { key, requestHash: 'a'.repeat(64) })),
      store.insertDossier(submission(PREFIX, { key, requestHash: 'b'.repeat(64) })),
    ]);
    expect(first?.kind).toBe('created');
    expect(replay).toEqual({ kind: 'replayed', response: first?.kind === 'created' ? first.response : undefined });
    expect(conflict).toEqual({ kind: 'conflict' });
    expect(await store.countDossiers({})).toBe(1);
  });

  it('checkpoints the WAL into the database file from its worker thread while the store stays open', async () => {
    const path = join(dir, 'dvc.sqlite');
    const before = statSync(path).size;
    const data = { note: 'x'.repeat(2000) };
    await Promise.all(Array.from({ length: 100 }, () => store.insertDossier(submission(PREFIX, { data }))));
    // 100 filings of ~3 KB are far below the writer's own auto-checkpoint (40,000 pages): only the worker copies them.
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 200_000), { timeout: 3000, interval: 50 });
  });

  it('files the writes already asked for when the store is closed', async () => {
    const pending = store.insertDossier(submission(PREFIX));
    await store.close();
    expect((await pending).kind).toBe('created');
    const reopened = createSqliteStore({ path: join(dir, 'dvc.sqlite') });
    try {
      expect(await reopened.countDossiers({})).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
