/**
 * The embedded store: one SQLite file (`better-sqlite3`, synchronous, wrapped in the async interface). WAL with
 * `synchronous = NORMAL`: a committed dossier survives the process being killed (only a power cut may lose the
 * last commits); readers never wait for the writer. Writes that check then write (idempotency keys, versions) run
 * in `BEGIN IMMEDIATE` transactions, so even two processes on the same file cannot interleave them.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
import { startWalCheckpointer } from './wal-checkpointer.js';
import type { WalCheckpointer } from './wal-checkpointer.js';
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

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` (one connection: gone when closed). */
  path: string;
  /** How long a write waits for another process's lock before failing, in ms. */
  busyTimeoutMs?: number;
}

/**
 * The WAL is checkpointed on a worker thread (`wal-checkpointer.ts`) every `WAL_CHECKPOINT_INTERVAL_MS`, and with
 * RESTART once it reaches `WAL_RESTART_PAGES` (about 40 MB). Done by the writer, a checkpoint stalls every filing
 * queued behind it. The writer's own auto-checkpoint stays as a safety net at four times that, should the worker
 * stop; without the worker it checkpoints at `WAL_RESTART_PAGES` (SQLite's default, 1000, more than halved the
 * filings per second measured here).
 */
const WAL_CHECKPOINT_INTERVAL_MS = 250;
const WAL_RESTART_PAGES = 10_000;
const WAL_SAFETY_NET_PAGES = 4 * WAL_RESTART_PAGES;
/** The WAL file is cut back to this size after a checkpoint, so a burst does not keep its disk space. */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

type Row = Record<string, unknown>;

interface GroupedWrite {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
type Parameter = string | number | bigint | null;

interface AttachmentRow {
  id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  dossier_code: string | null;
  field: string;
  created_at: string;
}

export function createSqliteStore(options: SqliteStoreOptions): DossierStore {
  return new SqliteStore(options);
}

class SqliteStore implements DossierStore {
  readonly kind = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  /** Runs its argument in a transaction; made once (better-sqlite3's wrapper is costly to build per call). */
  readonly #transaction: Database.Transaction<(work: () => unknown) => unknown>;
  /** Idempotent writes waiting for the next group commit (see `#grouped`). */
  #group: GroupedWrite[] = [];
  readonly #checkpointer: WalCheckpointer | undefined;

  constructor({ path, busyTimeoutMs = 5000 }: SqliteStoreOptions) {
    if (typeof path !== 'string' || path === '') throw new TypeError('The SQLite path is empty.');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path, { timeout: busyTimeoutMs });
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    this.#transaction = this.#db.transaction((work: () => unknown) => work());
    if (path !== ':memory:') {
      this.#checkpointer = startWalCheckpointer({ path, busyTimeoutMs, intervalMs: WAL_CHECKPOINT_INTERVAL_MS, restartFrames: WAL_RESTART_PAGES });
    }
    this.#db.pragma(`wal_autocheckpoint = ${this.#checkpointer ? WAL_SAFETY_NET_PAGES : WAL_RESTART_PAGES}`);
  }

  async migrate(): Promise<void> {
    const db = this.#db;
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const migration of MIGRATIONS) {
      this.#immediate(() => {
        const applied = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
        checkNotNewer(applied.version ?? 0);
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version)) return;
        db.exec(migration.sqlite);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      });
    }
    this.#statements.clear();
  }

  async close(): Promise<void> {
    this.#commitGroup(); // the writes already asked for are filed (or refused), not dropped
    await this.#checkpointer?.stop();
    if (this.#db.open) this.#db.close();
  }

  async insertDossier(input: NewDossierInput): Promise<IdempotentOutcome<DossierRecord>> {
    checkIdempotencyKey(input.idempotencyKey);
    checkCodePrefix(input.codePrefix);
    return this.#idempotent('submit', input.idempotencyKey, input.requestHash, () => {
      const { last } = this.#get(
        `INSERT INTO code_sequences (prefix, last) VALUES (?, 1)
         ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last`,
        input.codePrefix,
      ) as { last: number };
      const code = formatDossierCode(input.codePrefix, last);
      const { record, attachments, response } = input.build(code);
      checkDossierRecord(record, code);
      this.#run(
        'INSERT INTO dossiers (code, agency_id, state_kind, submitted_ms, version, record) VALUES (?, ?, ?, ?, ?, ?)',
        code,
        record.agencyId,
        record.dossier.state.kind,
        instantMs(record.dossier.submittedAt, 'submittedAt'),
        record.version,
        dossierJson(record),
      );
      this.#appendEvents(code, record.agencyId, record.dossier.events, 0);
      for (const attachment of attachments) this.#fileAttachment(attachment, code);
      return { value: record, response };
    });
  }

  async getDossier(code: string): Promise<DossierRecord | undefined> {
    const row = this.#get('SELECT version, record FROM dossiers WHERE code = ?', code);
    return row && dossierFromRow(row);
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
    return this.#immediate(() => {
      const written = this.#run(
        'UPDATE dossiers SET agency_id = ?, state_kind = ?, version = ?, record = ? WHERE code = ? AND version = ?',
        next.agencyId,
        next.dossier.state.kind,
        next.version,
        dossierJson(next),
        code,
        expectedVersion,
      );
      if (written.changes === 0) return false;
      const { sequence } = this.#get('SELECT coalesce(max(sequence) + 1, 0) AS sequence FROM events WHERE dossier_code = ?', code) as {
        sequence: number;
      };
      this.#appendEvents(code, next.agencyId, newEvents, sequence);
      for (const attachment of attachments) this.#fileAttachment(attachment, code);
      return true;
    });
  }

  async listDossiers(filter: DossierListFilter): Promise<DossierRecord[]> {
    const { limit, offset } = pageOf(filter);
    const { where, parameters } = dossierWhere(filter);
    if (where === undefined) return [];
    return this.#all(
      `SELECT version, record FROM dossiers ${where} ORDER BY submitted_ms DESC, code DESC LIMIT ? OFFSET ?`,
      ...parameters,
      limit,
      offset,
    ).map(dossierFromRow);
  }

  async countDossiers(filter: Omit<DossierListFilter, 'limit' | 'offset'>): Promise<number> {
    const { where, parameters } = dossierWhere(filter);
    if (where === undefined) return 0;
    return (this.#get(`SELECT count(*) AS count FROM dossiers ${where}`, ...parameters) as { count: number }).count;
  }

  async listEvents(filter: EventListFilter): Promise<EventRecord[]> {
    const { fromMs, toMs } = eventRangeOf(filter);
    const where = new Where();
    if (fromMs !== undefined) where.add('at_ms >= ?', fromMs);
    if (toMs !== undefined) where.add('at_ms < ?', toMs);
    if (filter.agencyId !== undefined) where.add('agency_id = ?', filter.agencyId);
    return this.#all(
      `SELECT dossier_code, agency_id, sequence, event FROM events ${where.sql} ORDER BY at_ms, dossier_code, sequence`,
      ...where.parameters,
    ).map((row) => ({
      dossierCode: row.dossier_code as string,
      agencyId: row.agency_id as string,
      sequence: row.sequence as number,
      event: fromJson<DossierEvent>(row.event),
    }));
  }

  async saveAttachment(record: AttachmentRecord): Promise<void> {
    checkAttachmentRecord(record);
    this.#run(
      'INSERT INTO attachments (id, sha256, file_name, media_type, size, dossier_code, field, created_at, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ...attachmentParameters(record),
    );
  }

  async getAttachment(id: string): Promise<AttachmentRecord | undefined> {
    const row = this.#get('SELECT * FROM attachments WHERE id = ?', id);
    return row && attachmentFromRow(row as unknown as AttachmentRow);
  }

  async listAttachments(dossierCode: string): Promise<AttachmentRecord[]> {
    return this.#all('SELECT * FROM attachments WHERE dossier_code = ? ORDER BY created_ms, rowid', dossierCode).map((row) =>
      attachmentFromRow(row as unknown as AttachmentRow),
    );
  }

  async insertPayment(input: {
    idempotencyKey: string;
    requestHash: string;
    build(): { record: PaymentRecord; response: IdempotentResponse };
  }): Promise<IdempotentOutcome<PaymentRecord>> {
    checkIdempotencyKey(input.idempotencyKey);
    return this.#idempotent('payment', input.idempotencyKey, input.requestHash, () => {
      const { record, response } = input.build();
      checkPaymentRecord(record);
      this.#run(
        'INSERT INTO payments (id, dossier_code, settle_ms, version, record) VALUES (?, ?, ?, ?, ?)',
        record.id,
        record.dossierCode,
        settleMs(record),
        record.version,
        paymentJson(record),
      );
      return { value: record, response };
    });
  }

  async latestPayment(dossierCode: string): Promise<PaymentRecord | undefined> {
    const row = this.#get('SELECT version, record FROM payments WHERE dossier_code = ? ORDER BY seq DESC LIMIT 1', dossierCode);
    return row && paymentFromRow(row);
  }

  async duePayments(now: string, limit: number): Promise<PaymentRecord[]> {
    checkBatchLimit(limit);
    return this.#all(
      'SELECT version, record FROM payments WHERE settle_ms IS NOT NULL AND settle_ms <= ? ORDER BY settle_ms, seq LIMIT ?',
      instantMs(now, 'now'),
      limit,
    ).map(paymentFromRow);
  }

  async updatePayment(next: PaymentRecord, expectedVersion: number): Promise<boolean> {
    checkPaymentRecord(next);
    checkNextVersion(next.version, expectedVersion);
    const written = this.#run(
      'UPDATE payments SET settle_ms = ?, version = ?, record = ? WHERE id = ? AND dossier_code = ? AND version = ?',
      settleMs(next),
      next.version,
      paymentJson(next),
      next.id,
      next.dossierCode,
      expectedVersion,
    );
    return written.changes === 1;
  }

  async upsertOfficer(officer: OfficerRecord): Promise<void> {
    const record = officerJson(officer);
    this.#run(
      'INSERT INTO officers (username, record) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET record = excluded.record',
      officer.username,
      record,
    );
  }

  async getOfficer(username: string): Promise<OfficerRecord | undefined> {
    const row = this.#get('SELECT record FROM officers WHERE username = ?', username);
    return row && fromJson<OfficerRecord>(row.record);
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.#run(
      'INSERT INTO sessions (id_hash, username, expires_ms) VALUES (?, ?, ?)',
      sessionKey(session.id),
      session.username,
      instantMs(session.expiresAt, 'expiresAt'),
    );
  }

  async getSession(id: string, now: string): Promise<SessionRecord | undefined> {
    const nowMs = instantMs(now, 'now');
    const row = this.#get('SELECT username, expires_ms FROM sessions WHERE id_hash = ?', sessionKey(id));
    if (!row) return undefined;
    if ((row.expires_ms as number) <= nowMs) {
      this.#run('DELETE FROM sessions WHERE expires_ms <= ?', nowMs);
      return undefined;
    }
    return { id, username: row.username as string, expiresAt: new Date(row.expires_ms as number).toISOString() };
  }

  async deleteSession(id: string): Promise<void> {
    this.#run('DELETE FROM sessions WHERE id_hash = ?', sessionKey(id));
  }

  /**
   * Runs `write` once per (scope, key): a key seen with the same request hash gives back the stored response and
   * writes nothing; with another hash, a conflict. The check, the write and the stored response are one transaction
   * (a savepoint in a group commit).
   */
  #idempotent<T>(
    scope: IdempotencyScope,
    key: string,
    requestHash: string,
    write: () => { value: T; response: IdempotentResponse },
  ): Promise<IdempotentOutcome<T>> {
    if (typeof requestHash !== 'string' || requestHash === '') throw new TypeError('The request hash is empty.');
    return this.#grouped((): IdempotentOutcome<T> => {
      const seen = this.#get('SELECT request_hash, response FROM idempotency_keys WHERE scope = ? AND key = ?', scope, key);
      if (seen) return replayOrConflict(seen, requestHash);
      const { value, response } = write();
      this.#run(
        'INSERT INTO idempotency_keys (scope, key, request_hash, response, created_ms) VALUES (?, ?, ?, ?, ?)',
        scope,
        key,
        requestHash,
        responseJson(response),
        Date.now(),
      );
      return { kind: 'created', value, response };
    });
  }

  /**
   * Group commit: `work` runs in the next commit of the writes asked for in the same turn of the event loop, each in
   * its own savepoint, so each is still all-or-nothing (one that throws is rolled back alone and rejects alone) and
   * sees the ones before it (a repeated key in the same group is a replay). The promise settles after the COMMIT, so
   * an answer is only ever sent for what is durable. One commit per group rather than per write: under load the
   * commit was the largest single cost of a filing (measured: bench/server/load.mjs).
   */
  #grouped<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#group.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.#group.length === 1) setImmediate(() => this.#commitGroup());
    });
  }

  #commitGroup(): void {
    const group = this.#group;
    if (group.length === 0) return;
    this.#group = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.#immediate(() => {
        for (const { work } of group) {
          try {
            outcomes.push({ ok: true, value: this.#transaction(work) }); // nested: a savepoint
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const write of group) write.reject(error); // BEGIN or COMMIT failed: none of them is stored
      return;
    }
    group.forEach((write, index) => {
      const outcome = outcomes[index] as (typeof outcomes)[number];
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  }

  /** `work` in a `BEGIN IMMEDIATE` transaction: the write lock is taken first, so what it reads stays true until commit. */
  #immediate<T>(work: () => T): T {
    return this.#transaction.immediate(work) as T;
  }

  #appendEvents(code: string, agencyId: string, events: readonly DossierEvent[], firstSequence: number): void {
    events.forEach((event, index) => {
      this.#run(
        'INSERT INTO events (dossier_code, sequence, agency_id, at_ms, event) VALUES (?, ?, ?, ?, ?)',
        code,
        firstSequence + index,
        agencyId,
        instantMs(event?.at, `The time of event ${firstSequence + index} of ${code}`),
        toJson(event),
      );
    });
  }

  /** Files an attachment with its dossier; one uploaded before (a result file) gets its dossier code here. */
  #fileAttachment(record: AttachmentRecord, code: string): void {
    checkFiledAttachment(record, code);
    const existing = this.#get('SELECT sha256, dossier_code FROM attachments WHERE id = ?', record.id);
    if (!existing) {
      this.#run(
        'INSERT INTO attachments (id, sha256, file_name, media_type, size, dossier_code, field, created_at, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ...attachmentParameters(record),
      );
      return;
    }
    checkRefiledAttachment(record, existing.sha256 as string, existing.dossier_code as string | null);
    this.#run('UPDATE attachments SET dossier_code = ?, field = ? WHERE id = ?', code, record.field, record.id);
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #run(sql: string, ...parameters: Parameter[]): Database.RunResult {
    return this.#statement(sql).run(...parameters);
  }

  #get(sql: string, ...parameters: Parameter[]): Row | undefined {
    return this.#statement(sql).get(...parameters) as Row | undefined;
  }

  #all(sql: string, ...parameters: Parameter[]): Row[] {
    return this.#statement(sql).all(...parameters) as Row[];
  }
}

/** The WHERE clause of a dossier filter; undefined when it can match nothing (an empty list of state kinds). */
function dossierWhere(filter: Pick<DossierListFilter, 'agencyId' | 'stateKinds'>): { where?: string; parameters: Parameter[] } {
  const kinds = stateKindsOf(filter);
  if (kinds !== undefined && kinds.length === 0) return { parameters: [] };
  const where = new Where();
  if (filter.agencyId !== undefined) where.add('agency_id = ?', filter.agencyId);
  if (kinds !== undefined) where.add(`state_kind IN (${kinds.map(() => '?').join(', ')})`, ...kinds);
  return { where: where.sql, parameters: where.parameters };
}

/** Conditions joined with AND, with their parameters in order. */
class Where {
  readonly #conditions: string[] = [];
  readonly parameters: Parameter[] = [];

  add(condition: string, ...parameters: Parameter[]): void {
    this.#conditions.push(condition);
    this.parameters.push(...parameters);
  }

  get sql(): string {
    return this.#conditions.length === 0 ? '' : `WHERE ${this.#conditions.join(' AND ')}`;
  }
}

function replayOrConflict<T>(seen: Row, requestHash: string): IdempotentOutcome<T> {
  if (seen.request_hash !== requestHash) return { kind: 'conflict' };
  return { kind: 'replayed', response: fromJson<IdempotentResponse>(seen.response) };
}

function dossierFromRow(row: Row): DossierRecord {
  return { ...fromJson<Omit<DossierRecord, 'version'>>(row.record), version: row.version as number };
}

function paymentFromRow(row: Row): PaymentRecord {
  return { ...fromJson<Omit<PaymentRecord, 'version'>>(row.record), version: row.version as number };
}

function attachmentParameters(record: AttachmentRecord): Parameter[] {
  return [
    record.id,
    record.sha256,
    record.fileName,
    record.mediaType,
    record.size,
    record.dossierCode ?? null,
    record.field,
    record.createdAt,
    instantMs(record.createdAt, 'createdAt'),
  ];
}

function attachmentFromRow(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size),
    ...(row.dossier_code === null ? {} : { dossierCode: row.dossier_code }),
    field: row.field,
    createdAt: row.created_at,
  };
}

function settleMs(record: PaymentRecord): number | null {
  return record.settleAt === undefined ? null : instantMs(record.settleAt, 'settleAt');
}
