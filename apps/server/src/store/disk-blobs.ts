/**
 * Attachment bytes in a folder, content-addressed: `<dir>/<first two hex digits>/<sha256>`. A blob is written to a
 * temporary file, flushed, then renamed into place, so a crash leaves either the whole blob or none; reading checks
 * the hash again, so a damaged file is reported, never served as the citizen's document.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSha256 } from './common.js';
import type { BlobStore } from './types.js';

/**
 * How many hashes of blobs known to be on disk are remembered. The server never deletes a blob, so a blob once
 * written or seen stays; remembering it saves a `stat` per upload of the same content (a form template many citizens
 * attach), which measured ~4% of a filing's CPU. 10,000 hashes take about 1 MB.
 */
const KNOWN_BLOBS_LIMIT = 10_000;

export function createDiskBlobStore(dir: string): BlobStore {
  if (typeof dir !== 'string' || dir === '') throw new TypeError('The blob folder is empty.');
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);
  const known = new Set<string>();
  const remember = (sha256: string): void => {
    if (known.size >= KNOWN_BLOBS_LIMIT) known.delete(known.values().next().value as string); // the oldest first
    known.add(sha256);
  };

  return {
    async put(sha256, bytes) {
      checkSha256(sha256);
      const actual = sha256Hex(bytes);
      if (actual !== sha256) throw new RangeError(`The bytes hash to ${actual}, not ${sha256}: nothing stored.`);
      if (known.has(sha256)) return;
      const path = pathOf(sha256);
      if (await exists(path)) return remember(sha256); // the same content is already there
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const file = await open(temporary, 'wx');
        try {
          await file.writeFile(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, path);
        remember(sha256);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(sha256) {
      checkSha256(sha256);
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      const actual = sha256Hex(bytes);
      if (actual !== sha256) throw new Error(`The blob ${sha256} is damaged on disk (its bytes hash to ${actual}).`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
