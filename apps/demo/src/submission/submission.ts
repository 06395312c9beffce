/**
 * Filing a dossier with the service centre's server (`POST /api/dossiers`, api13): the request a valid form's
 * `dvc-submit` becomes, and the server's answer read into what the page does next. No DOM here (tested in Node).
 */
import { isReceipt, type Receipt } from './receipt.js';

/** The files of a `dvc-submit`, by the JSON Pointer of their field. */
export type FilesByPointer = Readonly<Record<string, readonly File[]>>;

export interface Submission {
  procedure: string;
  data: unknown;
  files: FilesByPointer;
}

/** The request body: multipart with a `submission` part and one part per file (named by its field), or JSON when there are no files. */
export function submissionBody({ procedure, data, files }: Submission): FormData | string {
  const submission = { procedure, data, channel: 'ONLINE' };
  const attached = Object.entries(files).filter(([, list]) => list.length > 0);
  if (attached.length === 0) return JSON.stringify(submission);
  const form = new FormData();
  form.append('submission', JSON.stringify(submission));
  // In the order of the data's metadata arrays: the form gives each field's files in that order.
  for (const [pointer, list] of attached) for (const file of list) form.append(pointer, file, file.name);
  return form;
}

/**
 * What identifies a submission for retries: the procedure, the data and each file's name, size, type and date. The
 * same fingerprint reuses the same idempotency key; any change makes a new one.
 */
export async function submissionFingerprint({ procedure, data, files }: Submission): Promise<string> {
  const fileFacts = Object.entries(files).map(([pointer, list]) => [pointer, list.map((f) => [f.name, f.size, f.type, f.lastModified])]);
  const text = canonicalJson({ procedure, data, files: fileFacts });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

/** One field's error as the server gives it (error.schema.json). */
export interface FieldError {
  pointer: string;
  message: string;
}

export type SubmitOutcome =
  | { kind: 'created'; code: string; receipt: Receipt; receiptToken: string; replayed: boolean }
  /** The data failed the procedure's validator on the server: per field. */
  | { kind: 'invalid'; message: string; errors: FieldError[] }
  /** Refused for good (file type, size, conflict, unknown procedure): sending again will not help. */
  | { kind: 'refused'; code: string; message: string; messageEn?: string; status: number }
  /** Not filed, for now (no network, a timeout, the server busy or failing): the same request may be sent again. */
  | { kind: 'retry'; message: string; status?: number };

/** Reads the server's answer. `body` is the parsed JSON, or undefined when it was not JSON. */
export function readSubmitAnswer(status: number, body: unknown, replayed = false): SubmitOutcome {
  const record = isRecord(body) ? body : {};
  if (status === 201) {
    const { code, receipt, receiptToken } = record;
    if (typeof code === 'string' && code && isReceipt(receipt) && typeof receiptToken === 'string') {
      return { kind: 'created', code, receipt, receiptToken, replayed };
    }
    // Filed, but the answer is unreadable: the same key sent again gets the same answer (a replay).
    return { kind: 'retry', message: 'malformed-answer', status };
  }
  const message = typeof record.message === 'string' ? record.message : '';
  const code = typeof record.code === 'string' ? record.code : '';
  if (status === 400 && Array.isArray(record.errors)) {
    const errors = record.errors.filter(
      (e): e is FieldError => isRecord(e) && typeof e.pointer === 'string' && typeof e.message === 'string',
    );
    return { kind: 'invalid', message, errors: errors.map(({ pointer, message }) => ({ pointer, message })) };
  }
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', message, status };
  const refused: SubmitOutcome = { kind: 'refused', code: code || `http-${status}`, message, status };
  if (typeof record.messageEn === 'string' && record.messageEn) refused.messageEn = record.messageEn;
  return refused;
}

export interface SendOptions {
  key: string;
  fetch?: typeof fetch;
  /** Give up waiting after this long (the request may still have been filed: a retry with the same key finds it). */
  timeoutMs?: number;
  url?: string;
}

/** Sends the submission once; network failures and timeouts are a `retry` outcome, never a throw. */
export async function sendSubmission(submission: Submission, options: SendOptions): Promise<SubmitOutcome> {
  const { key, fetch: fetchFn = globalThis.fetch, timeoutMs = 30_000, url = '/api/dossiers' } = options;
  const body = submissionBody(submission);
  const headers: Record<string, string> = { 'Idempotency-Key': key, accept: 'application/json' };
  if (typeof body === 'string') headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { method: 'POST', headers, body, signal: controller.signal, credentials: 'same-origin' });
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      parsed = undefined;
    }
    return readSubmitAnswer(response.status, parsed, response.headers.get('Idempotent-Replayed') === 'true');
  } catch (error) {
    return { kind: 'retry', message: controller.signal.aborted ? 'timeout' : String(error instanceof Error ? error.message : error) };
  } finally {
    clearTimeout(timer);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
