/**
 * The receipt the server returns when it files a dossier (api13: the data of Mẫu 01, "Giấy tiếp nhận hồ sơ và hẹn
 * trả kết quả"), kept in the tab to reprint it, and worded for the slip: dates in Vietnam time as dd/mm/yyyy HH:mm,
 * sizes, money as 1.234.000 ₫. No DOM here (tested in Node).
 */
import type { Receipt } from '@dvc-kit/dossier/types';
import { formatDateVN, machineDate, vietnamDateTime as vietnamDateTimeOrNothing } from '@dvc-kit/vn/time';
import { readStored, writeStored, type SmallStorage } from '../layout/language.js';

export type { Receipt };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));
const isAmount = (value: unknown): value is number => Number.isSafeInteger(value);

/** How the result comes back: one of the contract's methods, with the place's name for a handover in person. */
function isDelivery(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.method === 'IN_PERSON') return isRecord(value.place) && isString(value.place.name);
  return value.method === 'ONLINE' || value.method === 'POST';
}

/**
 * Checks a receipt before it is shown: what comes over the wire (or back from the tab's storage) is not trusted to
 * have the shape of `@dvc-kit/dossier`'s `Receipt`. The members the slip does not read (the applicant's masked
 * numbers, a fee line's exemption) are left to the type.
 */
export function isReceipt(value: unknown): value is Receipt {
  if (!isRecord(value)) return false;
  const { code, procedure, agency, applicant, submittedAt, expectedDueAt, components, fees, delivery } = value;
  return (
    isString(code) &&
    isRecord(procedure) && isString(procedure.code) && isString(procedure.name) &&
    isRecord(agency) && isString(agency.id) && isString(agency.name) &&
    isRecord(applicant) && isString(applicant.name) &&
    isInstant(submittedAt) &&
    isInstant(expectedDueAt) &&
    Array.isArray(components) &&
    components.every(
      (c) => isRecord(c) && isString(c.field) && isString(c.name) && Array.isArray(c.files) && c.files.every((f) => isRecord(f) && isString(f.fileName) && typeof f.size === 'number' && isString(f.sha256)),
    ) &&
    isRecord(fees) && isAmount(fees.total) && Array.isArray(fees.lines) &&
    fees.lines.every((l) => isRecord(l) && isString(l.key) && isString(l.kind) && isString(l.name) && isAmount(l.gross) && isAmount(l.amount)) &&
    (value.payee === undefined || (isRecord(value.payee) && isString(value.payee.bankBin) && isString(value.payee.accountNumber))) &&
    isDelivery(delivery)
  );
}

// ---------------------------------------------------------------- kept in the tab

const PREFIX = 'dvc-minhson:receipt:';

export interface KeptReceipt {
  receipt: Receipt;
  /** The capability that fetches the receipt again and authorises paying (kept only in this tab). */
  receiptToken: string;
}

const TOKEN_PREFIX = 'dvc-minhson:receipt-token:';

/** Keeps the receipt and, apart, its token (enough to fetch the receipt again should the receipt be lost). */
export function keepReceipt(storage: SmallStorage | null, kept: KeptReceipt): boolean {
  const token = writeStored(storage, TOKEN_PREFIX + kept.receipt.code, kept.receiptToken);
  return writeStored(storage, PREFIX + kept.receipt.code, JSON.stringify(kept)) && token;
}

export function keptReceiptToken(storage: SmallStorage | null, code: string): string | null {
  return readStored(storage, TOKEN_PREFIX + code);
}

/** The answer of `GET /api/dossiers/:code/receipt`: the receipt, bare or as `{ receipt }`, for this code only. */
export function readReceiptAnswer(body: unknown, code: string): Receipt | null {
  const receipt = isRecord(body) && isRecord(body.receipt) ? body.receipt : body;
  return isReceipt(receipt) && receipt.code === code ? receipt : null;
}

export function keptReceipt(storage: SmallStorage | null, code: string): KeptReceipt | null {
  const text = readStored(storage, PREFIX + code);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (isRecord(value) && isReceipt(value.receipt) && value.receipt.code === code && isString(value.receiptToken)) {
      return { receipt: value.receipt, receiptToken: value.receiptToken };
    }
  } catch {
    // unreadable: as if absent
  }
  return null;
}

// ---------------------------------------------------------------- words for the slip

/** `dd/mm/yyyy HH:mm` in Vietnam time; '' for a time that cannot be read. */
export function vietnamDateTime(instant: string): string {
  return vietnamDateTimeOrNothing(instant) ?? '';
}

/**
 * `dd/mm/yyyy` in Vietnam time. A civil date (`2026-12-18`) is that date as it is; an instant is its date in Vietnam;
 * '' for what is neither.
 */
export function vietnamDate(value: string): string {
  return machineDate(value) === undefined ? '' : formatDateVN(value);
}

/** A file size the citizen reads: bytes, KB or MB (1 KB = 1024 bytes), with the locale's decimal mark. */
export function fileSizeText(bytes: number, lang: 'vi' | 'en'): string {
  const format = (value: number, unit: string) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return format(bytes, 'byte');
  return bytes < 1024 * 1024 ? format(bytes / 1024, 'kilobyte') : format(bytes / 1024 / 1024, 'megabyte');
}

/**
 * The bill on the receipt as the fee widget reads a procedure (an x-dvc object of fixed fees): the widget then shows
 * what the agency charged, line by line, whatever data the citizen entered (the confirmation page no longer has it).
 * Postage is a service price here (the x-dvc fee kinds have no POSTAGE).
 */
export function billAsProcedure(receipt: Receipt): { code: string; fees: unknown[] } {
  return {
    code: receipt.procedure.code,
    fees: receipt.fees.lines.map((line, index) => ({
      key: typeof line.key === 'string' && line.key ? line.key : `line-${index}`,
      kind: line.kind === 'PHI' || line.kind === 'LE_PHI' || line.kind === 'SERVICE_PRICE' ? line.kind : 'SERVICE_PRICE',
      name: line.name,
      amount: { fixed: line.amount },
    })),
  };
}
