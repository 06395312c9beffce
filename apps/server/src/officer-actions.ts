/**
 * The officer console's actions on a dossier. Each is a change of the lifecycle of `@dvc-kit/dossier`
 * (`transition`, `apologize`), never a state written by hand; each new state is an event with the officer's name
 * and agency. The lifecycle's refusals become 409 `invalid-transition`.
 */
import { apologize, ApologyError, canTakeAction, DossierTransitionError, isOfficerAction, OFFICER_ACTIONS, stepOf, transition } from '@dvc-kit/dossier';
import type { OfficerAction } from '@dvc-kit/dossier';
import type { Dossier, DossierEvent, DossierState, ElectronicResult, SupplementItem } from '@dvc-kit/dossier/types';
import { isPlainObject } from '@dvc-kit/form-engine/core';
import type { ServerContext } from './context.js';
import { ApiError, invalidRequest } from './errors.js';
import type { Procedure } from './procedures.js';
import { agencyById } from './province.js';
import type { AttachmentRecord, DossierRecord, OfficerRecord } from './store/types.js';
import { vnInstant } from './time.js';
import { payeeFor, resultUrl } from './views.js';

export interface ActionOutcome {
  next: DossierRecord;
  newEvents: DossierEvent[];
  attachments: AttachmentRecord[];
}

const MAX_TEXT = 2000;
/** Control characters other than tab and line breaks, and unpaired surrogates: not text an officer types. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Reads the body's own properties: text fields trimmed and bounded, 400 when one is missing or malformed. */
class Body {
  constructor(private readonly json: Record<string, unknown>) {}
  private value(key: string): unknown {
    return Object.hasOwn(this.json, key) ? this.json[key] : undefined;
  }
  text(key: string, label: string): string;
  text(key: string, label: string, optional: true): string | undefined;
  text(key: string, label: string, optional = false): string | undefined {
    const value = this.value(key);
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT || CONTROL.test(value)) {
      throw invalidRequest(`Vui lòng nhập ${label} (tối đa ${MAX_TEXT} ký tự).`, `"${key}" must be text of 1 to ${MAX_TEXT} characters.`, [{ pointer: `/${key}`, message: `Vui lòng nhập ${label}.` }]);
    }
    return value.trim();
  }
  instant(key: string, label: string, optional = false): string | undefined {
    const value = this.value(key);
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw invalidRequest(`${label} chưa đúng (ngày giờ ISO 8601 có múi giờ).`, `"${key}" must be an ISO date-time with its zone.`, [{ pointer: `/${key}`, message: `${label} chưa đúng.` }]);
    }
    return value;
  }
  amount(key: string): number {
    const value = this.value(key);
    if (!Number.isSafeInteger(value) || (value as number) <= 0) {
      throw invalidRequest('Số tiền phải là số đồng nguyên, lớn hơn 0.', `"${key}" must be a whole number of VND above 0.`, [{ pointer: `/${key}`, message: 'Số tiền chưa đúng.' }]);
    }
    return value as number;
  }
  items(key: string): SupplementItem[] {
    const value = this.value(key);
    if (!Array.isArray(value) || value.length === 0 || value.length > 50) {
      throw invalidRequest('Vui lòng nêu ít nhất một giấy tờ cần bổ sung.', `"${key}" must list 1 to 50 items.`, [{ pointer: `/${key}`, message: 'Cần ít nhất một giấy tờ.' }]);
    }
    return value.map((item, index) => {
      const entry = new Body(isPlainObject(item) ? item : {});
      try {
        const name = entry.text('name', 'tên giấy tờ');
        const note = entry.text('note', 'ghi chú', true);
        return note ? { name, note } : { name };
      } catch (error) {
        if (error instanceof ApiError) throw invalidRequest(error.message, error.messageEn ?? error.message, [{ pointer: `/${key}/${index}`, message: error.message }]);
        throw error;
      }
    });
  }
  raw(key: string): unknown {
    return this.value(key);
  }
}

/** The action and expected version of a request body. */
export function readActionRequest(body: unknown): { action: OfficerAction; expectedVersion: number; body: Body } {
  const json = isPlainObject(body) ? body : {};
  const action = Object.hasOwn(json, 'action') ? json.action : undefined;
  const expectedVersion = Object.hasOwn(json, 'expectedVersion') ? json.expectedVersion : undefined;
  if (!isOfficerAction(action)) {
    throw invalidRequest('Thao tác không được hỗ trợ.', `"action" must be one of ${OFFICER_ACTIONS.join(', ')}.`, [{ pointer: '/action', message: 'Thao tác không được hỗ trợ.' }]);
  }
  if (!Number.isSafeInteger(expectedVersion) || (expectedVersion as number) < 1) {
    throw invalidRequest('Thiếu phiên bản hồ sơ đã xem (expectedVersion).', '"expectedVersion" must be the version the officer saw.', [{ pointer: '/expectedVersion', message: 'Thiếu phiên bản hồ sơ.' }]);
  }
  return { action, expectedVersion: expectedVersion as number, body: new Body(json) };
}

/** The dossier after the officer's action, with its new events (and the result file it attaches). */
export async function performAction(
  context: ServerContext,
  record: DossierRecord,
  procedure: Procedure,
  officer: OfficerRecord,
  action: OfficerAction,
  body: Body,
): Promise<ActionOutcome> {
  const at = vnInstant(context.now());
  const agency = { id: officer.agency.id, name: officer.agency.name };
  const by = { at, agency, actor: officer.displayName };
  let dossier = record.dossier;
  let agencyId = record.agencyId;
  const attachments: AttachmentRecord[] = [];
  const step = (state: DossierState, note?: string): void => {
    dossier = transition(dossier, state, note ? { ...by, note } : by, { procedure: procedure.schema });
  };
  try {
    switch (action) {
      case 'accept':
        step({ kind: 'RECEIVED' });
        step({ kind: 'IN_PROCESS', agency, step: 'Thụ lý, thẩm định hồ sơ' });
        break;
      case 'request-supplement': {
        const deadline = body.instant('deadline', 'Hạn bổ sung', true);
        const state: DossierState = {
          kind: 'SUPPLEMENT_REQUIRED',
          stage: dossier.state.kind === 'SUBMITTED' ? 'intake' : 'processing',
          reason: body.text('reason', 'lý do cần bổ sung'),
          items: body.items('items'),
          ...(deadline ? { deadline } : {}),
        };
        step(state);
        break;
      }
      case 'supplement-received':
        // Only after a supplement request (officerActionTarget): from IN_PROCESS the lifecycle would take it as a step to itself.
        if (dossier.state.kind !== 'SUPPLEMENT_REQUIRED' || !canTakeAction('supplement-received', stepOf(dossier.state))) throw refusedFrom(dossier, 'supplement-received');
        if (dossier.state.stage === 'intake') step({ kind: 'SUBMITTED' }, 'Công dân đã bổ sung hồ sơ.');
        else step({ kind: 'IN_PROCESS', agency: holderOf(dossier) ?? agency, step: 'Tiếp tục thẩm định sau khi bổ sung' }, 'Công dân đã bổ sung hồ sơ.');
        break;
      case 'hand-off': {
        // Only a dossier in processing moves on (officerActionTarget): from a payment or a supplement request it would skip them.
        if (!canTakeAction('hand-off', stepOf(dossier.state))) throw refusedFrom(dossier, 'hand-off');
        const targetId = body.text('agencyId', 'cơ quan nhận hồ sơ');
        const target = agencyById(targetId);
        if (!target || target.id === agencyId) {
          throw invalidRequest('Cơ quan nhận hồ sơ không hợp lệ.', 'The target agency is unknown or holds the dossier already.', [{ pointer: '/agencyId', message: 'Cơ quan nhận hồ sơ không hợp lệ.' }]);
        }
        const stepName = body.text('step', 'bước xử lý', true);
        step({ kind: 'IN_PROCESS', agency: { id: target.id, name: target.name }, ...(stepName ? { step: stepName } : {}) }, `Chuyển hồ sơ liên thông đến ${target.name}.`);
        agencyId = target.id;
        break;
      }
      case 'request-payment': {
        const amount = body.amount('amount');
        const reason = body.text('reason', 'lý do thu thêm');
        step({ kind: 'PAYMENT_REQUIRED', amount, reason });
        const fees = dossier.fees;
        const paidAmount = fees?.payment.status === 'paid' ? (fees.payment.paidAmount ?? fees.payment.amount) : fees?.payment.paidAmount;
        const lines = [...(fees?.lines ?? []), { key: `additional-${dossier.events.length}`, kind: 'PHI' as const, name: reason, gross: amount, amount }];
        dossier = {
          ...dossier,
          fees: {
            lines,
            total: lines.reduce((sum, line) => sum + line.amount, 0),
            payment: { status: 'unpaid', amount, payee: { ...(fees?.payment.payee ?? payeeFor(dossier.code)) }, updatedAt: at, ...(paidAmount ? { paidAmount } : {}) },
          },
        };
        break;
      }
      case 'record-result': {
        const outcome = body.raw('outcome');
        if (outcome !== 'GRANTED' && outcome !== 'REJECTED') {
          throw invalidRequest('Kết quả phải là GRANTED hoặc REJECTED.', '"outcome" must be GRANTED or REJECTED.', [{ pointer: '/outcome', message: 'Chọn kết quả giải quyết.' }]);
        }
        const reason = outcome === 'REJECTED' ? body.text('reason', 'lý do không giải quyết') : body.text('reason', 'ghi chú', true);
        step({ kind: 'RESULT_READY', outcome, ...(reason ? { reason } : {}) });
        const fileId = body.raw('resultAttachmentId');
        if (fileId !== undefined) {
          const file = typeof fileId === 'string' ? await context.store.getAttachment(fileId) : undefined;
          if (!file || file.field !== 'result' || file.dossierCode !== undefined) {
            throw invalidRequest('Không tìm thấy tệp kết quả đã tải lên.', 'No unattached result file with this id.', [{ pointer: '/resultAttachmentId', message: 'Không tìm thấy tệp kết quả.' }]);
          }
          attachments.push({ ...file, dossierCode: dossier.code });
          if (dossier.delivery.method === 'ONLINE') {
            const documentNumber = body.text('documentNumber', 'số văn bản', true);
            const result: ElectronicResult = {
              title: `Kết quả giải quyết thủ tục ${dossier.procedure.name}`,
              issuedAt: at,
              issuer: agency,
              fileName: file.fileName,
              mediaType: file.mediaType,
              size: file.size,
              sha256: file.sha256,
              signed: false,
              downloadUrl: resultUrl(context, file.id),
              ...(documentNumber ? { documentNumber } : {}),
            };
            dossier = { ...dossier, delivery: { method: 'ONLINE', result } };
          }
        }
        break;
      }
      case 'return':
        step({ kind: 'RETURNED' });
        break;
      case 'refuse':
        step({ kind: 'REFUSED', reason: body.text('reason', 'lý do từ chối') });
        break;
      case 'stop':
        step({ kind: 'STOPPED', reason: body.text('reason', 'lý do dừng xử lý') });
        break;
      case 'apologize':
        // The letter moves the appointment; the state does not change, so it is kept as the dossier's apology, not as an event.
        dossier = apologize(dossier, { at, agency, reason: body.text('reason', 'lý do chậm trả kết quả'), revisedDueAt: body.instant('revisedDueAt', 'Ngày hẹn trả mới') as string });
        break;
    }
  } catch (error) {
    if (error instanceof DossierTransitionError) {
      throw new ApiError(409, 'invalid-transition', `Không thể thực hiện thao tác này với hồ sơ đang ở trạng thái ${record.dossier.state.kind}.`, { messageEn: error.message });
    }
    if (error instanceof ApologyError) {
      throw new ApiError(error.code === 'no-reason' || error.code === 'invalid-time' ? 400 : 409, error.code === 'no-reason' || error.code === 'invalid-time' ? 'invalid-request' : 'invalid-transition', apologyMessage(error), {
        messageEn: error.message,
      });
    }
    throw error;
  }
  const newEvents = dossier.events.slice(record.dossier.events.length);
  return { next: { ...record, dossier, agencyId }, newEvents, attachments };
}

function refusedFrom(dossier: Dossier, action: OfficerAction): ApiError {
  return new ApiError(409, 'invalid-transition', `Không thể thực hiện thao tác này với hồ sơ đang ở trạng thái ${dossier.state.kind}.`, {
    messageEn: `${action} is not possible while the dossier is ${dossier.state.kind}.`,
  });
}

function holderOf(dossier: Dossier) {
  const last = [...dossier.events].reverse().find((event) => event.state.kind === 'IN_PROCESS')?.state;
  return last?.kind === 'IN_PROCESS' ? last.agency : undefined;
}

function apologyMessage(error: ApologyError): string {
  switch (error.code) {
    case 'no-due-date':
      return 'Hồ sơ chưa được tiếp nhận nên chưa có ngày hẹn trả để xin lỗi.';
    case 'finished':
      return 'Hồ sơ đã có kết quả hoặc đã kết thúc.';
    case 'already-apologized':
      return 'Hồ sơ đã có văn bản xin lỗi; chỉ được hẹn lại một lần.';
    case 'too-late':
      return 'Văn bản xin lỗi phải gửi chậm nhất một ngày trước ngày hẹn trả.';
    case 'not-later':
      return 'Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu.';
    default:
      return 'Văn bản xin lỗi chưa hợp lệ.';
  }
}
