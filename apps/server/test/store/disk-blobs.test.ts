import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiskBlobStore } from '../../src/store/disk-blobs.js';
import { sha256Hex } from './fixtures.js';

describe('disk blob store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pdf = new TextEncoder().encode('%PDF-1.7 tờ khai');
  const hash = sha256Hex(pdf);

  it('stores bytes under their hash in a two-digit folder and reads them back', async () => {
    const blobs = createDiskBlobStore(dir);
    await blobs.put(hash, pdf);
    expect(readdirSync(join(dir, hash.slice(0, 2)))).toEqual([hash]);
    expect(await blobs.get(hash)).toEqual(pdf);
    // The same content again is a no-op, with no temporary file left behind.
    await blobs.put(hash, pdf);
    expect(readdirSync(join(dir, hash.slice(0, 2)))).toEqual([hash]);
  });

  it('answers undefined for a hash it does not hold', async () => {
    expect(await createDiskBlobStore(dir).get('0'.repeat(64))).toBeUndefined();
  });

  it('refuses bytes that do not hash to the key, and stores nothing', async () => {
    const blobs = createDiskBlobStore(dir);
    await expect(blobs.put('0'.repeat(64), pdf)).rejects.toThrow(/nothing stored/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a key that is not a hex SHA-256 (no path can escape the folder)', async () => {
    const blobs = createDiskBlobStore(dir);
    await expect(blobs.get('../../etc/passwd')).rejects.toThrow(/64 lowercase hex/);
    await expect(blobs.put(hash.toUpperCase(), pdf)).rejects.toThrow(/64 lowercase hex/);
  });

  it('reports a blob damaged on disk instead of serving it', async () => {
    const blobs = createDiskBlobStore(dir);
    await blobs.put(hash, pdf);
    writeFileSync(join(dir, hash.slice(0, 2), hash), 'something else');
    await expect(blobs.get(hash)).rejects.toThrow(/damaged/);
  });
});
