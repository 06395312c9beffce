import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed.js';
import { GENERATED_DIR } from './helpers/app.js';
import { openStore } from '../src/store/open.js';
import { createDiskBlobStore } from '../src/store/disk-blobs.js';

const PROCEDURES_DIR = fileURLToPath(new URL('../../../schemas/procedures', import.meta.url));

describe('seedDemo', () => {
  it('makes dossiers in different states through the routes, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-seed-test-'));
    const store = await openStore(`sqlite:${join(dir, 'dvc.sqlite')}`);
    await store.migrate();
    const blobs = createDiskBlobStore(join(dir, 'blobs'));
    const codes = await seedDemo({ store, blobs, generatedDir: GENERATED_DIR, proceduresDir: PROCEDURES_DIR, secret: 's', now: Date.parse('2026-12-07T10:00:00+07:00') });
    const states = await Promise.all(codes.map(async (code) => (await store.getDossier(code))?.dossier));
    expect(states.map((dossier) => dossier?.state.kind)).toEqual(['RETURNED', 'RETURNED', 'RESULT_READY', 'IN_PROCESS', 'SUPPLEMENT_REQUIRED', 'SUBMITTED']);
    const [onTime, late, , handedOff] = states;
    expect(onTime?.events.map((event) => event.state.kind)).toEqual(['SUBMITTED', 'RECEIVED', 'IN_PROCESS', 'RESULT_READY', 'RETURNED']);
    expect(late?.apology?.reason).toContain('đo đạc');
    expect(handedOff?.state).toMatchObject({ kind: 'IN_PROCESS', agency: { id: '000.00.12.H99' } });
    expect(handedOff?.fees?.payment.status).toBe('paid');
    expect((await store.getDossier(codes[3]!))?.agencyId).toBe('000.00.12.H99');
    expect(await seedDemo({ store, blobs, generatedDir: GENERATED_DIR, proceduresDir: PROCEDURES_DIR, secret: 's' })).toEqual([]);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
