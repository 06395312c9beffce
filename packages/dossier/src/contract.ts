/**
 * Reads a server's answer against the contract of `schemas/api/` without ajv (which stays out of the browser): a
 * small hand check that builds a fresh value from the known own properties, so that nothing the contract does not
 * name reaches a widget. It checks what a widget relies on (types, required fields, enums, masked identifiers,
 * https links, integer VND, bounded lengths) and what JSON Schema cannot say (the state is the last event's, the
 * total is the sum of the lines, a revised date comes with its apology). Unknown properties are dropped, not refused,
 * so that a newer server does not break an older widget.
 */
import { toInstant } from '@dvc-kit/vn/calendar';
import type {
  Agency,
  Apology,
  Delivery,
  Dossier,
  DossierEvent,
  DossierFeeLine,
  DossierFees,
  DossierPayment,
  DossierState,
  ElectronicResult,
  FeeLineKind,
  MaskedApplicant,
  Payee,
  PaymentStatus,
  SubmissionChannel,
  SupplementItem,
} from './types.js';
import { DOSSIER_STATE_KINDS, OUTCOMES, PAYMENT_STATUSES, SUPPLEMENT_STAGES } from './types.js';

import { ContractError } from './contract-error.js';

export { ContractError };

type Json = Record<string, unknown>;

const DOSSIER_CODE = /^[!-~]{1,50}$/;
const PROCEDURE_CODE = /^[0-9]\.[0-9]{6}$/;
const AGENCY_ID = /^[!-~]{1,40}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;
const SHA256 = /^[0-9a-f]{64}$/;
const TRACKING = /^[!-~]{1,40}$/;
const BANK_BIN = /^[0-9]{6}$/;
const ACCOUNT = /^[0-9A-Za-z]{1,19}$/;
const PURPOSE = /^[ -~]{1,25}$/;
const REFERENCE_MAX = 100;
const MAX_SAFE_VND = Number.MAX_SAFE_INTEGER;
const SUBMISSION_CHANNELS: readonly SubmissionChannel[] = ['ONLINE', 'DIRECT', 'POSTAL'];
const FEE_LINE_KINDS: readonly FeeLineKind[] = ['PHI', 'LE_PHI', 'SERVICE_PRICE', 'POSTAGE'];

const fail = (at: string, message: string): never => {
  throw new ContractError(at, message);
};

function object(value: unknown, at: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(at, `must be an object, got ${kindOf(value)}`);
  return value as Json;
}

function array(value: unknown, at: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) fail(at, `must be a list, got ${kindOf(value)}`);
  const list = value as unknown[];
  if (list.length < min || list.length > max) fail(at, `must have ${min} to ${max} items, got ${list.length}`);
  return list;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

function required(json: Json, key: string, at: string): unknown {
  if (!Object.hasOwn(json, key)) fail(at, `"${key}" is required`);
  return json[key];
}

function text(value: unknown, at: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string') fail(at, `must be text, got ${kindOf(value)}`);
  const s = value as string;
  if (s.length < 1 || s.length > max) fail(at, `must be 1 to ${max} characters long, got ${s.length}`);
  if (pattern && !pattern.test(s)) fail(at, `has the wrong form: ${JSON.stringify(s.slice(0, 60))}`);
  return s;
}

function instant(value: unknown, at: string): string {
  const s = text(value, at, 40);
  try {
    toInstant(s);
  } catch {
    fail(at, `must be an ISO date-time with its zone, got ${JSON.stringify(s)}`);
  }
  return s;
}

function httpsUrl(value: unknown, at: string): string {
  const s = text(value, at, 2000);
  if (!/^https:\/\/[^\s/?#]+[^\s]*$/.test(s)) fail(at, `must be an https URL, got ${JSON.stringify(s.slice(0, 60))}`);
  return s;
}

function vnd(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_SAFE_VND) fail(at, `must be whole VND, at least 0, got ${JSON.stringify(value)}`);
  return value as number;
}

function integer(value: unknown, at: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) fail(at, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, at: string, values: readonly T[]): T {
  if (!values.includes(value as T)) fail(at, `must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** Sets `target[key]` from `json[key]` read by `read` when the own property is present. */
function optional<T, K extends keyof T & string>(target: T, key: K, json: Json, at: string, read: (value: unknown, at: string) => T[K]): void {
  if (Object.hasOwn(json, key)) target[key] = read(json[key], `${at}/${key}`);
}

/** A masked identity or phone number: digits and at least four `*`, at most 4 digits visible. */
function masked(value: unknown, at: string): string {
  const s = text(value, at, 15);
  const stars = s.split('*').length - 1;
  const digits = s.replace(/\*/g, '');
  if (!/^[0-9*]{6,15}$/.test(s) || stars < 4 || digits.length > 4) {
    fail(at, 'must be masked (digits and at least four *, at most 4 digits visible): the server must never send a full identity or phone number');
  }
  return s;
}

function agency(value: unknown, at: string): Agency {
  const json = object(value, at);
  const out: Agency = { name: text(required(json, 'name', at), `${at}/name`, 300) };
  optional(out, 'id', json, at, (v, p) => text(v, p, 40, AGENCY_ID));
  return out;
}

function supplementItem(value: unknown, at: string): SupplementItem {
  const json = object(value, at);
  const out: SupplementItem = { name: text(required(json, 'name', at), `${at}/name`, 300) };
  optional(out, 'componentKey', json, at, (v, p) => text(v, p, 64, KEY));
  optional(out, 'note', json, at, (v, p) => text(v, p, 1000));
  return out;
}

/** A state of the lifecycle, with the data its kind needs. */
export function readState(value: unknown, at = ''): DossierState {
  const json = object(value, at);
  const kind = oneOf(required(json, 'kind', at), `${at}/kind`, DOSSIER_STATE_KINDS);
  const reason = (max = 2000) => text(required(json, 'reason', at), `${at}/reason`, max);
  const optionalReason = (max = 2000): { reason?: string } => (Object.hasOwn(json, 'reason') ? { reason: text(json.reason, `${at}/reason`, max) } : {});
  switch (kind) {
    case 'SUBMITTED':
    case 'RECEIVED':
    case 'RETURNED':
      return { kind };
    case 'REFUSED':
    case 'STOPPED':
      return { kind, reason: reason() };
    case 'WITHDRAWN':
      return { kind, ...optionalReason() };
    case 'SUPPLEMENT_REQUIRED': {
      const state: DossierState = {
        kind,
        stage: oneOf(required(json, 'stage', at), `${at}/stage`, SUPPLEMENT_STAGES),
        reason: reason(),
        items: array(required(json, 'items', at), `${at}/items`, 1, 100).map((item, i) => supplementItem(item, `${at}/items/${i}`)),
      };
      optional(state, 'deadline', json, at, instant);
      return state;
    }
    case 'IN_PROCESS': {
      const state: DossierState = { kind, agency: agency(required(json, 'agency', at), `${at}/agency`) };
      optional(state, 'step', json, at, (v, p) => text(v, p, 300));
      optional(state, 'stepDueAt', json, at, instant);
      return state;
    }
    case 'PAYMENT_REQUIRED':
      return { kind, amount: vnd(required(json, 'amount', at), `${at}/amount`), ...optionalReason(1000) };
    case 'RESULT_READY': {
      const state: DossierState = { kind, outcome: oneOf(required(json, 'outcome', at), `${at}/outcome`, OUTCOMES), ...optionalReason() };
      if (state.outcome === 'REJECTED' && state.reason === undefined) fail(at, 'a rejection must carry its reason');
      return state;
    }
  }
}

function event(value: unknown, at: string): DossierEvent {
  const json = object(value, at);
  const out: DossierEvent = { state: readState(required(json, 'state', at), `${at}/state`), at: instant(required(json, 'at', at), `${at}/at`) };
  optional(out, 'agency', json, at, agency);
  optional(out, 'actor', json, at, (v, p) => text(v, p, 200));
  optional(out, 'note', json, at, (v, p) => text(v, p, 2000));
  return out;
}

/** The electronic result's metadata. */
export function readElectronicResult(value: unknown, at = ''): ElectronicResult {
  const json = object(value, at);
  const signed = required(json, 'signed', at);
  if (typeof signed !== 'boolean') fail(`${at}/signed`, `must be true or false, got ${kindOf(signed)}`);
  const out: ElectronicResult = {
    title: text(required(json, 'title', at), `${at}/title`, 300),
    issuedAt: instant(required(json, 'issuedAt', at), `${at}/issuedAt`),
    issuer: agency(required(json, 'issuer', at), `${at}/issuer`),
    fileName: text(required(json, 'fileName', at), `${at}/fileName`, 255),
    mediaType: text(required(json, 'mediaType', at), `${at}/mediaType`, 100, MEDIA_TYPE),
    signed: signed as boolean,
    downloadUrl: httpsUrl(required(json, 'downloadUrl', at), `${at}/downloadUrl`),
  };
  optional(out, 'documentNumber', json, at, (v, p) => text(v, p, 100));
  optional(out, 'size', json, at, (v, p) => integer(v, p, 0, Number.MAX_SAFE_INTEGER));
  optional(out, 'sha256', json, at, (v, p) => text(v, p, 64, SHA256));
  optional(out, 'expiresAt', json, at, instant);
  return out;
}

function delivery(value: unknown, at: string): Delivery {
  const json = object(value, at);
  const method = oneOf(required(json, 'method', at), `${at}/method`, ['ONLINE', 'IN_PERSON', 'POST'] as const);
  if (method === 'ONLINE') {
    const out: Delivery = { method };
    optional(out, 'result', json, at, readElectronicResult);
    return out;
  }
  if (method === 'IN_PERSON') {
    const placeJson = object(required(json, 'place', at), `${at}/place`);
    const place: Extract<Delivery, { method: 'IN_PERSON' }>['place'] = { name: text(required(placeJson, 'name', `${at}/place`), `${at}/place/name`, 300) };
    optional(place, 'address', placeJson, `${at}/place`, (v, p) => text(v, p, 500));
    optional(place, 'hours', placeJson, `${at}/place`, (v, p) => text(v, p, 300));
    return { method, place };
  }
  const out: Delivery = { method };
  optional(out, 'carrier', json, at, (v, p) => text(v, p, 200));
  optional(out, 'trackingNumber', json, at, (v, p) => text(v, p, 40, TRACKING));
  optional(out, 'trackingUrl', json, at, httpsUrl);
  return out;
}

function payee(value: unknown, at: string): Payee {
  const json = object(value, at);
  const out: Payee = {
    bankBin: text(required(json, 'bankBin', at), `${at}/bankBin`, 6, BANK_BIN),
    accountNumber: text(required(json, 'accountNumber', at), `${at}/accountNumber`, 19, ACCOUNT),
  };
  optional(out, 'accountName', json, at, (v, p) => text(v, p, 100));
  optional(out, 'purpose', json, at, (v, p) => text(v, p, 25, PURPOSE));
  return out;
}

/** The payment of a dossier's fees (`POST /dossiers/payment`). */
export function readPayment(value: unknown, at = ''): DossierPayment {
  const json = object(value, at);
  const out: DossierPayment = {
    status: oneOf<PaymentStatus>(required(json, 'status', at), `${at}/status`, PAYMENT_STATUSES),
    amount: vnd(required(json, 'amount', at), `${at}/amount`),
  };
  optional(out, 'paidAmount', json, at, vnd);
  optional(out, 'paidAt', json, at, instant);
  optional(out, 'reference', json, at, (v, p) => text(v, p, REFERENCE_MAX));
  optional(out, 'failureReason', json, at, (v, p) => text(v, p, 500));
  optional(out, 'payee', json, at, payee);
  optional(out, 'updatedAt', json, at, instant);
  return out;
}

function feeLine(value: unknown, at: string): DossierFeeLine {
  const json = object(value, at);
  const out: DossierFeeLine = {
    key: text(required(json, 'key', at), `${at}/key`, 64, KEY),
    kind: oneOf(required(json, 'kind', at), `${at}/kind`, FEE_LINE_KINDS),
    name: text(required(json, 'name', at), `${at}/name`, 300),
    gross: vnd(required(json, 'gross', at), `${at}/gross`),
    amount: vnd(required(json, 'amount', at), `${at}/amount`),
  };
  optional(out, 'quantity', json, at, (v, p) => integer(v, p, 0, 100_000));
  optional(out, 'exemption', json, at, (v, p) => {
    const e = object(v, p);
    const percent = required(e, 'percent', p);
    if (typeof percent !== 'number' || !(percent > 0 && percent <= 100)) fail(`${p}/percent`, `must be a percentage above 0, up to 100, got ${JSON.stringify(percent)}`);
    return { reason: text(required(e, 'reason', p), `${p}/reason`, 500), percent: percent as number, amount: vnd(required(e, 'amount', p), `${p}/amount`) };
  });
  optional(out, 'legalBasis', json, at, (v, p) => text(v, p, 300));
  return out;
}

function fees(value: unknown, at: string): DossierFees {
  const json = object(value, at);
  const lines = array(required(json, 'lines', at), `${at}/lines`, 0, 100).map((line, i) => feeLine(line, `${at}/lines/${i}`));
  const total = vnd(required(json, 'total', at), `${at}/total`);
  const sum = lines.reduce((acc, line) => acc + line.amount, 0);
  if (sum !== total) fail(`${at}/total`, `must be the sum of the lines (${sum}), got ${total}`);
  return { lines, total, payment: readPayment(required(json, 'payment', at), `${at}/payment`) };
}

/**
 * A dossier as `POST /dossiers/lookup` answers it.
 *
 * @throws {ContractError} naming the first place where the answer breaks the contract.
 */
export function readDossier(value: unknown): Dossier {
  const at = '';
  const json = object(value, at);
  const procedureJson = object(required(json, 'procedure', at), '/procedure');
  const applicantJson = object(required(json, 'applicant', at), '/applicant');
  const applicant: MaskedApplicant = { name: text(required(applicantJson, 'name', '/applicant'), '/applicant/name', 200) };
  optional(applicant, 'idNumber', applicantJson, '/applicant', masked);
  optional(applicant, 'phone', applicantJson, '/applicant', masked);
  const events = array(required(json, 'events', at), '/events', 1, 500).map((e, i) => event(e, `/events/${i}`));
  const dossier: Dossier = {
    code: text(required(json, 'code', at), '/code', 50, DOSSIER_CODE),
    procedure: {
      code: text(required(procedureJson, 'code', '/procedure'), '/procedure/code', 8, PROCEDURE_CODE),
      name: text(required(procedureJson, 'name', '/procedure'), '/procedure/name', 500),
    },
    applicant,
    channel: oneOf(required(json, 'channel', at), '/channel', SUBMISSION_CHANNELS),
    submittedAt: instant(required(json, 'submittedAt', at), '/submittedAt'),
    state: readState(required(json, 'state', at), '/state'),
    events,
    delivery: delivery(required(json, 'delivery', at), '/delivery'),
  };
  optional(dossier, 'receivedAt', json, at, instant);
  optional(dossier, 'dueAt', json, at, instant);
  optional(dossier, 'revisedDueAt', json, at, instant);
  optional(dossier, 'apology', json, at, (v, p) => {
    const a = object(v, p);
    const out: Apology = { at: instant(required(a, 'at', p), `${p}/at`), reason: text(required(a, 'reason', p), `${p}/reason`, 2000) };
    optional(out, 'agency', a, p, agency);
    optional(out, 'documentUrl', a, p, httpsUrl);
    return out;
  });
  optional(dossier, 'fees', json, at, fees);
  optional(dossier, 'updatedAt', json, at, instant);

  const last = events[events.length - 1];
  if (JSON.stringify(last.state) !== JSON.stringify(dossier.state)) fail('/state', `must be the state of the last event (${last.state.kind}), got ${dossier.state.kind}`);
  if ((dossier.revisedDueAt === undefined) !== (dossier.apology === undefined)) fail('/revisedDueAt', 'a revised due date comes with its apology, and an apology with its revised date');
  if (dossier.revisedDueAt !== undefined && dossier.dueAt === undefined) fail('/revisedDueAt', 'a revised due date needs the original dueAt');
  if (dossier.dueAt !== undefined && dossier.receivedAt === undefined) fail('/dueAt', 'a due date is fixed at receipt: receivedAt is required with it');
  return dossier;
}
