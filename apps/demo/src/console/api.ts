/**
 * The officer API of the demo server (`/api/officer/*`, docs in schemas/api and apps/server): sign in and out, the
 * agency's queue, one dossier unmasked, its actions, the result upload. The session is an HttpOnly cookie the page
 * never sees; `me()` says who is signed in. Every answer is checked for the fields the console reads before it is
 * used, and every failure becomes an `ApiError` with the server's message (Vietnamese, `messageEn` when it gave one)
 * and its per-field errors. DOM-free apart from `fetch`, `FormData` and `Blob`, which Node has too.
 */
import type { Agency, Dossier, DossierEvent, DossierState, Instant, SubmissionChannel } from '@dvc-kit/dossier/types';
import type { ActionRequest } from './actions.js';

export interface Officer {
  username: string;
  displayName: string;
  agency: Required<Agency>;
}

/** A queue row: what the table shows of one dossier (the server's row, or a whole dossier read down to it). */
export interface QueueItem {
  code: string;
  procedure: { code: string; name: string };
  applicantName: string;
  state: DossierState;
  /** How it was filed; absent when the server's row leaves it out. */
  channel?: SubmissionChannel;
  submittedAt: Instant;
  dueAt?: Instant;
  revisedDueAt?: Instant;
  /** The history, when the server sent the whole dossier (to say how a finished one did). */
  events?: DossierEvent[];
  /** The appointment expected at submission (before receipt fixes `dueAt`). */
  expectedDueAt?: Instant;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  limit: number;
  offset: number;
}

export interface ApplicantDetails {
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  mediaType?: string;
  size?: number;
  /** The JSON Pointer of its field in the form data, or `result`. */
  field?: string;
  sha256?: string;
}

/** One dossier as its agency's officer sees it. */
export interface OfficerDossier {
  dossier: Dossier;
  applicant: ApplicantDetails;
  data: unknown;
  version: number;
  agencyId?: string;
  attachments: AttachmentInfo[];
  expectedDueAt?: Instant;
}

export const API_ERROR_CODES = [
  'invalid-request',
  'unauthorized',
  'not-found',
  'invalid-transition',
  'version-conflict',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'server',
  'network',
  'malformed',
] as const;
/** The server's `code` (or the console's own, for no answer and an answer it cannot read). */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | (string & {});

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** In English, when the server gave it. */
  readonly messageEn?: string;
  /** Per field: the JSON Pointer of the value in the request. */
  readonly errors: readonly { pointer: string; message: string }[];
  /** Whether the server's message may be shown as is (it came from the server, in plain text). */
  readonly fromServer: boolean;

  constructor(code: ApiErrorCode, status: number, message: string, details: { messageEn?: string; errors?: readonly { pointer: string; message: string }[]; fromServer?: boolean } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    if (details.messageEn !== undefined) this.messageEn = details.messageEn;
    this.errors = details.errors ?? [];
    this.fromServer = details.fromServer ?? false;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface OfficerApi {
  me(): Promise<Officer | undefined>;
  login(username: string, password: string): Promise<Officer>;
  logout(): Promise<void>;
  queue(query: { state?: string; limit: number; offset: number }): Promise<QueuePage>;
  dossier(code: string): Promise<OfficerDossier>;
  act(code: string, request: ActionRequest): Promise<void>;
  uploadResult(file: Blob, fileName: string): Promise<string>;
  /** The prepared schema of a procedure, for the data's labels; undefined when there is none. */
  procedureSchema(id: string): Promise<unknown>;
  attachmentUrl(id: string): string;
}

// ------------------------------------------------------------------ readers

/** `@dvc-kit/procedure`'s SUBMISSION_CHANNELS, written out so the page does not load the procedure package's index. */
const SUBMISSION_CHANNELS = ['ONLINE', 'DIRECT', 'POSTAL'] as const satisfies readonly SubmissionChannel[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function malformed(what: string): ApiError {
  return new ApiError('malformed', 200, `Máy chủ trả về dữ liệu không đúng: ${what}.`, { messageEn: `The server's answer is not what the console expects: ${what}.` });
}

export function readOfficer(body: unknown): Officer {
  const officer = isObject(body) && isObject(own(body, 'officer')) ? (own(body, 'officer') as Record<string, unknown>) : body;
  if (!isObject(officer)) throw malformed('officer');
  const agency = own(officer, 'agency');
  const username = stringOr(own(officer, 'username'));
  if (!username || !isObject(agency) || typeof own(agency, 'id') !== 'string' || typeof own(agency, 'name') !== 'string') throw malformed('officer');
  return {
    username,
    displayName: stringOr(own(officer, 'displayName')) ?? username,
    agency: { id: own(agency, 'id') as string, name: own(agency, 'name') as string },
  };
}

function readDossierShape(value: unknown, where: string): Dossier {
  if (!isObject(value)) throw malformed(where);
  const state = own(value, 'state');
  const procedure = own(value, 'procedure');
  if (typeof own(value, 'code') !== 'string' || !isObject(state) || typeof own(state, 'kind') !== 'string' || !isObject(procedure) || !Array.isArray(own(value, 'events'))) {
    throw malformed(where);
  }
  return value as unknown as Dossier;
}

/** A record (`{ dossier, applicant, data, version, … }`), or the record under `record`, or a bare dossier. */
function recordParts(value: unknown, where: string): { record: Record<string, unknown>; dossier: Dossier } {
  if (!isObject(value)) throw malformed(where);
  const record = isObject(own(value, 'record')) ? (own(value, 'record') as Record<string, unknown>) : value;
  const dossier = readDossierShape(isObject(own(record, 'dossier')) ? own(record, 'dossier') : record, where);
  return { record, dossier };
}

function applicantOf(record: Record<string, unknown>, dossier: Dossier): ApplicantDetails {
  const applicant = own(record, 'applicant');
  const source = isObject(applicant) ? applicant : (dossier.applicant as unknown as Record<string, unknown>) ?? {};
  const result: ApplicantDetails = { name: stringOr(own(source, 'name')) ?? '' };
  for (const key of ['idNumber', 'phone', 'email'] as const) {
    const value = stringOr(own(source, key));
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * One row of the queue: the server's summary (`{ code, procedure, applicantName, state, submittedAt, dueAt?, … }`),
 * or a record or a dossier, read down to what the table shows.
 */
function readQueueItem(entry: unknown, where: string): QueueItem {
  if (!isObject(entry)) throw malformed(where);
  const whole = isObject(own(entry, 'dossier')) || Array.isArray(own(entry, 'events'));
  const { record, dossier } = whole ? recordParts(entry, where) : { record: entry, dossier: entry as unknown as Dossier };
  const source = dossier as unknown as Record<string, unknown>;
  const procedure = own(source, 'procedure');
  const state = own(source, 'state');
  const code = own(source, 'code');
  const submittedAt = own(source, 'submittedAt');
  if (typeof code !== 'string' || !isObject(procedure) || !isObject(state) || typeof own(state, 'kind') !== 'string' || typeof submittedAt !== 'string') throw malformed(where);
  const channel = own(source, 'channel');
  const item: QueueItem = {
    code,
    procedure: { code: stringOr(own(procedure, 'code')) ?? '', name: stringOr(own(procedure, 'name')) ?? '' },
    applicantName: stringOr(own(record, 'applicantName')) ?? applicantOf(record, dossier).name,
    state: state as unknown as DossierState,
    submittedAt,
  };
  if ((SUBMISSION_CHANNELS as readonly unknown[]).includes(channel)) item.channel = channel as SubmissionChannel;
  for (const key of ['dueAt', 'revisedDueAt', 'expectedDueAt'] as const) {
    const value = stringOr(own(record, key)) ?? stringOr(own(source, key));
    if (value !== undefined) item[key] = value;
  }
  if (whole) item.events = dossier.events;
  return item;
}

export function readQueuePage(body: unknown, query: { limit: number; offset: number }): QueuePage {
  if (!isObject(body)) throw malformed('queue');
  const list = own(body, 'items') ?? own(body, 'dossiers');
  if (!Array.isArray(list)) throw malformed('queue');
  const items = list.map((entry, index) => readQueueItem(entry, `queue item ${index}`));
  const total = own(body, 'total');
  return {
    items,
    total: typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : query.offset + items.length,
    limit: query.limit,
    offset: query.offset,
  };
}

export function readOfficerDossier(body: unknown): OfficerDossier {
  const { record, dossier } = recordParts(body, 'dossier');
  const version = own(record, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) throw malformed('dossier version');
  const attachmentsRaw = (isObject(body) ? own(body, 'attachments') : undefined) ?? own(record, 'attachments') ?? [];
  if (!Array.isArray(attachmentsRaw)) throw malformed('attachments');
  const attachments = attachmentsRaw.map((entry, index): AttachmentInfo => {
    if (!isObject(entry) || typeof own(entry, 'id') !== 'string') throw malformed(`attachment ${index}`);
    const info: AttachmentInfo = { id: own(entry, 'id') as string, fileName: stringOr(own(entry, 'fileName')) ?? (own(entry, 'id') as string) };
    const mediaType = stringOr(own(entry, 'mediaType'));
    if (mediaType) info.mediaType = mediaType;
    const size = own(entry, 'size');
    if (typeof size === 'number' && Number.isFinite(size)) info.size = size;
    const field = stringOr(own(entry, 'field'));
    if (field) info.field = field;
    const sha256 = stringOr(own(entry, 'sha256'));
    if (sha256) info.sha256 = sha256;
    return info;
  });
  const result: OfficerDossier = { dossier, applicant: applicantOf(record, dossier), data: own(record, 'data'), version, attachments };
  const agencyId = stringOr(own(record, 'agencyId'));
  if (agencyId) result.agencyId = agencyId;
  const expected = stringOr(own(record, 'expectedDueAt')) ?? stringOr(own(dossier as unknown as Record<string, unknown>, 'expectedDueAt'));
  if (expected) result.expectedDueAt = expected;
  return result;
}

/** The error body `{ code, message, messageEn?, errors? }`, or a generic error when the body is not one. */
export function readError(status: number, body: unknown): ApiError {
  if (isObject(body) && typeof own(body, 'code') === 'string' && typeof own(body, 'message') === 'string') {
    const rawErrors = own(body, 'errors');
    const errors = Array.isArray(rawErrors)
      ? rawErrors.filter((entry): entry is { pointer: string; message: string } => isObject(entry) && typeof own(entry, 'pointer') === 'string' && typeof own(entry, 'message') === 'string')
          .map((entry) => ({ pointer: entry.pointer, message: entry.message }))
      : [];
    const messageEn = stringOr(own(body, 'messageEn'));
    return new ApiError(own(body, 'code') as string, status, own(body, 'message') as string, { ...(messageEn ? { messageEn } : {}), errors, fromServer: true });
  }
  const code = status === 401 ? 'unauthorized' : status === 404 ? 'not-found' : status === 409 ? 'version-conflict' : status >= 500 ? 'server' : 'invalid-request';
  return new ApiError(code, status, `HTTP ${status}`);
}

// ------------------------------------------------------------------ the client

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** The client of the officer API under `base` (the page's `/api`). */
export function createOfficerApi(base = '/api', fetchImpl: FetchLike = (input, init) => fetch(input, init)): OfficerApi {
  const root = base.replace(/\/+$/, '');

  async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
    } catch {
      throw new ApiError('network', 0, 'Không kết nối được máy chủ.', { messageEn: 'The server could not be reached.' });
    }
    const text = await response.text().catch(() => '');
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        if (response.ok) throw malformed('not JSON');
      }
    }
    if (!response.ok) throw readError(response.status, body);
    return { status: response.status, body };
  }

  return {
    async me() {
      try {
        return readOfficer((await call('/officer/me')).body);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return undefined;
        throw error;
      }
    },
    async login(username, password) {
      return readOfficer((await call('/officer/login', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ username, password }) })).body);
    },
    async logout() {
      await call('/officer/logout', { method: 'POST' });
    },
    async queue(query) {
      const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) });
      if (query.state) params.set('state', query.state);
      return readQueuePage((await call(`/officer/dossiers?${params}`)).body, query);
    },
    async dossier(code) {
      return readOfficerDossier((await call(`/officer/dossiers/${encodeURIComponent(code)}`)).body);
    },
    async act(code, request) {
      await call(`/officer/dossiers/${encodeURIComponent(code)}/actions`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(request) });
    },
    async uploadResult(file, fileName) {
      const form = new FormData();
      form.append('file', file, fileName);
      const { body } = await call('/officer/results', { method: 'POST', body: form });
      const id = isObject(body) ? own(body, 'attachmentId') : undefined;
      if (typeof id !== 'string' || id === '') throw malformed('attachmentId');
      return id;
    },
    async procedureSchema(id) {
      try {
        return (await call(`/procedures/${encodeURIComponent(id)}/schema`)).body;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    attachmentUrl(id) {
      return `${root}/officer/attachments/${encodeURIComponent(id)}`;
    },
  };
}
