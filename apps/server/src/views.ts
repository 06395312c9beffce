/** What each reader sees of a stored dossier: the citizen's masked view, the receipt, the officer's full record. */
import type { Delivery, Dossier, DossierFeeLine, Payee, Receipt } from '@dvc-kit/dossier/types';
import type { FeeResult, ReturnChannel } from '@dvc-kit/procedure';
import { allowedOfficerActions } from '@dvc-kit/dossier';
import { maskIdNumber, maskPhone } from './applicant.js';
import type { ServerContext } from './context.js';
import type { Procedure } from './procedures.js';
import { dueAtOf, textVi } from './procedures.js';
import type { AgencyRecord } from './province.js';
import { PAYEE, POSTAL_CARRIER } from './province.js';
import type { AttachmentRecord, DossierRecord } from './store/types.js';
import { vnInstant } from './time.js';

const RESULT_PATH = /\/api\/results\/([A-Za-z0-9_-]{8,64})$/;

/** The URL a citizen downloads an electronic result from. */
export function resultUrl(context: ServerContext, attachmentId: string): string {
  return `${context.publicUrl}/api/results/${attachmentId}`;
}

/** The attachment id behind an electronic result's download URL. */
export function resultAttachmentId(downloadUrl: string): string | undefined {
  return RESULT_PATH.exec(downloadUrl)?.[1];
}

/**
 * The dossier as a lookup returns it: masked already (the stored view never holds full numbers), stamped with the
 * time, and with the electronic result's URL built from `publicUrl`. The contract wants an https download URL: on a
 * plain-http server (the local demo) the result is left out, and the delivery names the result's attachment
 * instead (`resultAttachmentId`, a member the contract's reader drops), so the tracker page links
 * `/api/results/<id>` itself (`POST /api/dossiers/result` says the same with the result's facts).
 */
export function publicView(record: DossierRecord, context: ServerContext): Dossier {
  const view: Dossier = { ...record.dossier, updatedAt: vnInstant(context.now()) };
  if (view.delivery.method === 'ONLINE' && view.delivery.result) {
    const id = resultAttachmentId(view.delivery.result.downloadUrl);
    if (id && context.publicUrl.startsWith('https://')) view.delivery = { method: 'ONLINE', result: { ...view.delivery.result, downloadUrl: resultUrl(context, id) } };
    else view.delivery = { method: 'ONLINE', ...(id ? { resultAttachmentId: id } : {}) } as Delivery;
  }
  return view;
}

/** How the result comes back, as the dossier says it. */
export function deliveryOf(channel: ReturnChannel, agency: AgencyRecord): Delivery {
  if (channel === 'ONLINE') return { method: 'ONLINE' };
  if (channel === 'POST') return { method: 'POST', carrier: POSTAL_CARRIER };
  return { method: 'IN_PERSON', place: { name: agency.name, address: agency.address, hours: agency.hours } };
}

/** The bill's lines in the contract's words (Vietnamese text). */
export function feeLinesOf(fees: FeeResult): DossierFeeLine[] {
  return fees.lines.map((line) => {
    const out: DossierFeeLine = { key: line.key, kind: line.kind, name: textVi(line.name), gross: line.gross, amount: line.amount };
    if (line.quantity !== undefined) out.quantity = line.quantity;
    if (line.exemption) out.exemption = { reason: textVi(line.exemption.reason), percent: line.exemption.percent, amount: line.exemption.amount };
    if (line.legalBasis) out.legalBasis = line.legalBasis;
    return out;
  });
}

export function payeeFor(code: string): Payee {
  // VietQR purposes are ASCII, at most 25 characters: a dossier code fits.
  return { ...PAYEE, purpose: code.slice(0, 25) };
}

/** The receipt and appointment slip (Mẫu 01) of a filed dossier. */
export function receiptOf(record: DossierRecord, attachments: readonly AttachmentRecord[], procedure: Procedure): Receipt {
  const { dossier } = record;
  const applicant: Receipt['applicant'] = { name: record.applicant.name };
  if (record.applicant.idNumber) applicant.idNumberMasked = maskIdNumber(record.applicant.idNumber);
  if (record.applicant.phone) applicant.phoneMasked = maskPhone(record.applicant.phone);
  const components = procedure.fileFields
    .map((field) => ({
      field: field.pointer,
      name: field.title,
      files: attachments.filter((attachment) => attachment.field === field.pointer).map(({ fileName, size, sha256 }) => ({ fileName, size, sha256 })),
    }))
    .filter((component) => component.files.length > 0);
  const receipt: Receipt = {
    code: dossier.code,
    procedure: { ...dossier.procedure },
    agency: { id: procedure.agency.id, name: procedure.agency.name },
    applicant,
    submittedAt: dossier.submittedAt,
    expectedDueAt: dueAtOf(procedure, dossier.submittedAt),
    components,
    fees: { lines: dossier.fees?.lines ?? [], total: dossier.fees?.total ?? 0 },
    delivery: dossier.delivery.method === 'ONLINE' ? { method: 'ONLINE' } : dossier.delivery,
  };
  if (dossier.fees && dossier.fees.total > 0) receipt.payee = payeeFor(dossier.code);
  return receipt;
}

/** The appointment expected at submission (before an officer's acceptance fixes `dueAt`), when the procedure is served. */
export function expectedDueAtOf(record: DossierRecord, context: ServerContext): string | undefined {
  const procedure = context.procedures.get(record.dossier.procedure.code);
  return procedure ? dueAtOf(procedure, record.dossier.submittedAt) : undefined;
}

/** The officer's view: everything, unmasked, with the attachments and what can be done next. */
export function officerView(record: DossierRecord, attachments: readonly AttachmentRecord[], context: ServerContext) {
  const expectedDueAt = expectedDueAtOf(record, context);
  return {
    code: record.dossier.code,
    version: record.version,
    agencyId: record.agencyId,
    ...(expectedDueAt ? { expectedDueAt } : {}),
    dossier: record.dossier,
    applicant: record.applicant,
    data: record.data,
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      field: attachment.field,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      size: attachment.size,
      sha256: attachment.sha256,
      downloadUrl: `/api/officer/attachments/${attachment.id}`,
    })),
    // The state's rules only: whether an apology comes in time is checked when it is sent.
    allowedActions: allowedOfficerActions(record.dossier),
  };
}

/** One row of the officer's queue. */
export function queueRow(record: DossierRecord, context: ServerContext) {
  const { dossier } = record;
  const expectedDueAt = expectedDueAtOf(record, context);
  return {
    code: dossier.code,
    version: record.version,
    procedure: dossier.procedure,
    applicantName: record.applicant.name,
    state: dossier.state,
    channel: dossier.channel,
    submittedAt: dossier.submittedAt,
    ...(expectedDueAt ? { expectedDueAt } : {}),
    ...(dossier.dueAt ? { dueAt: dossier.dueAt } : {}),
    ...(dossier.revisedDueAt ? { revisedDueAt: dossier.revisedDueAt } : {}),
    ...(dossier.fees ? { paymentStatus: dossier.fees.payment.status } : {}),
  };
}
