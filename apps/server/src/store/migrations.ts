/**
 * The database's tables, as numbered migrations in both dialects. They live in code (not `.sql` files) so the build
 * has nothing to copy and a migration can never be missing from `dist`. Each one runs once, in its own transaction,
 * and is recorded in `schema_migrations`; a migration already released is never edited, only followed by a new one.
 *
 * Times: SQLite keeps milliseconds since the epoch (INTEGER, for ordering) beside the ISO text inside the JSON;
 * PostgreSQL keeps `timestamptz`. JSON: TEXT in SQLite; `json` in PostgreSQL, not `jsonb`, because nothing queries
 * inside it and `json` keeps the text as written: `jsonb` reorders keys and refuses `\u0000`, and a citizen's data
 * must come back exactly as filed.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'dossiers, events, attachments, payments, idempotency keys, code sequences, officers, sessions',
    sqlite: `
      CREATE TABLE dossiers (
        code TEXT PRIMARY KEY,
        agency_id TEXT NOT NULL,
        state_kind TEXT NOT NULL,
        submitted_ms INTEGER NOT NULL,
        version INTEGER NOT NULL,
        record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossiers_queue ON dossiers (agency_id, state_kind, submitted_ms DESC, code DESC);
      CREATE INDEX dossiers_agency_newest ON dossiers (agency_id, submitted_ms DESC, code DESC);
      CREATE INDEX dossiers_newest ON dossiers (submitted_ms DESC, code DESC);

      CREATE TABLE events (
        dossier_code TEXT NOT NULL REFERENCES dossiers (code),
        sequence INTEGER NOT NULL,
        agency_id TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        event TEXT NOT NULL,
        PRIMARY KEY (dossier_code, sequence)
      ) STRICT;
      CREATE INDEX events_at ON events (at_ms);
      CREATE INDEX events_agency_at ON events (agency_id, at_ms);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        dossier_code TEXT REFERENCES dossiers (code),
        field TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attachments_dossier ON attachments (dossier_code, created_ms);

      CREATE TABLE payments (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        dossier_code TEXT NOT NULL REFERENCES dossiers (code),
        settle_ms INTEGER,
        version INTEGER NOT NULL,
        record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payments_dossier ON payments (dossier_code, seq);
      CREATE INDEX payments_due ON payments (settle_ms) WHERE settle_ms IS NOT NULL;

      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        response TEXT,
        created_ms INTEGER NOT NULL,
        PRIMARY KEY (scope, key)
      ) STRICT;

      CREATE TABLE code_sequences (
        prefix TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE officers (
        username TEXT PRIMARY KEY,
        record TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL REFERENCES officers (username) ON DELETE CASCADE,
        expires_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_expiry ON sessions (expires_ms);
    `,
    postgres: `
      CREATE TABLE dossiers (
        code text PRIMARY KEY,
        agency_id text NOT NULL,
        state_kind text NOT NULL,
        submitted_at timestamptz NOT NULL,
        version integer NOT NULL,
        record json NOT NULL
      );
      CREATE INDEX dossiers_queue ON dossiers (agency_id, state_kind, submitted_at DESC, code DESC);
      CREATE INDEX dossiers_agency_newest ON dossiers (agency_id, submitted_at DESC, code DESC);
      CREATE INDEX dossiers_newest ON dossiers (submitted_at DESC, code DESC);

      CREATE TABLE events (
        dossier_code text NOT NULL REFERENCES dossiers (code),
        sequence integer NOT NULL,
        agency_id text NOT NULL,
        at timestamptz NOT NULL,
        event json NOT NULL,
        PRIMARY KEY (dossier_code, sequence)
      );
      CREATE INDEX events_at ON events (at);
      CREATE INDEX events_agency_at ON events (agency_id, at);

      CREATE TABLE attachments (
        id text PRIMARY KEY,
        sha256 text NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size bigint NOT NULL,
        dossier_code text REFERENCES dossiers (code),
        field text NOT NULL,
        created_at text NOT NULL,
        created_ts timestamptz NOT NULL
      );
      CREATE INDEX attachments_dossier ON attachments (dossier_code, created_ts);

      CREATE TABLE payments (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        dossier_code text NOT NULL REFERENCES dossiers (code),
        settle_at timestamptz,
        version integer NOT NULL,
        record json NOT NULL
      );
      CREATE INDEX payments_dossier ON payments (dossier_code, seq);
      CREATE INDEX payments_due ON payments (settle_at) WHERE settle_at IS NOT NULL;

      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response json,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );

      CREATE TABLE code_sequences (
        prefix text PRIMARY KEY,
        last integer NOT NULL
      );

      CREATE TABLE officers (
        username text PRIMARY KEY,
        record json NOT NULL
      );

      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        username text NOT NULL REFERENCES officers (username) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expiry ON sessions (expires_at);
    `,
  },
];

/** The newest migration this code knows. */
export const LATEST_MIGRATION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Refuses a database migrated by newer code: running old code on it could write rows the new tables do not expect. */
export function checkNotNewer(appliedVersion: number): void {
  if (appliedVersion > LATEST_MIGRATION) {
    throw new Error(`The database is at migration ${appliedVersion}, newer than this server knows (${LATEST_MIGRATION}): deploy the newer server.`);
  }
}
