/**
 * Dossiers for the tracker's stories and tests, one per state and case, with dates relative to today (so that a
 * dossier "with 3 working days left" stays so whenever the tests run), and the in-memory source scripted per call:
 * it answers from a list of dossiers, or fails with a chosen code, after an optional delay, and counts its calls.
 */
import { addWorkingDays } from '@dvc-kit/vn';
import {
  DossierSourceError,
  createMemoryDossierSource,
  type SecondFactor,
  type Delivery,
  type Dossier,
  type DossierEvent,
  type DossierSource,
  type DossierSourceErrorCode,
  type DossierState,
  type LookupRequest,
  type SecondFactorKind,
} from '@dvc-kit/dossier';

/** The Vietnam day `n` working days from today (negative: before), at `time` Vietnam time. */
export function workingDayAt(n: number, time = '17:00'): string {
  return `${addWorkingDays(new Date(), n)}T${time}:00+07:00`;
}

/** An instant `days` calendar days from now. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

const AGENCY = { id: '000.00.01.H29', name: 'UBND phường Ba Đình' };
const DESK = { id: '000.00.01.H29', name: 'Bộ phận Một cửa phường Ba Đình' };
const OFFICE = { name: 'Trung tâm Phục vụ hành chính công phường Ba Đình', address: 'Số 10 Đội Cấn, phường Ba Đình, Hà Nội', hours: 'Thứ Hai đến Thứ Sáu, 7:30–11:30 và 13:30–17:00' };

const submitted: DossierEvent = { state: { kind: 'SUBMITTED' }, at: daysFromNow(-9), actor: 'Công dân', note: 'Nộp trực tuyến trên Cổng Dịch vụ công' };
const received: DossierEvent = { state: { kind: 'RECEIVED' }, at: daysFromNow(-8), agency: DESK, actor: 'Nguyễn Thị Hoa' };
const inProcess: DossierEvent = {
  state: { kind: 'IN_PROCESS', agency: AGENCY, step: 'Thẩm định hồ sơ' },
  at: daysFromNow(-7),
  agency: AGENCY,
  note: 'Chuyển công chức tư pháp – hộ tịch',
};

function dossier(code: string, state: DossierState, events: DossierEvent[], extra: Partial<Dossier> = {}): Dossier {
  return {
    code,
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    applicant: { name: 'Trần Văn An', idNumber: '001099012345' }, // unmasked on purpose: the tracker masks it
    channel: 'ONLINE',
    submittedAt: submitted.at,
    receivedAt: received.at,
    dueAt: workingDayAt(3),
    state,
    events: [...events, { state, at: daysFromNow(-1), agency: AGENCY }],
    delivery: { method: 'IN_PERSON', place: OFFICE },
    ...extra,
  };
}

const ONLINE_RESULT: Delivery = {
  method: 'ONLINE',
  result: {
    title: 'Giấy khai sinh (bản điện tử)',
    documentNumber: '123/GKS-UBND',
    issuedAt: daysFromNow(-1),
    issuer: AGENCY,
    fileName: 'giay-khai-sinh.pdf',
    mediaType: 'application/pdf',
    signed: true,
    downloadUrl: 'https://dichvucong.example.gov.vn/ket-qua/giay-khai-sinh.pdf',
  },
};

/** One dossier per case, by a name the stories and tests share. */
export const TRACKER_DOSSIERS = {
  submitted: {
    code: '000.00.01.H29-261201-0001',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    applicant: { name: 'Trần Văn An', idNumber: '*********345' },
    channel: 'ONLINE',
    submittedAt: submitted.at,
    state: { kind: 'SUBMITTED' },
    events: [submitted],
    delivery: { method: 'ONLINE' },
  },
  received: dossier('000.00.01.H29-261201-0002', { kind: 'RECEIVED' }, [submitted]),
  refused: dossier('000.00.01.H29-261201-0003', { kind: 'REFUSED', reason: 'Thủ tục không thuộc thẩm quyền giải quyết của UBND phường.' }, [submitted], {
    dueAt: undefined,
    receivedAt: undefined,
  }),
  supplementIntake: dossier(
    '000.00.01.H29-261201-0004',
    {
      kind: 'SUPPLEMENT_REQUIRED',
      stage: 'intake',
      reason: 'Bản chụp giấy chứng sinh không rõ nét.',
      items: [{ name: 'Giấy chứng sinh', note: 'bản chụp rõ nét, đủ bốn góc' }, { name: 'Tờ khai đăng ký khai sinh' }],
      deadline: workingDayAt(5),
    },
    [submitted],
    { dueAt: undefined, receivedAt: undefined },
  ),
  supplementProcessing: dossier(
    '000.00.01.H29-261201-0005',
    { kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', reason: 'Thiếu văn bản thỏa thuận chọn quốc tịch (Điều 16 Luật Hộ tịch).', items: [{ name: 'Văn bản thỏa thuận chọn quốc tịch cho con' }] },
    [submitted, received, inProcess],
  ),
  inProcess: dossier('000.00.01.H29-261201-0006', { kind: 'IN_PROCESS', agency: AGENCY, step: 'Trình lãnh đạo ký' }, [submitted, received, inProcess]),
  paymentRequired: dossier('000.00.01.H29-261201-0007', { kind: 'PAYMENT_REQUIRED', amount: 1_234_000, reason: 'Lệ phí đăng ký' }, [submitted, received, inProcess]),
  resultReadyOnline: dossier('000.00.01.H29-261201-0008', { kind: 'RESULT_READY', outcome: 'GRANTED' }, [submitted, received, inProcess], {
    delivery: ONLINE_RESULT,
    dueAt: workingDayAt(2),
  }),
  returnedInPerson: dossier('000.00.01.H29-261201-0009', { kind: 'RETURNED' }, [submitted, received, inProcess, { state: { kind: 'RESULT_READY', outcome: 'GRANTED' }, at: daysFromNow(-2), agency: AGENCY }]),
  resultReadyPost: dossier('000.00.01.H29-261201-0010', { kind: 'RESULT_READY', outcome: 'GRANTED' }, [submitted, received, inProcess], {
    delivery: { method: 'POST', carrier: 'Bưu điện Việt Nam (VNPost)', trackingNumber: 'EB123456789VN', trackingUrl: 'https://vnpost.example.vn/tra-cuu?id=EB123456789VN' },
  }),
  withdrawn: dossier('000.00.01.H29-261201-0011', { kind: 'WITHDRAWN', reason: 'Công dân đề nghị rút hồ sơ.' }, [submitted, received]),
  stopped: dossier('000.00.01.H29-261201-0012', { kind: 'STOPPED', reason: 'Công dân không bổ sung hồ sơ trong thời hạn yêu cầu.' }, [submitted, received, inProcess]),
  late: dossier('000.00.01.H29-261201-0013', { kind: 'IN_PROCESS', agency: AGENCY, step: 'Thẩm định hồ sơ' }, [submitted, received, inProcess], {
    dueAt: workingDayAt(-2),
  }),
  apology: dossier('000.00.01.H29-261201-0014', { kind: 'IN_PROCESS', agency: AGENCY, step: 'Xác minh thông tin' }, [submitted, received, inProcess], {
    dueAt: workingDayAt(-1),
    revisedDueAt: workingDayAt(4),
    apology: { at: daysFromNow(-2), reason: 'Cần xác minh thông tin cư trú với Công an phường.', agency: AGENCY },
  }),
} satisfies Record<string, Dossier>;

export type TrackerCase = keyof typeof TRACKER_DOSSIERS;

/** What a scripted source does on each call: answer from its dossiers, or fail with a code. */
export type Script = { fail?: DossierSourceErrorCode; delayMs?: number; retryAfterMs?: number };

/** A scripted source and its record of calls. */
export type ScriptedSource = DossierSource & {
  calls: LookupRequest[];
  /** What the next calls do (the last entry repeats). */
  script: Script[];
  /** Replaces a dossier, as the server would after a change. */
  update(dossier: Dossier): void;
};

/** The applicant's full ID number and phone in the fixtures (the dossiers show them masked). */
export const FIXTURE_ID_NUMBER = '001099012345';
export const FIXTURE_PHONE = '0912345678';

/**
 * `@dvc-kit/dossier`'s in-memory source over `dossiers`, scripted per call (fail with a code, answer late) and
 * counting its calls, for the stories and tests. With `secondFactors`, a lookup must bring the applicant's ID number
 * `001099012345` or phone `0912345678` (those of the kinds given).
 */
export function scriptedSource(dossiers: readonly Dossier[], secondFactors: readonly SecondFactorKind[] = [], script: Script[] = [{}]): ScriptedSource {
  const accepted = [
    { kind: 'id-number', value: FIXTURE_ID_NUMBER },
    { kind: 'phone', value: FIXTURE_PHONE },
  ].filter((f) => secondFactors.includes(f.kind as SecondFactorKind)) as SecondFactor[];
  let step: Script = {};
  const memory = createMemoryDossierSource(dossiers, {
    secondFactors: Object.fromEntries(accepted.length ? dossiers.map((d) => [d.code, accepted]) : []),
    failWith: () =>
      step.fail
        ? new DossierSourceError(step.fail, `Failed on purpose with ${step.fail} (story source).`, {
            ...(STATUS[step.fail] ? { status: STATUS[step.fail] } : {}),
            ...(step.retryAfterMs ? { retryAfterMs: step.retryAfterMs } : {}),
          })
        : undefined,
  });
  const source: ScriptedSource = {
    secondFactors: memory.secondFactors,
    calls: [],
    script,
    update: (dossier) => memory.set(dossier),
    async lookup(request, options) {
      source.calls.push(request);
      step = source.script.length > 1 ? source.script.shift()! : (source.script[0] ?? {});
      if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
      return memory.lookup(request, options);
    },
    payment: (request, options) => memory.payment(request, options),
  };
  return source;
}

const STATUS: Partial<Record<DossierSourceErrorCode, number>> = {
  'invalid-request': 400,
  'not-found': 404,
  'wrong-second-factor': 403,
  'rate-limited': 429,
  server: 503,
};

/** Every fixture dossier. */
export const ALL_TRACKER_DOSSIERS: readonly Dossier[] = Object.values(TRACKER_DOSSIERS) as Dossier[];
