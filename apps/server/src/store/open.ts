/**
 * Opens the store `DVC_DB` names: `sqlite:<path>` (a file, created with its folder), `sqlite::memory:`, or a
 * PostgreSQL URL (`postgres://…`, `postgresql://…`). The caller runs `migrate()` once per deploy or at start.
 */
import { createSqliteStore } from './sqlite.js';
import type { DossierStore } from './types.js';

/** Where the demo keeps its data when `DVC_DB` is not set (relative to the working directory). */
export const DEFAULT_DATABASE_URL = 'sqlite:apps/server/data/dvc.sqlite';

export async function openStore(url: string = DEFAULT_DATABASE_URL): Promise<DossierStore> {
  if (typeof url !== 'string') throw new TypeError('The database URL must be a string.');
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new RangeError('The SQLite URL has no path: write sqlite:<path> or sqlite::memory:.');
    return createSqliteStore({ path });
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Loaded only when asked for: a SQLite deployment never loads the PostgreSQL driver.
    const { createPostgresStore } = await import('./postgres.js');
    return createPostgresStore({ connectionString: url });
  }
  throw new RangeError(
    `Unknown database URL ${JSON.stringify(redact(url))}: use sqlite:<path>, sqlite::memory: or postgres://user@host:port/database.`,
  );
}

/** The URL without a password, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
