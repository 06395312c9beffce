/**
 * What the SQLite and PostgreSQL stores share: the checks on what the routes hand them (a wrong argument is a bug in
 * the caller, reported with a clear message before anything is written), the dossier code's format, and how records
 * become rows and back. Nothing here touches a database.
 */
import type {
  AttachmentRecord,
  DossierListFilter,
  DossierRecord,
  EventListFilter,
  IdempotentResponse,
  OfficerRecord,
  PaymentRecord,
} from './types.js';
import { createHash } from 'node:crypto';

/** `listDossiers` returns at most this many rows at once. */
export const MAX_LIST_LIMIT = 200;
/** `listDossiers` without a limit. */
export const DEFAULT_LIST_LIMIT = 50;
/** The sequence of a code has at least this many digits (`-0001`); past 9999 it grows. */
export const CODE_SEQUENCE_DIGITS = 4;
/** Idempotency keys as the API accepts them (the routes check first; the store refuses anything else too). */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `<agency electronic id>-<yymmdd>`: dots, digits and letters, then the date. */
const CODE_PREFIX = /^[0-9A-Za-z.]{1,30}-\d{6}$/;

/** `<prefix>-0001`; a sequence past 9999 keeps all its digits (`-10000`). */
export function formatDossierCode(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(CODE_SEQUENCE_DIGITS, '0')}`;
}

/** The instant in milliseconds since the epoch, for ordering (ISO text with zones does not sort). */
export function instantMs(instant: string, what: string): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is not an ISO 8601 instant: ${JSON.stringify(instant)}`);
  return ms;
}

export function checkIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new RangeError('The idempotency key must be 8 to 100 characters of A-Z, a-z, 0-9, "_" or "-".');
  }
}

export function checkSha256(sha256: string, what = 'sha256'): void {
  if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) throw new RangeError(`${what} must be 64 lowercase hex digits.`);
}

export function checkCodePrefix(prefix: string): void {
  if (typeof prefix !== 'string' || !CODE_PREFIX.test(prefix)) {
    throw new RangeError(`The code prefix must be "<agency id>-<yymmdd>", not ${JSON.stringify(prefix)}.`);
  }
}

/** The page a `listDossiers` call asks for, checked: limit 1–200 (50 when absent), offset ≥ 0. */
export function pageOf(filter: DossierListFilter): { limit: number; offset: number } {
  const limit = filter.limit ?? DEFAULT_LIST_LIMIT;
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new RangeError(`The limit must be a whole number from 1 to ${MAX_LIST_LIMIT}, not ${limit}.`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`The offset must be a whole number ≥ 0, not ${offset}.`);
  return { limit, offset };
}

/** The state kinds of a filter: undefined for all; an empty list matches nothing. */
export function stateKindsOf(filter: Pick<DossierListFilter, 'stateKinds'>): readonly string[] | undefined {
  const kinds = filter.stateKinds;
  if (kinds === undefined) return undefined;
  if (!Array.isArray(kinds) || kinds.some((kind) => typeof kind !== 'string')) throw new TypeError('stateKinds must be a list of state kinds.');
  return kinds;
}

/** The time range of an event query in milliseconds. */
export function eventRangeOf(filter: EventListFilter): { fromMs?: number; toMs?: number } {
  return {
    ...(filter.from === undefined ? {} : { fromMs: instantMs(filter.from, 'from') }),
    ...(filter.to === undefined ? {} : { toMs: instantMs(filter.to, 'to') }),
  };
}

/** A dossier record must carry its own code and at least its first event. */
export function checkDossierRecord(record: DossierRecord, code?: string): void {
  const dossier = record?.dossier;
  if (!dossier || typeof dossier.code !== 'string') throw new TypeError('The record has no dossier code.');
  if (code !== undefined && dossier.code !== code) {
    throw new RangeError(`The record's code ${JSON.stringify(dossier.code)} is not the allocated code ${JSON.stringify(code)}.`);
  }
  if (typeof record.agencyId !== 'string' || record.agencyId === '') throw new TypeError(`Dossier ${dossier.code} has no agencyId.`);
  if (!Number.isInteger(record.version)) throw new TypeError(`Dossier ${dossier.code} has no version.`);
  if (!Array.isArray(dossier.events) || dossier.events.length === 0) throw new RangeError(`Dossier ${dossier.code} has no events.`);
  if (typeof dossier.state?.kind !== 'string') throw new TypeError(`Dossier ${dossier.code} has no state.`);
  instantMs(dossier.submittedAt, `The submittedAt of ${dossier.code}`);
}

export function checkAttachmentRecord(record: AttachmentRecord): void {
  if (typeof record?.id !== 'string' || record.id === '') throw new TypeError('The attachment has no id.');
  checkColumnText(record.fileName, `The file name of attachment ${record.id}`);
  checkColumnText(record.mediaType, `The media type of attachment ${record.id}`);
  checkColumnText(record.field, `The field of attachment ${record.id}`);
  checkSha256(record.sha256, `The sha256 of attachment ${record.id}`);
  if (!Number.isSafeInteger(record.size) || record.size < 0) throw new RangeError(`The size of attachment ${record.id} is not a byte count.`);
  instantMs(record.createdAt, `The createdAt of attachment ${record.id}`);
}

/** An unpaired UTF-16 surrogate: it has no UTF-8 form, so a text column would store U+FFFD in its place. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text for a plain column: PostgreSQL's text refuses NUL and neither database can keep a lone surrogate, so such
 * text is refused here, in both stores alike, rather than failing in one and changing in the other. (JSON columns
 * keep both, escaped.)
 */
export function checkColumnText(value: string, what: string): void {
  if (typeof value !== 'string') throw new TypeError(`${what} is not text.`);
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    throw new RangeError(`${what} contains a NUL character or an unpaired surrogate, which cannot be stored as text.`);
  }
}

/** The record without its version: the version lives in its own column, the one the optimistic write compares. */
export function dossierJson(record: DossierRecord): string {
  const { version: _version, ...rest } = record;
  return toJson(rest);
}

export function paymentJson(record: PaymentRecord): string {
  const { version: _version, ...rest } = record;
  return toJson(rest);
}

export function responseJson(response: IdempotentResponse): string {
  if (!Number.isInteger(response?.status)) throw new TypeError('The idempotent response has no status.');
  return toJson(response);
}

export function officerJson(officer: OfficerRecord): string {
  if (typeof officer?.username !== 'string' || officer.username === '') throw new TypeError('The officer has no username.');
  if (typeof officer.agency?.id !== 'string') throw new TypeError(`Officer ${officer.username} has no agency id.`);
  return toJson(officer);
}

/** JSON text for a column; refuses what JSON cannot hold rather than storing it changed. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('The value cannot be stored as JSON.');
  return text;
}

/** Reads a JSON column: text in SQLite; PostgreSQL's driver may already have parsed it. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * Session ids are bearer secrets: the store keeps only their SHA-256, so a copy of the database opens no session.
 */
export function sessionKey(id: string): string {
  if (typeof id !== 'string' || id === '') throw new TypeError('The session id is empty.');
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

export function checkPaymentRecord(record: PaymentRecord): void {
  if (typeof record?.id !== 'string' || record.id === '') throw new TypeError('The payment has no id.');
  if (typeof record.dossierCode !== 'string') throw new TypeError(`Payment ${record.id} has no dossier code.`);
  if (!Number.isInteger(record.version)) throw new TypeError(`Payment ${record.id} has no version.`);
}

export function checkNextVersion(nextVersion: number, expectedVersion: number): void {
  if (!Number.isInteger(expectedVersion) || nextVersion !== expectedVersion + 1) {
    throw new RangeError(`The next version must be the read version + 1 (${expectedVersion} + 1), not ${nextVersion}.`);
  }
}

export function checkBatchLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new RangeError(`The batch limit must be a whole number from 1 to 1000, not ${limit}.`);
}

/** An attachment filed with a dossier belongs to it. */
export function checkFiledAttachment(record: AttachmentRecord, code: string): void {
  checkAttachmentRecord(record);
  if (record.dossierCode !== code) {
    throw new RangeError(`Attachment ${record.id} is filed with ${code} but names ${JSON.stringify(record.dossierCode)}.`);
  }
}

/** An attachment uploaded earlier may join one dossier, once, with the same content. */
export function checkRefiledAttachment(record: AttachmentRecord, storedSha256: string, storedDossierCode: string | null): void {
  if (storedSha256 !== record.sha256) throw new RangeError(`Attachment ${record.id} exists with other content.`);
  if (storedDossierCode !== null && storedDossierCode !== record.dossierCode) {
    throw new RangeError(`Attachment ${record.id} already belongs to dossier ${storedDossierCode}.`);
  }
}
