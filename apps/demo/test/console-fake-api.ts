/**
 * An officer API in memory for the console's browser tests: the demo province's three officers, dossiers built from
 * @dvc-kit/dossier's samples, and actions that go through the same lifecycle functions the server uses
 * (`transition`, `apologize`), with the server's answers: 401 without a session, 404 for another agency's dossier,
 * 409 `version-conflict` and `invalid-transition`, 400 with per-field errors.
 */
import { ApologyError, DossierTransitionError, apologize, transition } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS } from '@dvc-kit/dossier/samples';
import type { Dossier, DossierState } from '@dvc-kit/dossier/types';
import type { ActionRequest } from '../src/console/actions.js';
import { ApiError, readOfficerDossier, readQueuePage, type AttachmentInfo, type Officer, type OfficerApi, type OfficerDossier, type QueuePage } from '../src/console/api.js';
import { PROVINCE_AGENCIES } from '../src/console/province.js';

export const WARD = { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' };
export const JUSTICE = { id: '000.00.12.H99', name: 'Sở Tư pháp tỉnh Minh Sơn' };

export const OFFICERS: Record<string, Officer> = {
  'mot-cua.anhoa': { username: 'mot-cua.anhoa', displayName: 'Lê Thị Hoa', agency: WARD },
  'tu-phap': { username: 'tu-phap', displayName: 'Phạm Minh Đức', agency: JUSTICE },
};

interface StoredRecord extends OfficerDossier {
  agencyId: string;
}

const clone = <T>(value: T): T => structuredClone(value) as T;

function failure(code: string, status: number, message: string, errors: { pointer: string; message: string }[] = []): ApiError {
  return new ApiError(code, status, message, { errors, fromServer: true });
}

export interface FakeApi extends OfficerApi {
  records: Map<string, StoredRecord>;
  calls: { action: ActionRequest; code: string }[];
  uploads: { name: string; size: number }[];
  /** Another officer's write: bumps the version behind the console's back. */
  touch(code: string): void;
  signedIn(): Officer | undefined;
}

/** The codes of the seeded dossiers, by what they are for. */
export const CODES = {
  submitted: '000.31.01.H99-261207-0001',
  inProcess: '000.31.01.H99-261201-0002',
  resultReady: '000.31.01.H99-261120-0003',
  hostile: '000.31.01.H99-261207-0004',
  justice: '000.00.12.H99-261201-0001',
};

function withCode(dossier: Dossier, code: string, patch: Partial<Dossier> = {}): Dossier {
  const copy = { ...clone(dossier), code, ...patch };
  return copy;
}

export function createFakeApi(options: { data?: unknown; extraSubmitted?: number } = {}): FakeApi {
  let session: Officer | undefined;
  const records = new Map<string, StoredRecord>();
  const calls: FakeApi['calls'] = [];
  const uploads: FakeApi['uploads'] = [];
  const attachments: AttachmentInfo[] = [
    { id: 'att_decl', fileName: 'to-khai-dang-ky-khai-sinh.pdf', mediaType: 'application/pdf', size: 198_656, field: '/attachments/declaration' },
  ];
  const put = (dossier: Dossier, agencyId = WARD.id, extra: Partial<StoredRecord> = {}) =>
    records.set(dossier.code, {
      dossier,
      applicant: { name: dossier.applicant.name, idNumber: '001099000123', phone: '0912345689', email: 'an@example.vn' },
      data: options.data ?? { note: 'x' },
      version: 1,
      agencyId,
      attachments: [],
      ...extra,
    });

  // A fresh one in processing, due ahead, with no apology yet.
  const inProcess = withCode(SAMPLE_DOSSIERS.inProcess, CODES.inProcess, { dueAt: '2026-12-18T17:00:00+07:00' });
  delete inProcess.revisedDueAt;
  delete inProcess.apology;
  inProcess.delivery = { method: 'ONLINE' };
  inProcess.state = { kind: 'IN_PROCESS', agency: WARD, step: 'Thẩm định hồ sơ' };
  inProcess.events = [...inProcess.events.slice(0, -1), { ...inProcess.events.at(-1)!, state: inProcess.state, agency: WARD }];

  put(withCode(SAMPLE_DOSSIERS.submitted, CODES.submitted, { submittedAt: '2026-12-07T08:15:00+07:00' }), WARD.id, { attachments });
  put(inProcess);
  put(withCode(SAMPLE_DOSSIERS.resultReady, CODES.resultReady));
  const hostile = withCode(SAMPLE_DOSSIERS.submitted, CODES.hostile);
  hostile.applicant = { name: '<img src=x id=injected>' };
  hostile.procedure = { ...hostile.procedure, name: '<b id=bold>Thủ tục</b>' };
  put(hostile, WARD.id, { data: { '<i id=key>': '<script id=value>alert(1)</script>' } });
  put(withCode(SAMPLE_DOSSIERS.submitted, CODES.justice), JUSTICE.id);
  for (let index = 0; index < (options.extraSubmitted ?? 0); index++) {
    const code = `000.31.01.H99-261101-${String(100 + index).padStart(4, '0')}`;
    put(withCode(SAMPLE_DOSSIERS.submitted, code, { submittedAt: `2026-11-01T08:${String(index % 60).padStart(2, '0')}:00+07:00` }));
  }

  const requireSession = (): Officer => {
    if (!session) throw failure('unauthorized', 401, 'Chưa đăng nhập.');
    return session;
  };
  const own = (code: string): StoredRecord => {
    const officer = requireSession();
    const record = records.get(code);
    // Another agency's dossier answers as if it did not exist.
    if (!record || record.agencyId !== officer.agency.id) throw failure('not-found', 404, 'Không tìm thấy hồ sơ.');
    return record;
  };

  const stateOf = (request: ActionRequest, record: StoredRecord, officer: Officer): DossierState | 'apology' | 'accept' => {
    const state = record.dossier.state;
    switch (request.action) {
      case 'accept':
        return 'accept';
      case 'request-supplement':
        return {
          kind: 'SUPPLEMENT_REQUIRED',
          stage: state.kind === 'SUBMITTED' ? 'intake' : 'processing',
          reason: String(request.reason),
          items: request.items as { name: string }[],
          ...(request.deadline ? { deadline: String(request.deadline) } : {}),
        };
      case 'supplement-received':
        return state.kind === 'SUPPLEMENT_REQUIRED' && state.stage === 'intake' ? { kind: 'SUBMITTED' } : { kind: 'IN_PROCESS', agency: officer.agency };
      case 'hand-off': {
        const target = PROVINCE_AGENCIES.find((agency) => agency.id === request.agencyId);
        if (!target) throw failure('invalid-request', 400, 'Cơ quan không hợp lệ.', [{ pointer: '/agencyId', message: 'Cơ quan không có trong tỉnh.' }]);
        return { kind: 'IN_PROCESS', agency: { id: target.id, name: target.vi }, ...(request.step ? { step: String(request.step) } : {}) };
      }
      case 'request-payment':
        if (Number(request.amount) > 100_000_000) {
          throw failure('invalid-request', 400, 'Dữ liệu không hợp lệ.', [{ pointer: '/amount', message: 'Số tiền vượt mức cho phép (100.000.000 ₫).' }]);
        }
        return { kind: 'PAYMENT_REQUIRED', amount: Number(request.amount), reason: String(request.reason) };
      case 'record-result':
        return { kind: 'RESULT_READY', outcome: request.outcome as 'GRANTED', ...(request.reason ? { reason: String(request.reason) } : {}) };
      case 'return':
        return { kind: 'RETURNED' };
      case 'refuse':
        return { kind: 'REFUSED', reason: String(request.reason) };
      case 'stop':
        return { kind: 'STOPPED', reason: String(request.reason) };
      case 'apologize':
        return 'apology';
    }
  };

  let clock = Date.parse('2026-12-07T09:00:00+07:00');
  const at = () => new Date((clock += 60_000)).toISOString();

  return {
    records,
    calls,
    uploads,
    touch(code) {
      const record = records.get(code)!;
      record.version += 1;
    },
    signedIn: () => session,
    async me() {
      return session;
    },
    async login(username, password) {
      const officer = OFFICERS[username];
      if (!officer || password !== 'demo-minhson') throw failure('unauthorized', 401, 'Tên đăng nhập hoặc mật khẩu không đúng.');
      session = officer;
      return officer;
    },
    async logout() {
      session = undefined;
    },
    // The bodies are the server's (apps/server/src/views.ts: queueRow, officerView), read by the console's readers.
    async queue(query): Promise<QueuePage> {
      const officer = requireSession();
      const mine = [...records.values()]
        .filter((record) => record.agencyId === officer.agency.id && (!query.state || record.dossier.state.kind === query.state))
        .sort((a, b) => Date.parse(b.dossier.submittedAt) - Date.parse(a.dossier.submittedAt));
      const items = mine.slice(query.offset, query.offset + query.limit).map(({ dossier, version, applicant }) => ({
        code: dossier.code,
        version,
        procedure: dossier.procedure,
        applicantName: applicant.name,
        state: dossier.state,
        channel: dossier.channel,
        submittedAt: dossier.submittedAt,
        ...(dossier.dueAt ? { dueAt: dossier.dueAt } : {}),
        ...(dossier.revisedDueAt ? { revisedDueAt: dossier.revisedDueAt } : {}),
      }));
      return readQueuePage(JSON.parse(JSON.stringify({ total: mine.length, limit: query.limit, offset: query.offset, items })), query);
    },
    async dossier(code) {
      const record = own(code);
      const body = {
        code,
        version: record.version,
        agencyId: record.agencyId,
        dossier: record.dossier,
        applicant: record.applicant,
        data: record.data,
        attachments: record.attachments.map((file) => ({ ...file, downloadUrl: `/api/officer/attachments/${file.id}` })),
      };
      return readOfficerDossier(JSON.parse(JSON.stringify(body)));
    },
    async act(code, request) {
      const record = own(code);
      const officer = requireSession();
      calls.push({ code, action: clone(request) });
      if (request.expectedVersion !== record.version) throw failure('version-conflict', 409, 'Hồ sơ đã được cập nhật bởi người khác.');
      const details = { at: at(), agency: officer.agency, actor: officer.displayName };
      try {
        const target = stateOf(request, record, officer);
        let dossier = record.dossier;
        if (target === 'apology') {
          dossier = apologize(dossier, { at: details.at, reason: String(request.reason), agency: officer.agency, revisedDueAt: String(request.revisedDueAt) });
        } else if (target === 'accept') {
          dossier = transition(dossier, { kind: 'RECEIVED' }, details);
          dossier = { ...transition(dossier, { kind: 'IN_PROCESS', agency: officer.agency }, { ...details, at: at() }), dueAt: '2026-12-14T17:00:00+07:00' };
        } else {
          dossier = transition(dossier, target, details);
        }
        if (request.action === 'hand-off' && target !== 'apology' && target !== 'accept' && target.kind === 'IN_PROCESS' && target.agency.id) record.agencyId = target.agency.id;
        record.dossier = dossier;
        record.version += 1;
      } catch (error) {
        if (error instanceof DossierTransitionError || error instanceof ApologyError) throw failure('invalid-transition', 409, error.message);
        throw error;
      }
    },
    async uploadResult(file, name) {
      requireSession();
      uploads.push({ name, size: file.size });
      return `res_${uploads.length}`;
    },
    async procedureSchema(id) {
      // The prepared schema, as the server serves it (`dvc-schema build`'s output).
      const response = await fetch(new URL(`../src/generated/${encodeURIComponent(id)}/schema.json`, import.meta.url));
      return response.ok ? response.json() : undefined;
    },
    attachmentUrl(id) {
      return `/api/officer/attachments/${encodeURIComponent(id)}`;
    },
  };
}
