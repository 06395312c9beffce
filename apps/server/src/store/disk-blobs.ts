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

export function createDiskBlobStore(dir: string): BlobStore {
  if (typeof dir !== 'string' || dir === '') throw new TypeError('The blob folder is empty.');
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);

  return {
    async put(sha256, bytes) {
      checkSha256(sha256);
      const actual = sha256Hex(bytes);
      if (actual !== sha256) throw new RangeError(`The bytes hash to ${actual}, not ${sha256}: nothing stored.`);
      const path = pathOf(sha256);
      if (await exists(path)) return; // the same content is already there
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
