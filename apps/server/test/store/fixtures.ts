/** Small records for the store tests: a filed dossier, its attachments, a payment, an officer. */
import { createHash, randomBytes } from 'node:crypto';
import type { Dossier, DossierEvent, DossierState } from '@dvc-kit/dossier/types';
import type { AttachmentRecord, DossierRecord, NewDossierInput, PaymentRecord } from '../../src/store/types.js';

export const AN_HOA = { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' };
export const PROVINCE_CENTRE = { id: '000.00.01.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn' };
export const JUSTICE = { id: '000.00.12.H99', name: 'Sở Tư pháp tỉnh Minh Sơn' };

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function newKey(): string {
  return randomBytes(12).toString('base64url');
}

export interface DossierOptions {
  agencyId?: string;
  submittedAt?: string;
  data?: unknown;
}

export function dossierRecord(code: string, options: DossierOptions = {}): DossierRecord {
  const agency = [AN_HOA, PROVINCE_CENTRE, JUSTICE].find((each) => each.id === options.agencyId) ?? AN_HOA;
  const submittedAt = options.submittedAt ?? '2026-03-02T09:00:00+07:00';
  const submitted: DossierEvent = { state: { kind: 'SUBMITTED' }, at: submittedAt, agency, actor: 'Công dân' };
  const dossier: Dossier = {
    code,
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    applicant: { name: 'Nguyễn Văn An', idNumber: '*********123', phone: '09******89' },
    channel: 'ONLINE',
    submittedAt,
    state: submitted.state,
    events: [submitted],
    delivery: { method: 'ONLINE' },
    fees: {
      lines: [{ key: 'le-phi', kind: 'LE_PHI', name: 'Lệ phí', gross: 8000, amount: 8000 }],
      total: 8000,
      payment: { status: 'unpaid', amount: 8000 },
    },
  };
  return {
    dossier,
    agencyId: agency.id,
    applicant: { name: 'Nguyễn Văn An', idNumber: '001099000123', phone: '0912345689' },
    data: options.data ?? { child: { fullName: 'Nguyễn Thị Bình' } },
    version: 1,
  };
}

export function attachmentRecord(id: string, dossierCode?: string, content = `file ${id}`): AttachmentRecord {
  return {
    id,
    sha256: sha256Hex(content),
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    size: Buffer.byteLength(content),
    ...(dossierCode === undefined ? {} : { dossierCode }),
    field: dossierCode === undefined ? 'result' : '/attachments/application',
    createdAt: '2026-03-02T09:00:00+07:00',
  };
}

/** A submission as the route builds it: the receipt is the response, attachments filed with the code. */
export function submission(
  codePrefix: string,
  options: DossierOptions & { key?: string; requestHash?: string; attachmentIds?: string[]; onBuild?: (code: string) => void } = {},
): NewDossierInput {
  return {
    idempotencyKey: options.key ?? newKey(),
    requestHash: options.requestHash ?? sha256Hex(randomBytes(8)),
    codePrefix,
    build(code) {
      options.onBuild?.(code);
      return {
        record: dossierRecord(code, options),
        attachments: (options.attachmentIds ?? []).map((id) => attachmentRecord(id, code)),
        response: { status: 201, body: { code, receipt: { code, submittedAt: options.submittedAt ?? '2026-03-02T09:00:00+07:00' } } },
      };
    },
  };
}

/** The record after one lifecycle step: the new state as the last event, the version bumped. */
export function advanced(
  record: DossierRecord,
  state: DossierState,
  at: string,
  agencyId = record.agencyId,
): { next: DossierRecord; event: DossierEvent } {
  const event: DossierEvent = { state, at, actor: 'Cán bộ một cửa' };
  return {
    next: {
      ...record,
      agencyId,
      dossier: { ...record.dossier, state, events: [...record.dossier.events, event] },
      version: record.version + 1,
    },
    event,
  };
}

export function paymentRecord(id: string, dossierCode: string, settleAt?: string): PaymentRecord {
  return {
    id,
    dossierCode,
    payment: { status: 'pending', amount: 8000, updatedAt: '2026-03-02T09:05:00+07:00' },
    ...(settleAt === undefined ? {} : { settleAt }),
    version: 1,
  };
}
