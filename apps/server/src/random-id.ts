/** Unguessable ids for records (attachments, payments): 128 random bits as base64url, 22 characters. */
import { randomFillSync } from 'node:crypto';

const ID_BYTES = 16;
/**
 * Random bytes are drawn from the CSPRNG 4 KiB at a time and handed out 16 at a time, each byte used once: one
 * `randomBytes(16)` per filing measured ~1.7% of the server's CPU, most of it the call, not the bytes.
 */
const pool = Buffer.alloc(256 * ID_BYTES);
let offset = pool.length;

export function randomId(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}
