/**
 * What the server keeps, behind one interface with two implementations: SQLite embedded (the default, one process)
 * and PostgreSQL (several server instances behind a load balancer). Everything the routes need goes through
 * `DossierStore`; nothing else touches the database. The store is dumb about the domain: the routes decide (with
 * `@dvc-kit/dossier`'s lifecycle) and the store writes atomically, with optimistic concurrency on each dossier.
 *
 * Times are ISO 8601 instants with their zone (`Instant`); amounts are integer VND.
 */
import type { Agency, Dossier, DossierEvent, DossierPayment, Instant } from '@dvc-kit/dossier/types';

/** The applicant as filed, unmasked: kept for the second-factor check and the officer's view, never sent to a lookup. */
export interface ApplicantRecord {
  name: string;
  /** 12-digit personal ID number, digits only. */
  idNumber?: string;
  /** 10-digit mobile number, digits only. */
  phone?: string;
  email?: string;
}

/** One attached file: its bytes are in the `BlobStore` under `sha256`; the row says whose and what it is. */
export interface AttachmentRecord {
  /** Opaque id (random, URL-safe). */
  id: string;
  /** Hex SHA-256 of the bytes: the blob's key. */
  sha256: string;
  /** As the citizen named it (NFC, at most 255 characters). */
  fileName: string;
  /** The type read from the content (magic bytes), not the name. */
  mediaType: string;
  size: number;
  /** The dossier it belongs to, once filed; absent for a result file not yet attached. */
  dossierCode?: string;
  /** The JSON Pointer of its field in the dossier data (`/attachments/application`), or `result` for an electronic result. */
  field: string;
  createdAt: Instant;
}

/** A filed dossier as stored: the view a widget reads, plus what only the server and the officer see. */
export interface DossierRecord {
  /** The view (`readDossier` accepts it once masked); `dossier.code` is the key. */
  dossier: Dossier;
  /** The agency whose officers see and act on it (its electronic identifier). */
  agencyId: string;
  applicant: ApplicantRecord;
  /** The procedure's form data as filed and validated (file fields hold file metadata). */
  data: unknown;
  /** Bumped by every write; `updateDossier` writes only over the version it read. */
  version: number;
}

/** One row of the event log: a dossier event with the dossier and agency it belongs to, for statistics. */
export interface EventRecord {
  dossierCode: string;
  agencyId: string;
  /** Its place in the dossier's history, from 0. */
  sequence: number;
  event: DossierEvent;
}

/** A payment attempt of a dossier's fees. */
export interface PaymentRecord {
  /** Opaque id. */
  id: string;
  dossierCode: string;
  payment: DossierPayment;
  /** When the demo gateway settles it (paid or failed); absent once settled. */
  settleAt?: Instant;
  /** The demo gateway was told to fail this one. */
  willFail?: boolean;
  version: number;
}

/** An officer of one agency, for the demo console. */
export interface OfficerRecord {
  username: string;
  displayName: string;
  agency: Required<Agency>;
  /** `scrypt$<salt hex>$<key hex>` (node:crypto scrypt). */
  passwordHash: string;
}

export interface SessionRecord {
  /** Random, 32 bytes base64url: the cookie's value is this id. */
  id: string;
  username: string;
  expiresAt: Instant;
}

/** What an idempotency key protects: a submission or a payment start. */
export type IdempotencyScope = 'submit' | 'payment';

/** The answer first given for an idempotency key, returned as is when the key comes again with the same request. */
export interface IdempotentResponse {
  status: number;
  body: unknown;
}

/** The outcome of a write guarded by an idempotency key. */
export type IdempotentOutcome<T> =
  | { kind: 'created'; value: T; response: IdempotentResponse }
  /** The key was seen with the same request: nothing written, the first answer again. */
  | { kind: 'replayed'; response: IdempotentResponse }
  /** The key was seen with a different request (its hash differs): nothing written. */
  | { kind: 'conflict' };

export interface NewDossierInput {
  idempotencyKey: string;
  /** Hex SHA-256 of the canonical request (procedure, data, attachment hashes): tells a replay from a conflict. */
  requestHash: string;
  /** The code's prefix: `<agency electronic id>-<yymmdd>` in Vietnam time. The store appends the day's sequence. */
  codePrefix: string;
  /**
   * Builds the record once the code is known (`<codePrefix>-0001`; a sequence past 9999 grows to 5 digits). It runs
   * inside the transaction: synchronous, quick, no I/O (store the blobs before). If it throws, nothing is written and
   * neither the key nor the code is used up.
   */
  build(code: string): { record: DossierRecord; attachments: AttachmentRecord[]; response: IdempotentResponse };
}

export interface DossierListFilter {
  agencyId?: string;
  /** Only dossiers whose current state is one of these kinds. */
  stateKinds?: readonly string[];
  /** Newest first; 1 to 200, 50 when absent (anything else is refused with a RangeError). */
  limit?: number;
  offset?: number;
}

export interface EventListFilter {
  /** Events at or after this instant. */
  from?: Instant;
  /** Events before this instant. */
  to?: Instant;
  agencyId?: string;
}

/**
 * Arguments a store cannot write as given (a malformed key, an instant that does not parse, a record without its
 * code or events, a next version that is not the read one + 1) are refused with a TypeError or RangeError before
 * anything is written: they are bugs in the caller, not conflicts.
 */
export interface DossierStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the tables (numbered migrations, each applied once, recorded in `schema_migrations`). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /**
   * Files a dossier in one transaction: checks the key, allocates the next sequence of `codePrefix` (unique even with
   * several server instances), writes the dossier, its first event, its attachments' rows and the key's response.
   */
  insertDossier(input: NewDossierInput): Promise<IdempotentOutcome<DossierRecord>>;
  getDossier(code: string): Promise<DossierRecord | undefined>;
  /**
   * Writes `next` (with `version` = the read version + 1) if the stored version is still `expectedVersion`, with the
   * events appended since (`newEvents`) and any attachments that come with them (a result file); false when another
   * write came first, or there is no such dossier (the caller reads again and retries or reports a conflict).
   * The attachments must name this dossier; one uploaded earlier without a dossier joins it, one of another dossier
   * is refused. The events' sequences continue the dossier's log; they belong to `next.agencyId`.
   */
  updateDossier(next: DossierRecord, expectedVersion: number, newEvents: readonly DossierEvent[], attachments?: readonly AttachmentRecord[]): Promise<boolean>;
  listDossiers(filter: DossierListFilter): Promise<DossierRecord[]>;
  countDossiers(filter: Omit<DossierListFilter, 'limit' | 'offset'>): Promise<number>;
  /** The event log, oldest first, for statistics. */
  listEvents(filter: EventListFilter): Promise<EventRecord[]>;

  /** An attachment uploaded before its dossier (an officer's result file) or filed with it. */
  saveAttachment(record: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | undefined>;
  listAttachments(dossierCode: string): Promise<AttachmentRecord[]>;

  /** Starts a payment once per key (scope `payment`). */
  insertPayment(input: {
    idempotencyKey: string;
    requestHash: string;
    build(): { record: PaymentRecord; response: IdempotentResponse };
  }): Promise<IdempotentOutcome<PaymentRecord>>;
  /** The dossier's latest payment attempt. */
  latestPayment(dossierCode: string): Promise<PaymentRecord | undefined>;
  /** Payments whose `settleAt` has passed, for the demo gateway. */
  duePayments(now: Instant, limit: number): Promise<PaymentRecord[]>;
  /** Optimistic write, as `updateDossier`. */
  updatePayment(next: PaymentRecord, expectedVersion: number): Promise<boolean>;

  upsertOfficer(officer: OfficerRecord): Promise<void>;
  getOfficer(username: string): Promise<OfficerRecord | undefined>;
  createSession(session: SessionRecord): Promise<void>;
  /** The session if it expires after `now` (its `expiresAt` comes back in UTC); an expired one is deleted. */
  getSession(id: string, now: Instant): Promise<SessionRecord | undefined>;
  deleteSession(id: string): Promise<void>;
}

/** Where attachment bytes live: a folder on disk by default; an S3-compatible bucket behind the same two calls. */
export interface BlobStore {
  /** Stores the bytes under their SHA-256 (written once: the same content is stored once). */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when there are none under that hash. */
  get(sha256: string): Promise<Uint8Array | undefined>;
}
