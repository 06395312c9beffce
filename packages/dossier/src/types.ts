/**
 * A dossier (hồ sơ) after it is filed, as a widget reads it: its state and the events that led there, its dates,
 * how the result comes back, its fees and their payment, and the source it is read from. The JSON shapes are the
 * contract in `schemas/api/` (OpenAPI 3.1); every time is an ISO 8601 instant with its zone, every amount integer VND.
 * Text that comes from the server (names, reasons, notes) is plain text, never HTML.
 */
import type { FeeLineKind, ReturnChannel, SubmissionChannel } from '@dvc-kit/procedure';
import type { OnTimeStatus } from '@dvc-kit/vn/calendar';

export type { FeeLineKind, ReturnChannel, SubmissionChannel };

/** An ISO 8601 date-time with its zone, e.g. `2026-02-13T09:30:00+07:00`. */
export type Instant = string;

export const DOSSIER_STATE_KINDS = [
  'SUBMITTED',
  'RECEIVED',
  'REFUSED',
  'SUPPLEMENT_REQUIRED',
  'IN_PROCESS',
  'PAYMENT_REQUIRED',
  'RESULT_READY',
  'RETURNED',
  'WITHDRAWN',
  'STOPPED',
] as const;
/**
 * The states of domain brief §3 (DRAFT is the portal's own and stays out). The numbers of the status codes seen in
 * one-stop systems are in `DVCQG_STATUS_CODES`.
 */
export type DossierStateKind = (typeof DOSSIER_STATE_KINDS)[number];

/** The states nothing leaves. */
export const TERMINAL_STATE_KINDS = ['REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED'] as const satisfies readonly DossierStateKind[];
export type TerminalStateKind = (typeof TERMINAL_STATE_KINDS)[number];

/** The one-stop status codes (domain brief §3, believed to be the DVCQG synchronisation set) of each state. */
export const DVCQG_STATUS_CODES = {
  SUBMITTED: 1,
  RECEIVED: 2,
  REFUSED: 3,
  IN_PROCESS: 4,
  SUPPLEMENT_REQUIRED: 5,
  PAYMENT_REQUIRED: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  RESULT_READY: 9,
  RETURNED: 10,
} as const satisfies Record<DossierStateKind, number>;

export const SUPPLEMENT_STAGES = ['intake', 'processing'] as const;
/** Asked at the intake check (slip 02 before receipt) or during processing. */
export type SupplementStage = (typeof SUPPLEMENT_STAGES)[number];

export const OUTCOMES = ['GRANTED', 'REJECTED'] as const;
/** The decision: granted, or rejected with a reason. */
export type Outcome = (typeof OUTCOMES)[number];

/** An agency (cơ quan): its electronic identifier when known (e.g. `000.00.01.H29`) and its name. */
export interface Agency {
  id?: string;
  name: string;
}

/** A paper or file the applicant must add or correct. */
export interface SupplementItem {
  /** What to add, in the agency's words. */
  name: string;
  /** The procedure's dossier component (`x-dvc.components[].key`) it is, when the agency says so. */
  componentKey?: string;
  /** What is wrong or missing with it. */
  note?: string;
}

export interface SubmittedState {
  kind: 'SUBMITTED';
}
export interface ReceivedState {
  kind: 'RECEIVED';
}
export interface RefusedState {
  kind: 'REFUSED';
  /** Why the dossier was not accepted (slip 03). */
  reason: string;
}
export interface SupplementRequiredState {
  kind: 'SUPPLEMENT_REQUIRED';
  stage: SupplementStage;
  /** Why, with its legal basis when the agency gives it (slip 02). */
  reason: string;
  /** At least one. */
  items: SupplementItem[];
  /** The last moment to add them, when the agency sets one. */
  deadline?: Instant;
}
export interface InProcessState {
  kind: 'IN_PROCESS';
  /** The agency holding the dossier now (it may pass between agencies: liên thông). */
  agency: Agency;
  /** The processing step, in the agency's words (e.g. "Thẩm định hồ sơ"). */
  step?: string;
  /** When this step is due, per the control sheet. */
  stepDueAt?: Instant;
}
export interface PaymentRequiredState {
  kind: 'PAYMENT_REQUIRED';
  /** What is owed, integer VND (the fees in `Dossier.fees` itemise it). */
  amount: number;
  /** Why, e.g. a tax or a charge fixed during processing. */
  reason?: string;
}
export interface ResultReadyState {
  kind: 'RESULT_READY';
  outcome: Outcome;
  /** Required when the outcome is REJECTED. */
  reason?: string;
}
export interface ReturnedState {
  kind: 'RETURNED';
}
export interface WithdrawnState {
  kind: 'WITHDRAWN';
  reason?: string;
}
export interface StoppedState {
  kind: 'STOPPED';
  /** Why processing stopped (stop notice). */
  reason: string;
}

/** A state with the data that belongs to it. */
export type DossierState =
  | SubmittedState
  | ReceivedState
  | RefusedState
  | SupplementRequiredState
  | InProcessState
  | PaymentRequiredState
  | ResultReadyState
  | ReturnedState
  | WithdrawnState
  | StoppedState;

/** The state of one kind. */
export type DossierStateOf<K extends DossierStateKind> = Extract<DossierState, { kind: K }>;

/** One step of the dossier's history: the state it entered, when, where and by whom. */
export interface DossierEvent {
  state: DossierState;
  at: Instant;
  /** The agency that acted. */
  agency?: Agency;
  /** Who acted, as the agency shows it (e.g. "Bộ phận một cửa", an officer's name, "Công dân"). */
  actor?: string;
  note?: string;
}

/** The letter of apology (văn bản xin lỗi, form 04) that moved the appointment. */
export interface Apology {
  at: Instant;
  /** Why the dossier is late. */
  reason: string;
  agency?: Agency;
  /** The letter itself, when the agency publishes it. */
  documentUrl?: string;
}

/**
 * The applicant as the server shows them. The server never sends a full identity number or phone number: only a
 * masked form such as `*********123` or `09******89` (at most 4 digits visible).
 */
export interface MaskedApplicant {
  /** The name as the server chooses to show it (it may abbreviate it). */
  name: string;
  idNumber?: string;
  phone?: string;
}

/** The electronic result (kết quả điện tử): the document the agency issued, and where to download it. */
export interface ElectronicResult {
  title: string;
  /** Số văn bản, e.g. `123/GKS-UBND`. */
  documentNumber?: string;
  issuedAt: Instant;
  issuer: Agency;
  fileName: string;
  /** e.g. `application/pdf`. */
  mediaType: string;
  /** In bytes. */
  size?: number;
  /** Hex SHA-256 of the file, to check the download. */
  sha256?: string;
  /** Signed digitally by the agency. */
  signed: boolean;
  /** https URL of the file. */
  downloadUrl: string;
  /** When `downloadUrl` stops working. */
  expiresAt?: Instant;
}

/** Where the result is handed over in person. */
export interface Place {
  name: string;
  address?: string;
  /** Opening hours in the agency's words. */
  hours?: string;
}

/** How the result comes back (domain brief §7). */
export type Delivery =
  | {
      method: 'ONLINE';
      /** Present once the result is ready. */
      result?: ElectronicResult;
    }
  | {
      method: 'IN_PERSON';
      place: Place;
    }
  | {
      method: 'POST';
      /** The postal operator, e.g. "Bưu điện Việt Nam (VNPost)". */
      carrier?: string;
      /** Present once the result is handed to the post. */
      trackingNumber?: string;
      /** https URL to follow the parcel. */
      trackingUrl?: string;
    };

export const PAYMENT_STATUSES = ['unpaid', 'pending', 'paid', 'failed'] as const;
/** Not paid; a payment started and not yet confirmed; confirmed; refused or reversed. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The account the fees are paid into, for a VietQR code (domain brief §6). */
export interface Payee {
  /** The bank's 6-digit BIN (NAPAS acquirer ID), e.g. `970436`. */
  bankBin: string;
  /** Up to 19 digits/letters. */
  accountNumber: string;
  accountName?: string;
  /** The transfer purpose the agency expects, ASCII, at most 25 characters (e.g. the dossier code). */
  purpose?: string;
}

/** The payment of a dossier's fees. */
export interface DossierPayment {
  status: PaymentStatus;
  /** Owed, integer VND. */
  amount: number;
  /** Paid so far, integer VND. */
  paidAmount?: number;
  paidAt?: Instant;
  /** The payment platform's transaction reference. */
  reference?: string;
  /** Why it failed, in the platform's words. */
  failureReason?: string;
  payee?: Payee;
  /** When the server last heard from the payment platform. */
  updatedAt?: Instant;
}

/** A reduction or exemption the agency applied to one fee line. */
export interface FeeLineExemption {
  reason: string;
  /** Percent taken off; 100 exempts. */
  percent: number;
  /** VND taken off. */
  amount: number;
}

/** One line of the bill as the agency charged it (the shape of `@dvc-kit/procedure`'s `FeeLine`, with plain text). */
export interface DossierFeeLine {
  key: string;
  kind: FeeLineKind;
  name: string;
  /** Per copy or page: how many. */
  quantity?: number;
  /** Before exemptions, integer VND. */
  gross: number;
  exemption?: FeeLineExemption;
  /** Payable, integer VND. */
  amount: number;
  legalBasis?: string;
}

/** The fees of a dossier and their payment. */
export interface DossierFees {
  lines: DossierFeeLine[];
  /** The sum of the lines' amounts, integer VND. */
  total: number;
  payment: DossierPayment;
}

/** A file filed with a dossier, as the receipt lists it. */
export interface ReceiptFile {
  fileName: string;
  /** Bytes. */
  size: number;
  /** Lowercase hex SHA-256 of its bytes. */
  sha256: string;
}

/** One component of the dossier (thành phần hồ sơ) on the receipt: a file field and what was filed in it. */
export interface ReceiptComponent {
  /** The field's JSON Pointer in the procedure's data, e.g. `/attachments/application`. */
  field: string;
  name: string;
  files: ReceiptFile[];
}

/**
 * The receipt and appointment slip of a filed dossier (Mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả), as
 * `POST /dossiers` and `GET /dossiers/{code}/receipt` answer it (`Receipt` in `schemas/api/openapi.json`). The
 * applicant's numbers are masked; what a page reads of it over the wire it checks first.
 */
export interface Receipt {
  code: string;
  procedure: { code: string; name: string };
  agency: { id: string; name: string };
  applicant: { name: string; idNumberMasked?: string; phoneMasked?: string };
  submittedAt: Instant;
  /** Ngày hẹn trả dự kiến: counted from the submission; the appointment itself (`Dossier.dueAt`) is fixed when an officer accepts. */
  expectedDueAt: Instant;
  components: ReceiptComponent[];
  fees: { lines: DossierFeeLine[]; total: number };
  /** For a VietQR code when there is something to pay (purpose: the dossier code). */
  payee?: Payee;
  delivery: Delivery;
}

/** A dossier as a widget reads it. */
export interface Dossier {
  /** Mã hồ sơ: an opaque, case-sensitive string of up to 50 characters (e.g. `000.00.01.H29-260213-0001`). */
  code: string;
  procedure: {
    /** The national procedure code, e.g. `1.001193`. */
    code: string;
    name: string;
  };
  applicant: MaskedApplicant;
  /** How it was filed. */
  channel: SubmissionChannel;
  submittedAt: Instant;
  /** When the agency accepted it (slip 01): absent before. */
  receivedAt?: Instant;
  /** The appointment (ngày hẹn trả) fixed at receipt. Lateness is always measured against it. */
  dueAt?: Instant;
  /** The new appointment after an apology, kept beside `dueAt`; present exactly when `apology` is. */
  revisedDueAt?: Instant;
  apology?: Apology;
  /** The current state: the state of the last event. */
  state: DossierState;
  /** Oldest first; at least one. */
  events: DossierEvent[];
  delivery: Delivery;
  fees?: DossierFees;
  /** When the server produced this view. */
  updatedAt?: Instant;
}

export const SECOND_FACTOR_KINDS = ['id-number', 'phone'] as const;
/** What proves the asker is the applicant, beside the dossier code: their identity number, or their phone number. */
export type SecondFactorKind = (typeof SECOND_FACTOR_KINDS)[number];

export interface SecondFactor {
  kind: SecondFactorKind;
  /** As the citizen typed it: digits only (12-digit CCCD/personal ID, or a 10-digit phone number). */
  value: string;
}

/** Look a dossier up by its code, with the second factor when the source asks for one. */
export interface LookupRequest {
  code: string;
  secondFactor?: SecondFactor;
}

/**
 * The part of an `AbortSignal` a source uses. Written out because the package is built without the DOM and Node
 * types (its tsconfig has only ES2022); a real `AbortSignal` fits it.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Per call: how the caller stops it. Aborting rejects the call with a `DossierSourceError` of code `aborted`. */
export interface SourceCallOptions {
  signal?: AbortSignalLike;
}

/** Where a widget reads dossiers from: a server (`createHttpDossierSource`) or memory (`createMemoryDossierSource`). */
export interface DossierSource {
  /** The second factors the source accepts for a lookup; empty when it asks for none. */
  readonly secondFactors: readonly SecondFactorKind[];
  /** The dossier with this code. */
  lookup(request: LookupRequest, options?: SourceCallOptions): Promise<Dossier>;
  /** The current payment of the dossier's fees (cheaper than a lookup, for a refresh after paying). */
  payment(request: LookupRequest, options?: SourceCallOptions): Promise<DossierPayment>;
}

export const DOSSIER_SOURCE_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'wrong-second-factor',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'malformed',
  'aborted',
] as const;
/**
 * Why a source call failed: the request itself is wrong (an empty or overlong code, a second factor of the wrong
 * form, or a 400), so it is refused before or when it is sent; no such dossier (404); the second factor does not match (401/403); too many tries (429,
 * see `retryAfterMs`); the server failed (5xx or another status); the network failed; no answer in time; the answer
 * is not JSON or breaks the contract; the caller aborted.
 */
export type DossierSourceErrorCode = (typeof DOSSIER_SOURCE_ERROR_CODES)[number];

/** A failed source call, with its code; `retryable` says whether trying again may help. */
export class DossierSourceError extends Error {
  readonly code: DossierSourceErrorCode;
  /** The HTTP status, when there was one. */
  readonly status?: number;
  /** For `rate-limited`: how long the server asked to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(code: DossierSourceErrorCode, message: string, details: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DossierSourceError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }

  /** Trying again later may succeed (not for a wrong request, an unknown dossier, a wrong second factor, or the caller's own abort). */
  get retryable(): boolean {
    return !['invalid-request', 'not-found', 'wrong-second-factor', 'aborted'].includes(this.code);
  }
}

/**
 * Against the original due date, in Asia/Ho_Chi_Minh (domain brief §3), as `@dvc-kit/vn`'s `onTimeStatus` names it:
 * finished before the due day (`early`, trước hạn), on it (`on-time`, đúng hạn), after it (`late`, quá hạn); still
 * open and not past it (`pending`, còn hạn), or past it (`overdue`, quá hạn).
 */
export type Timeliness = OnTimeStatus;
