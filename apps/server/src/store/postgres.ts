/**
 * The store for a province's several server instances behind a load balancer: PostgreSQL through a `pg` Pool, with
 * the same behaviour as the SQLite store. What keeps instances from colliding lives in the database:
 * - an idempotency key is claimed first, by inserting it (`ON CONFLICT DO NOTHING`): the instance that loses a race
 *   on the same key waits on the winner's row, then reads its stored response and returns it as a replay;
 * - codes come from `INSERT … ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last` inside the filing
 *   transaction: the row lock serialises a prefix, a rolled-back filing gives its number back;
 * - optimistic writes compare the version in the UPDATE's WHERE; the loser of a race updates no row.
 * Transactions are READ COMMITTED (each statement sees what committed before it), which these three rely on.
 */
import pg from 'pg';
import {
  checkAttachmentRecord,
  checkBatchLimit,
  checkCodePrefix,
  checkDossierRecord,
  checkFiledAttachment,
  checkIdempotencyKey,
  checkNextVersion,
  checkPaymentRecord,
  checkRefiledAttachment,
  dossierJson,
  eventRangeOf,
  formatDossierCode,
  fromJson,
  instantMs,
  officerJson,
  pageOf,
  paymentJson,
  responseJson,
  sessionKey,
  stateKindsOf,
  toJson,
} from './common.js';
import { checkNotNewer, MIGRATIONS } from './migrations.js';
import type {
  AttachmentRecord,
  DossierListFilter,
  DossierRecord,
  DossierStore,
  EventListFilter,
  EventRecord,
  IdempotencyScope,
  IdempotentOutcome,
  IdempotentResponse,
  NewDossierInput,
  OfficerRecord,
  PaymentRecord,
  SessionRecord,
} from './types.js';
import type { DossierEvent } from '@dvc-kit/dossier/types';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (libpq's query parameters such as `sslmode` apply). */
  connectionString: string;
  /** The schema the tables live in (default: the connection's search_path, usually `public`). */
  schema?: string;
  /** Connections per instance (default 10): instances × max must stay under the server's max_connections. */
  maxConnections?: number;
  /** Told when an idle connection fails (the database restarted): the pool drops it and opens another on demand. */
  onIdleConnectionError?(error: Error): void;
}

type Queryable = Pick<pg.PoolClient, 'query'>;
type Row = Record<string, unknown>;
type Parameter = string | number | null;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPostgresStore(options: PostgresStoreOptions): DossierStore {
  return new PostgresStore(options);
}

class PostgresStore implements DossierStore {
  readonly kind = 'postgres' as const;
  readonly #pool: pg.Pool;
  readonly #schema: string | undefined;

  constructor({ connectionString, schema, maxConnections = 10, onIdleConnectionError }: PostgresStoreOptions) {
    if (typeof connectionString !== 'string' || connectionString === '') throw new TypeError('The PostgreSQL URL is empty.');
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new RangeError(`The schema name must be lowercase letters, digits and "_", not ${JSON.stringify(schema)}.`);
    }
    this.#schema = schema;
    this.#pool = new pg.Pool({
      connectionString,
      max: maxConnections,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    });
    // Without a listener an idle connection's error would crash the process.
    this.#pool.on('error', (error) => onIdleConnectionError?.(error));
  }

  async migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      // One migrating instance at a time per schema; the others wait, then find nothing left to do.
      const lock = `dvc-kit schema_migrations in ${this.#schema ?? 'the default schema'}`;
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
      try {
        if (this.#schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`); // a checked name
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        for (const migration of MIGRATIONS) {
          await inTransaction(client, async () => {
            const applied = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
            checkNotNewer(applied.rows[0]?.version ?? 0);
            const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
            if (done.rowCount) return;
            await client.query(migration.postgres);
            await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          });
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (!this.#pool.ended) await this.#pool.end();
  }

  async insertDossier(input: NewDossierInput): Promise<IdempotentOutcome<DossierRecord>> {
    checkIdempotencyKey(input.idempotencyKey);
    checkCodePrefix(input.codePrefix);
    return this.#idempotent('submit', input.idempotencyKey, input.requestHash, async (client) => {
      const sequence = await client.query<{ last: number }>(
        `INSERT INTO code_sequences (prefix, last) VALUES ($1, 1)
         ON CONFLICT (prefix) DO UPDATE SET last = code_sequences.last + 1 RETURNING last`,
        [input.codePrefix],
      );
      const code = formatDossierCode(input.codePrefix, sequence.rows[0]!.last);
      const { record, attachments, response } = input.build(code);
      checkDossierRecord(record, code);
      await client.query('INSERT INTO dossiers (code, agency_id, state_kind, submitted_at, version, record) VALUES ($1, $2, $3, $4, $5, $6)', [
        code,
        record.agencyId,
        record.dossier.state.kind,
        timestamp(record.dossier.submittedAt, 'submittedAt'),
        record.version,
        dossierJson(record),
      ]);
      await appendEvents(client, code, record.agencyId, record.dossier.events, 0);
      for (const attachment of attachments) await fileAttachment(client, attachment, code);
      return { value: record, response };
    });
  }

  async getDossier(code: string): Promise<DossierRecord | undefined> {
    const { rows } = await this.#pool.query('SELECT version, record FROM dossiers WHERE code = $1', [code]);
    return rows[0] && withVersion<DossierRecord>(rows[0]);
  }

  async updateDossier(
    next: DossierRecord,
    expectedVersion: number,
    newEvents: readonly DossierEvent[],
    attachments: readonly AttachmentRecord[] = [],
  ): Promise<boolean> {
    checkDossierRecord(next);
    checkNextVersion(next.version, expectedVersion);
    const code = next.dossier.code;
    return this.#transaction(async (client) => {
      const written = await client.query(
        'UPDATE dossiers SET agency_id = $1, state_kind = $2, version = $3, record = $4 WHERE code = $5 AND version = $6',
        [next.agencyId, next.dossier.state.kind, next.version, dossierJson(next), code, expectedVersion],
      );
      if (written.rowCount === 0) return false;
      // The dossier's row is locked until commit: no other writer appends events meanwhile.
      const { rows } = await client.query<{ sequence: number }>(
        'SELECT coalesce(max(sequence) + 1, 0) AS sequence FROM events WHERE dossier_code = $1',
        [code],
      );
      await appendEvents(client, code, next.agencyId, newEvents, rows[0]!.sequence);
      for (const attachment of attachments) await fileAttachment(client, attachment, code);
      return true;
    });
  }

  async listDossiers(filter: DossierListFilter): Promise<DossierRecord[]> {
    const { limit, offset } = pageOf(filter);
    const where = dossierWhere(filter);
    if (where === undefined) return [];
    const limitAt = where.parameters.push(limit);
    const offsetAt = where.parameters.push(offset);
    const { rows } = await this.#pool.query(
      `SELECT version, record FROM dossiers ${where.sql} ORDER BY submitted_at DESC, code DESC LIMIT $${limitAt} OFFSET $${offsetAt}`,
      where.parameters,
    );
    return rows.map((row) => withVersion<DossierRecord>(row));
  }

  async countDossiers(filter: Omit<DossierListFilter, 'limit' | 'offset'>): Promise<number> {
    const where = dossierWhere(filter);
    if (where === undefined) return 0;
    const { rows } = await this.#pool.query<{ count: string }>(`SELECT count(*) AS count FROM dossiers ${where.sql}`, where.parameters);
    return Number(rows[0]!.count);
  }

  async listEvents(filter: EventListFilter): Promise<EventRecord[]> {
    const { fromMs, toMs } = eventRangeOf(filter);
    const where = new Where();
    if (fromMs !== undefined) where.add('at >= $', new Date(fromMs).toISOString());
    if (toMs !== undefined) where.add('at < $', new Date(toMs).toISOString());
    if (filter.agencyId !== undefined) where.add('agency_id = $', filter.agencyId);
    const { rows } = await this.#pool.query(
      `SELECT dossier_code, agency_id, sequence, event FROM events ${where.sql} ORDER BY at, dossier_code, sequence`,
      where.parameters,
    );
    return rows.map((row) => ({
      dossierCode: row.dossier_code as string,
      agencyId: row.agency_id as string,
      sequence: row.sequence as number,
      event: fromJson<DossierEvent>(row.event),
    }));
  }

  async saveAttachment(record: AttachmentRecord): Promise<void> {
    checkAttachmentRecord(record);
    await insertAttachment(this.#pool, record);
  }

  async getAttachment(id: string): Promise<AttachmentRecord | undefined> {
    const { rows } = await this.#pool.query('SELECT * FROM attachments WHERE id = $1', [id]);
    return rows[0] && attachmentFromRow(rows[0]);
  }

  async listAttachments(dossierCode: string): Promise<AttachmentRecord[]> {
    const { rows } = await this.#pool.query('SELECT * FROM attachments WHERE dossier_code = $1 ORDER BY created_ts, id', [dossierCode]);
    return rows.map(attachmentFromRow);
  }

  async insertPayment(input: {
    idempotencyKey: string;
    requestHash: string;
    build(): { record: PaymentRecord; response: IdempotentResponse };
  }): Promise<IdempotentOutcome<PaymentRecord>> {
    checkIdempotencyKey(input.idempotencyKey);
    return this.#idempotent('payment', input.idempotencyKey, input.requestHash, async (client) => {
      const { record, response } = input.build();
      checkPaymentRecord(record);
      await client.query('INSERT INTO payments (id, dossier_code, settle_at, version, record) VALUES ($1, $2, $3, $4, $5)', [
        record.id,
        record.dossierCode,
        settleAt(record),
        record.version,
        paymentJson(record),
      ]);
      return { value: record, response };
    });
  }

  async latestPayment(dossierCode: string): Promise<PaymentRecord | undefined> {
    const { rows } = await this.#pool.query('SELECT version, record FROM payments WHERE dossier_code = $1 ORDER BY seq DESC LIMIT 1', [dossierCode]);
    return rows[0] && withVersion<PaymentRecord>(rows[0]);
  }

  async duePayments(now: string, limit: number): Promise<PaymentRecord[]> {
    checkBatchLimit(limit);
    const { rows } = await this.#pool.query(
      'SELECT version, record FROM payments WHERE settle_at IS NOT NULL AND settle_at <= $1 ORDER BY settle_at, seq LIMIT $2',
      [timestamp(now, 'now'), limit],
    );
    return rows.map((row) => withVersion<PaymentRecord>(row));
  }

  async updatePayment(next: PaymentRecord, expectedVersion: number): Promise<boolean> {
    checkPaymentRecord(next);
    checkNextVersion(next.version, expectedVersion);
    const written = await this.#pool.query(
      'UPDATE payments SET settle_at = $1, version = $2, record = $3 WHERE id = $4 AND dossier_code = $5 AND version = $6',
      [settleAt(next), next.version, paymentJson(next), next.id, next.dossierCode, expectedVersion],
    );
    return written.rowCount === 1;
  }

  async upsertOfficer(officer: OfficerRecord): Promise<void> {
    const record = officerJson(officer);
    await this.#pool.query('INSERT INTO officers (username, record) VALUES ($1, $2) ON CONFLICT (username) DO UPDATE SET record = excluded.record', [
      officer.username,
      record,
    ]);
  }

  async getOfficer(username: string): Promise<OfficerRecord | undefined> {
    const { rows } = await this.#pool.query('SELECT record FROM officers WHERE username = $1', [username]);
    return rows[0] && fromJson<OfficerRecord>(rows[0].record);
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.#pool.query('INSERT INTO sessions (id_hash, username, expires_at) VALUES ($1, $2, $3)', [
      sessionKey(session.id),
      session.username,
      timestamp(session.expiresAt, 'expiresAt'),
    ]);
  }

  async getSession(id: string, now: string): Promise<SessionRecord | undefined> {
    const nowAt = timestamp(now, 'now');
    const { rows } = await this.#pool.query<{ username: string; expires_at: Date }>('SELECT username, expires_at FROM sessions WHERE id_hash = $1', [
      sessionKey(id),
    ]);
    const row = rows[0];
    if (!row) return undefined;
    if (row.expires_at.getTime() <= Date.parse(nowAt)) {
      await this.#pool.query('DELETE FROM sessions WHERE expires_at <= $1', [nowAt]);
      return undefined;
    }
    return { id, username: row.username, expiresAt: row.expires_at.toISOString() };
  }

  async deleteSession(id: string): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE id_hash = $1', [sessionKey(id)]);
  }

  /**
   * Runs `write` once per (scope, key), as the SQLite store does. The key is claimed before anything else: a second
   * instance inserting the same key waits for the first transaction, then finds the key taken and reads its answer.
   */
  async #idempotent<T>(
    scope: IdempotencyScope,
    key: string,
    requestHash: string,
    write: (client: pg.PoolClient) => Promise<{ value: T; response: IdempotentResponse }>,
  ): Promise<IdempotentOutcome<T>> {
    if (typeof requestHash !== 'string' || requestHash === '') throw new TypeError('The request hash is empty.');
    return this.#transaction(async (client): Promise<IdempotentOutcome<T>> => {
      const claimed = await client.query(
        'INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT (scope, key) DO NOTHING',
        [scope, key, requestHash],
      );
      if (claimed.rowCount === 0) {
        const { rows } = await client.query('SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2', [scope, key]);
        const seen = rows[0];
        if (!seen || seen.response === null) throw new Error(`The idempotency key ${key} is taken but has no stored response.`);
        if (seen.request_hash !== requestHash) return { kind: 'conflict' };
        return { kind: 'replayed', response: fromJson<IdempotentResponse>(seen.response) };
      }
      const { value, response } = await write(client);
      await client.query('UPDATE idempotency_keys SET response = $1 WHERE scope = $2 AND key = $3', [responseJson(response), scope, key]);
      return { kind: 'created', value, response };
    });
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      return await inTransaction(client, () => work(client));
    } finally {
      client.release();
    }
  }
}

async function inTransaction<T>(client: Queryable, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // the original error says more than a failed rollback
    throw error;
  }
}

async function appendEvents(
  client: Queryable,
  code: string,
  agencyId: string,
  events: readonly DossierEvent[],
  firstSequence: number,
): Promise<void> {
  for (const [index, event] of events.entries()) {
    const sequence = firstSequence + index;
    await client.query('INSERT INTO events (dossier_code, sequence, agency_id, at, event) VALUES ($1, $2, $3, $4, $5)', [
      code,
      sequence,
      agencyId,
      timestamp(event?.at, `The time of event ${sequence} of ${code}`),
      toJson(event),
    ]);
  }
}

/** Files an attachment with its dossier; one uploaded before (a result file) gets its dossier code here. */
async function fileAttachment(client: Queryable, record: AttachmentRecord, code: string): Promise<void> {
  checkFiledAttachment(record, code);
  const { rows } = await client.query('SELECT sha256, dossier_code FROM attachments WHERE id = $1 FOR UPDATE', [record.id]);
  const existing = rows[0];
  if (!existing) {
    await insertAttachment(client, record);
    return;
  }
  checkRefiledAttachment(record, existing.sha256 as string, existing.dossier_code as string | null);
  await client.query('UPDATE attachments SET dossier_code = $1, field = $2 WHERE id = $3', [code, record.field, record.id]);
}

async function insertAttachment(client: Queryable, record: AttachmentRecord): Promise<void> {
  await client.query(
    `INSERT INTO attachments (id, sha256, file_name, media_type, size, dossier_code, field, created_at, created_ts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      record.id,
      record.sha256,
      record.fileName,
      record.mediaType,
      record.size,
      record.dossierCode ?? null,
      record.field,
      record.createdAt,
      timestamp(record.createdAt, 'createdAt'),
    ],
  );
}

function attachmentFromRow(row: Row): AttachmentRecord {
  return {
    id: row.id as string,
    sha256: row.sha256 as string,
    fileName: row.file_name as string,
    mediaType: row.media_type as string,
    size: Number(row.size),
    ...(row.dossier_code === null ? {} : { dossierCode: row.dossier_code as string }),
    field: row.field as string,
    createdAt: row.created_at as string,
  };
}

/** Conditions joined with AND; `$` in a condition becomes its parameter's number. */
class Where {
  readonly #conditions: string[] = [];
  readonly parameters: Parameter[] = [];

  add(condition: string, parameter: Parameter): void {
    this.parameters.push(parameter);
    this.#conditions.push(condition.replace('$', `$${this.parameters.length}`));
  }

  addList(column: string, values: readonly string[]): void {
    const placeholders = values.map((value) => `$${this.parameters.push(value)}`);
    this.#conditions.push(`${column} IN (${placeholders.join(', ')})`);
  }

  get sql(): string {
    return this.#conditions.length === 0 ? '' : `WHERE ${this.#conditions.join(' AND ')}`;
  }
}

/** The WHERE clause of a dossier filter; undefined when it can match nothing (an empty list of state kinds). */
function dossierWhere(filter: Pick<DossierListFilter, 'agencyId' | 'stateKinds'>): Where | undefined {
  const kinds = stateKindsOf(filter);
  if (kinds !== undefined && kinds.length === 0) return undefined;
  const where = new Where();
  if (filter.agencyId !== undefined) where.add('agency_id = $', filter.agencyId);
  if (kinds !== undefined) where.addList('state_kind', kinds);
  return where;
}

function withVersion<T extends { version: number }>(row: Row): T {
  return { ...fromJson<Omit<T, 'version'>>(row.record), version: row.version as number } as T;
}

/** An instant as PostgreSQL reads it unambiguously (checked first, so a bad one is our error, not the driver's). */
function timestamp(instant: string, what: string): string {
  return new Date(instantMs(instant, what)).toISOString();
}

function settleAt(record: PaymentRecord): string | null {
  return record.settleAt === undefined ? null : timestamp(record.settleAt, 'settleAt');
}
