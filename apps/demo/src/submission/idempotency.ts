/**
 * One idempotency key per attempt to file the same data: kept in `sessionStorage` with the data's fingerprint, so a
 * double click, a retry after a timeout or a reload sends the same key (the server files one dossier), while changed
 * data gets a new key. No DOM here (tested in Node).
 */
import { readStored, removeStored, writeStored, type SmallStorage } from '../layout/language.js';

const PREFIX = 'dvc-minhson:submit-key:';

/** The server takes 8–100 characters of `[A-Za-z0-9_-]`; a UUID is 36 of them. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

interface Kept {
  fingerprint: string;
  key: string;
}

/** The key for this procedure's data: the kept one when the fingerprint is the same, else a new one (kept). */
export function idempotencyKeyFor(
  storage: SmallStorage | null,
  procedure: string,
  fingerprint: string,
  newKey: () => string = () => crypto.randomUUID(),
): string {
  const kept = readKept(storage, procedure);
  if (kept && kept.fingerprint === fingerprint) return kept.key;
  const key = newKey();
  if (!IDEMPOTENCY_KEY.test(key)) throw new Error(`Not an idempotency key: ${key}`);
  writeStored(storage, PREFIX + procedure, JSON.stringify({ fingerprint, key } satisfies Kept));
  return key;
}

/** Forgets the key once the dossier is filed (the next dossier is a new attempt) or the server refused the key. */
export function forgetIdempotencyKey(storage: SmallStorage | null, procedure: string): void {
  removeStored(storage, PREFIX + procedure);
}

function readKept(storage: SmallStorage | null, procedure: string): Kept | null {
  const text = readStored(storage, PREFIX + procedure);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && 'fingerprint' in value && 'key' in value) {
      const { fingerprint, key } = value as Record<string, unknown>;
      if (typeof fingerprint === 'string' && typeof key === 'string' && IDEMPOTENCY_KEY.test(key)) return { fingerprint, key };
    }
  } catch {
    // A damaged entry is replaced by a new key.
  }
  return null;
}
