/**
 * Sample dossiers for stories, demos and tests: one per state, plus late, apology, supplement at intake and in
 * processing, each delivery method and each payment status. They are built with the lifecycle functions, so each
 * is a history the state machine allows, and they use the real procedure codes of `schemas/procedures/`.
 * Fees follow those procedures' demo rates. Not for production.
 */
import { apologize } from './apology.js';
import { openDossier, transition } from './lifecycle.js';
import type { DossierInit } from './lifecycle.js';
import type { Agency, Dossier, DossierFees, DossierPayment, SecondFactor } from './types.js';

/** "Now" for the samples: their timeliness (in time, late, …) reads as their names say at this instant. */
export const SAMPLE_NOW = '2026-03-04T10:00:00+07:00';

/** The applicant's full identity number and phone in every sample (fictitious); the dossiers show them masked. */
export const SAMPLE_ID_NUMBER = '001099000123';
export const SAMPLE_PHONE = '0912345689';
const APPLICANT = { name: 'Nguyễn Văn An', idNumber: '*********123', phone: '09******89' };

const PROCEDURES = {
  birth: { code: '1.001193', name: 'Đăng ký khai sinh' },
  land: { code: '1.012783', name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' },
  games: { code: '1.013792', name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng' },
  business: { code: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh' },
  judicial: { code: '3.000333', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam' },
} as const;

const DESK = 'Bộ phận tiếp nhận và trả kết quả';
const WARD: Agency = { id: '000.00.12.H29', name: 'UBND phường Ba Đình' };
const PROVINCE_CENTRE: Agency = { id: '000.00.01.H29', name: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội' };
const LAND_OFFICE: Agency = { id: '000.21.30.H29', name: 'Văn phòng Đăng ký đất đai Hà Nội' };
const TAX_OFFICE: Agency = { id: '000.17.05.H29', name: 'Thuế thành phố Hà Nội' };
const JUSTICE: Agency = { id: '000.19.01.H29', name: 'Sở Tư pháp Hà Nội' };
const POLICE: Agency = { id: '000.15.01.H29', name: 'Công an thành phố Hà Nội' };
const PAYEE = { bankBin: '970436', accountNumber: '0011004567890', accountName: 'TRUNG TAM PHUC VU HANH CHINH CONG' };
const IN_PERSON = { method: 'IN_PERSON', place: { name: PROVINCE_CENTRE.name, address: '258 Võ Chí Công, phường Phú Thượng, Hà Nội', hours: 'Thứ Hai - Thứ Sáu, 7:30 - 11:30, 13:30 - 17:00' } } as const;

function init(code: string, procedure: (typeof PROCEDURES)[keyof typeof PROCEDURES], rest: Partial<DossierInit> = {}): DossierInit {
  return {
    code,
    procedure: { ...procedure },
    applicant: { ...APPLICANT },
    channel: 'ONLINE',
    submittedAt: rest.submittedAt ?? '2026-02-23T08:15:00+07:00',
    delivery: { method: 'ONLINE' },
    ...rest,
  };
}

function payment(code: string, amount: number, status: DossierPayment['status'], extra: Partial<DossierPayment> = {}): DossierPayment {
  return { status, amount, payee: { ...PAYEE, purpose: code.slice(0, 25) }, updatedAt: '2026-03-04T09:00:00+07:00', ...extra };
}

const landFees = (code: string, status: DossierPayment['status'], extra: Partial<DossierPayment> = {}): DossierFees => ({
  lines: [{ key: 'certificate', kind: 'LE_PHI', name: 'Lệ phí cấp đổi Giấy chứng nhận', gross: 50_000, amount: 50_000, legalBasis: 'Nghị quyết của HĐND tỉnh Đồng Nai (mức demo)' }],
  total: 50_000,
  payment: payment(code, 50_000, status, extra),
});

const businessFees = (code: string, status: DossierPayment['status'], extra: Partial<DossierPayment> = {}): DossierFees => ({
  lines: [{ key: 'registration', kind: 'LE_PHI', name: 'Lệ phí đăng ký hộ kinh doanh', gross: 100_000, amount: 100_000 }],
  total: 100_000,
  payment: payment(code, 100_000, status, extra),
});

const judicialFees = (code: string, status: DossierPayment['status'], extra: Partial<DossierPayment> = {}): DossierFees => ({
  lines: [
    {
      key: 'judicialRecord',
      kind: 'PHI',
      name: 'Phí cung cấp thông tin lý lịch tư pháp',
      gross: 200_000,
      exemption: { reason: 'Sinh viên: giảm 50%', percent: 50, amount: 100_000 },
      amount: 100_000,
      legalBasis: 'Thông tư 16/2025/TT-BTC',
    },
    { key: 'postage', kind: 'POSTAGE', name: 'Cước dịch vụ bưu chính công ích (trả kết quả)', gross: 25_000, amount: 25_000 },
  ],
  total: 125_000,
  payment: payment(code, 125_000, status, extra),
});

function build() {
  const submitted = openDossier(init('000.00.12.H29-260303-0007', PROCEDURES.birth, { submittedAt: '2026-03-03T16:20:00+07:00' }), {
    state: { kind: 'SUBMITTED' },
    at: '2026-03-03T16:20:00+07:00',
    actor: 'Công dân',
  });

  let supplementAtIntake = openDossier(init('000.00.12.H29-260302-0003', PROCEDURES.business, { submittedAt: '2026-03-02T09:00:00+07:00' }), {
    state: { kind: 'SUBMITTED' },
    at: '2026-03-02T09:00:00+07:00',
    actor: 'Công dân',
  });
  supplementAtIntake = transition(
    supplementAtIntake,
    {
      kind: 'SUPPLEMENT_REQUIRED',
      stage: 'intake',
      reason: 'Hồ sơ chưa đủ thành phần theo Điều 87 Nghị định 168/2025/NĐ-CP.',
      items: [
        { name: 'Biên bản họp thành viên hộ gia đình', componentKey: 'membersMinutes', note: 'Cần chữ ký của tất cả thành viên.' },
        { name: 'Giấy đề nghị đăng ký hộ kinh doanh', componentKey: 'application', note: 'Ghi rõ ngành, nghề kinh doanh.' },
      ],
      deadline: '2026-03-17T17:00:00+07:00',
    },
    { at: '2026-03-03T10:30:00+07:00', agency: WARD, actor: DESK },
  );

  let refused = openDossier(init('000.00.01.H29-260226-0011', PROCEDURES.judicial, { submittedAt: '2026-02-26T14:00:00+07:00', delivery: { method: 'POST', carrier: 'Bưu điện Việt Nam (VNPost)' } }), {
    state: { kind: 'SUBMITTED' },
    at: '2026-02-26T14:00:00+07:00',
  });
  refused = transition(
    refused,
    { kind: 'REFUSED', reason: 'Yêu cầu cấp Phiếu lý lịch tư pháp số 2 cho người khác phải do chính người được cấp phiếu thực hiện.' },
    { at: '2026-02-27T08:45:00+07:00', agency: JUSTICE, actor: DESK },
  );

  // Filed on paper at the desk: its history starts at RECEIVED. 5 working days from Mon 2 Mar: Mon 9 Mar.
  const receivedCode = '000.00.01.H29-260302-0042';
  const received = {
    ...openDossier(
      init(receivedCode, PROCEDURES.land, { channel: 'DIRECT', submittedAt: '2026-03-02T14:10:00+07:00', delivery: { ...IN_PERSON } }),
      { state: { kind: 'RECEIVED' }, at: '2026-03-02T14:10:00+07:00', agency: PROVINCE_CENTRE, actor: DESK, note: 'Đã cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.' },
    ),
    dueAt: '2026-03-09T17:00:00+07:00',
    fees: landFees(receivedCode, 'unpaid'),
  };

  // In time at SAMPLE_NOW, after a hand-off between agencies (liên thông); the result comes back by post.
  const inProcessCode = '000.00.01.H29-260227-0019';
  let inProcess: Dossier = {
    ...openDossier(init(inProcessCode, PROCEDURES.land, { submittedAt: '2026-02-27T08:30:00+07:00', delivery: { method: 'POST', carrier: 'Bưu điện Việt Nam (VNPost)' } }), {
      state: { kind: 'SUBMITTED' },
      at: '2026-02-27T08:30:00+07:00',
      actor: 'Công dân',
    }),
    fees: landFees(inProcessCode, 'pending', { reference: 'PAYGOV-260304-88121' }),
  };
  inProcess = transition(inProcess, { kind: 'RECEIVED' }, { at: '2026-02-27T10:00:00+07:00', agency: PROVINCE_CENTRE, actor: DESK });
  inProcess = { ...inProcess, dueAt: '2026-03-06T17:00:00+07:00' };
  inProcess = transition(inProcess, { kind: 'IN_PROCESS', agency: LAND_OFFICE, step: 'Thẩm định hồ sơ', stepDueAt: '2026-03-03T17:00:00+07:00' }, { at: '2026-02-27T14:00:00+07:00', agency: PROVINCE_CENTRE, actor: DESK });
  inProcess = transition(
    inProcess,
    { kind: 'IN_PROCESS', agency: TAX_OFFICE, step: 'Xác định nghĩa vụ tài chính', stepDueAt: '2026-03-05T17:00:00+07:00' },
    { at: '2026-03-03T15:30:00+07:00', agency: LAND_OFFICE, actor: 'Chuyên viên thẩm định', note: 'Chuyển cơ quan thuế.' },
  );

  let supplementInProcessing = openDossier(init('000.00.01.H29-260225-0031', PROCEDURES.judicial, { submittedAt: '2026-02-25T10:00:00+07:00' }), {
    state: { kind: 'SUBMITTED' },
    at: '2026-02-25T10:00:00+07:00',
  });
  supplementInProcessing = transition(supplementInProcessing, { kind: 'RECEIVED' }, { at: '2026-02-25T14:00:00+07:00', agency: JUSTICE, actor: DESK });
  supplementInProcessing = {
    ...supplementInProcessing,
    dueAt: '2026-03-09T17:00:00+07:00',
    fees: judicialFees('000.00.01.H29-260225-0031', 'paid', { paidAmount: 125_000, paidAt: '2026-02-25T10:05:00+07:00', reference: 'PAYGOV-260225-10421' }),
  };
  supplementInProcessing = transition(supplementInProcessing, { kind: 'IN_PROCESS', agency: JUSTICE, step: 'Tra cứu thông tin lý lịch tư pháp' }, { at: '2026-02-26T08:00:00+07:00', agency: JUSTICE });
  supplementInProcessing = transition(
    supplementInProcessing,
    {
      kind: 'SUPPLEMENT_REQUIRED',
      stage: 'processing',
      reason: 'Cần xác minh nơi cư trú trước năm 2010 (Điều 46 Luật Lý lịch tư pháp).',
      items: [{ name: 'Bản sao giấy tờ chứng minh nơi cư trú trước năm 2010', componentKey: 'identityCopy' }],
      deadline: '2026-03-13T17:00:00+07:00',
    },
    { at: '2026-03-02T09:30:00+07:00', agency: JUSTICE, actor: 'Chuyên viên Sở Tư pháp' },
  );

  const paymentCode = '000.00.12.H29-260302-0005';
  let paymentRequired: Dossier = {
    ...openDossier(init(paymentCode, PROCEDURES.business, { submittedAt: '2026-03-02T08:00:00+07:00' }), { state: { kind: 'SUBMITTED' }, at: '2026-03-02T08:00:00+07:00' }),
    fees: businessFees(paymentCode, 'unpaid'),
  };
  paymentRequired = transition(paymentRequired, { kind: 'RECEIVED' }, { at: '2026-03-02T09:00:00+07:00', agency: WARD, actor: DESK });
  paymentRequired = { ...paymentRequired, dueAt: '2026-03-05T17:00:00+07:00' };
  paymentRequired = transition(paymentRequired, { kind: 'IN_PROCESS', agency: WARD, step: 'Thẩm định' }, { at: '2026-03-02T10:00:00+07:00', agency: WARD });
  paymentRequired = transition(paymentRequired, { kind: 'PAYMENT_REQUIRED', amount: 100_000, reason: 'Nộp lệ phí đăng ký hộ kinh doanh trước khi nhận kết quả.' }, { at: '2026-03-03T15:00:00+07:00', agency: WARD });

  // Overdue at SAMPLE_NOW (due Fri 27 Feb), and its payment failed.
  const lateCode = '000.00.12.H29-260220-0002';
  let late: Dossier = {
    ...openDossier(init(lateCode, PROCEDURES.business, { submittedAt: '2026-02-23T08:00:00+07:00', delivery: { ...IN_PERSON } }), { state: { kind: 'SUBMITTED' }, at: '2026-02-23T08:00:00+07:00' }),
    fees: businessFees(lateCode, 'failed', { failureReason: 'Giao dịch bị ngân hàng từ chối.', reference: 'PAYGOV-260223-00917' }),
  };
  late = transition(late, { kind: 'RECEIVED' }, { at: '2026-02-24T09:00:00+07:00', agency: WARD, actor: DESK });
  late = { ...late, dueAt: '2026-02-27T17:00:00+07:00' };
  late = transition(late, { kind: 'IN_PROCESS', agency: WARD, step: 'Thẩm định' }, { at: '2026-02-24T10:00:00+07:00', agency: WARD });

  // Late too, but the agency apologised in time and set a new date after SAMPLE_NOW.
  let apology = openDossier(init('000.00.12.H29-260223-0004', PROCEDURES.games, { submittedAt: '2026-02-09T08:00:00+07:00', delivery: { method: 'ONLINE' } }), {
    state: { kind: 'SUBMITTED' },
    at: '2026-02-09T08:00:00+07:00',
  });
  apology = transition(apology, { kind: 'RECEIVED' }, { at: '2026-02-09T10:00:00+07:00', agency: WARD, actor: DESK });
  apology = { ...apology, dueAt: '2026-02-24T17:00:00+07:00' };
  apology = transition(apology, { kind: 'IN_PROCESS', agency: WARD, step: 'Kiểm tra thực tế tại điểm' }, { at: '2026-02-10T08:00:00+07:00', agency: WARD });
  apology = apologize(apology, {
    at: '2026-02-23T16:00:00+07:00',
    reason: 'Chưa bố trí được đoàn kiểm tra thực tế tại điểm do nghỉ Tết Nguyên đán.',
    agency: WARD,
    revisedDueAt: '2026-03-10T17:00:00+07:00',
    documentUrl: 'https://dichvucong.example.gov.vn/van-ban/xin-loi-000.00.12.H29-260223-0004.pdf',
  });

  const resultCode = '000.00.12.H29-260302-0001';
  let resultReady: Dossier = openDossier(init(resultCode, PROCEDURES.birth, { submittedAt: '2026-03-02T08:00:00+07:00' }), { state: { kind: 'SUBMITTED' }, at: '2026-03-02T08:00:00+07:00' });
  resultReady = transition(resultReady, { kind: 'RECEIVED' }, { at: '2026-03-02T08:30:00+07:00', agency: WARD, actor: DESK });
  resultReady = { ...resultReady, dueAt: '2026-03-02T17:00:00+07:00' };
  resultReady = transition(resultReady, { kind: 'IN_PROCESS', agency: WARD, step: 'Ghi Sổ hộ tịch' }, { at: '2026-03-02T09:00:00+07:00', agency: WARD });
  resultReady = transition(resultReady, { kind: 'RESULT_READY', outcome: 'GRANTED' }, { at: '2026-03-02T11:00:00+07:00', agency: WARD, actor: 'Công chức tư pháp - hộ tịch' });
  resultReady = {
    ...resultReady,
    delivery: {
      method: 'ONLINE',
      result: {
        title: 'Giấy khai sinh (bản điện tử)',
        documentNumber: '125/2026/GKS',
        issuedAt: '2026-03-02T11:00:00+07:00',
        issuer: WARD,
        fileName: 'giay-khai-sinh-000.00.12.H29-260302-0001.pdf',
        mediaType: 'application/pdf',
        size: 184_320,
        sha256: '9f2c4e1a7b3d5f6081a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708',
        signed: true,
        downloadUrl: 'https://dichvucong.example.gov.vn/ket-qua/000.00.12.H29-260302-0001.pdf',
        expiresAt: '2026-06-02T11:00:00+07:00',
      },
    },
    fees: {
      lines: [
        { key: 'registration', kind: 'LE_PHI', name: 'Lệ phí đăng ký khai sinh', gross: 0, amount: 0, legalBasis: 'Miễn lệ phí đăng ký khai sinh đúng hạn' },
        { key: 'extractCopies', kind: 'PHI', name: 'Phí cấp bản sao trích lục', quantity: 2, gross: 16_000, amount: 16_000 },
      ],
      total: 16_000,
      payment: payment(resultCode, 16_000, 'paid', { paidAmount: 16_000, paidAt: '2026-03-02T08:05:00+07:00', reference: 'PAYGOV-260302-55310' }),
    },
  };

  let rejected = openDossier(init('000.00.12.H29-260216-0001', PROCEDURES.games, { channel: 'DIRECT', submittedAt: '2026-02-11T09:00:00+07:00', delivery: { ...IN_PERSON } }), {
    state: { kind: 'RECEIVED' },
    at: '2026-02-11T09:00:00+07:00',
    agency: WARD,
    actor: DESK,
  });
  rejected = { ...rejected, dueAt: '2026-03-02T17:00:00+07:00' };
  rejected = transition(rejected, { kind: 'IN_PROCESS', agency: WARD, step: 'Kiểm tra thực tế tại điểm' }, { at: '2026-02-12T08:00:00+07:00', agency: WARD });
  rejected = transition(
    rejected,
    { kind: 'RESULT_READY', outcome: 'REJECTED', reason: 'Điểm cung cấp dịch vụ cách cổng trường học dưới 200 m (Điều 35 Nghị định 147/2024/NĐ-CP).' },
    { at: '2026-02-27T15:00:00+07:00', agency: WARD, actor: 'Chủ tịch UBND phường' },
  );

  const returnedCode = '000.00.01.H29-260211-0008';
  let returned: Dossier = {
    ...openDossier(init(returnedCode, PROCEDURES.judicial, { submittedAt: '2026-02-11T08:00:00+07:00', delivery: { method: 'POST', carrier: 'Bưu điện Việt Nam (VNPost)' } }), {
      state: { kind: 'SUBMITTED' },
      at: '2026-02-11T08:00:00+07:00',
    }),
    fees: judicialFees(returnedCode, 'paid', { paidAmount: 125_000, paidAt: '2026-02-11T08:10:00+07:00', reference: 'PAYGOV-260211-30077' }),
  };
  returned = transition(returned, { kind: 'RECEIVED' }, { at: '2026-02-11T09:00:00+07:00', agency: JUSTICE, actor: DESK });
  returned = { ...returned, dueAt: '2026-03-02T17:00:00+07:00' };
  returned = transition(returned, { kind: 'IN_PROCESS', agency: JUSTICE, step: 'Tra cứu thông tin' }, { at: '2026-02-11T10:00:00+07:00', agency: JUSTICE });
  returned = transition(returned, { kind: 'IN_PROCESS', agency: POLICE, step: 'Xác minh án tích' }, { at: '2026-02-12T10:00:00+07:00', agency: JUSTICE });
  returned = transition(returned, { kind: 'IN_PROCESS', agency: JUSTICE, step: 'Cấp Phiếu' }, { at: '2026-02-25T10:00:00+07:00', agency: POLICE });
  returned = transition(returned, { kind: 'RESULT_READY', outcome: 'GRANTED' }, { at: '2026-02-26T15:00:00+07:00', agency: JUSTICE });
  returned = transition(returned, { kind: 'RETURNED' }, { at: '2026-02-27T09:00:00+07:00', agency: JUSTICE, actor: 'Bưu điện Việt Nam (VNPost)', note: 'Đã giao cho bưu điện.' });
  returned = {
    ...returned,
    delivery: { method: 'POST', carrier: 'Bưu điện Việt Nam (VNPost)', trackingNumber: 'EK123456789VN', trackingUrl: 'https://www.vnpost.vn/tra-cuu-hanh-trinh/buu-pham?key=EK123456789VN' },
  };

  let withdrawn = openDossier(init('000.00.12.H29-260226-0009', PROCEDURES.business, { submittedAt: '2026-02-26T08:00:00+07:00' }), { state: { kind: 'SUBMITTED' }, at: '2026-02-26T08:00:00+07:00' });
  withdrawn = transition(withdrawn, { kind: 'RECEIVED' }, { at: '2026-02-26T09:00:00+07:00', agency: WARD, actor: DESK });
  withdrawn = { ...withdrawn, dueAt: '2026-03-03T17:00:00+07:00' };
  withdrawn = transition(withdrawn, { kind: 'WITHDRAWN', reason: 'Công dân đề nghị rút hồ sơ để bổ sung ngành nghề.' }, { at: '2026-02-27T10:00:00+07:00', agency: WARD, actor: 'Công dân' });

  let stopped = openDossier(init('000.00.01.H29-260210-0015', PROCEDURES.land, { submittedAt: '2026-02-10T08:00:00+07:00', delivery: { ...IN_PERSON } }), { state: { kind: 'SUBMITTED' }, at: '2026-02-10T08:00:00+07:00' });
  stopped = transition(stopped, { kind: 'RECEIVED' }, { at: '2026-02-10T10:00:00+07:00', agency: PROVINCE_CENTRE, actor: DESK });
  stopped = { ...stopped, dueAt: '2026-02-27T17:00:00+07:00' };
  stopped = transition(stopped, { kind: 'IN_PROCESS', agency: LAND_OFFICE, step: 'Thẩm định' }, { at: '2026-02-10T14:00:00+07:00', agency: PROVINCE_CENTRE });
  stopped = transition(
    stopped,
    { kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', reason: 'Thiếu bản đồ địa chính.', items: [{ name: 'Trích lục bản đồ địa chính', componentKey: 'measurementExtract' }], deadline: '2026-02-20T17:00:00+07:00' },
    { at: '2026-02-11T10:00:00+07:00', agency: LAND_OFFICE },
  );
  stopped = transition(stopped, { kind: 'STOPPED', reason: 'Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung.' }, { at: '2026-02-24T09:00:00+07:00', agency: LAND_OFFICE });

  return {
    submitted,
    supplementAtIntake,
    refused,
    received,
    inProcess,
    supplementInProcessing,
    paymentRequired,
    late,
    apology,
    resultReady,
    rejected,
    returned,
    withdrawn,
    stopped,
  };
}

/**
 * One sample per state and situation, by name: `submitted`, `supplementAtIntake`, `refused`, `received` (paper,
 * unpaid), `inProcess` (hand-off, by post, payment pending), `supplementInProcessing`, `paymentRequired` (unpaid),
 * `late` (overdue, payment failed), `apology`, `resultReady` (online with its electronic result, paid), `rejected`
 * (in person), `returned` (by post with tracking number, paid), `withdrawn`, `stopped`.
 */
export const SAMPLE_DOSSIERS = deepFreeze(build());
export type SampleName = keyof typeof SAMPLE_DOSSIERS;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The second factors every sample accepts (its applicant's full ID and phone), by dossier code. */
export const SAMPLE_SECOND_FACTORS: Readonly<Record<string, readonly SecondFactor[]>> = Object.freeze(
  Object.fromEntries(
    Object.values(SAMPLE_DOSSIERS).map((dossier) => [
      dossier.code,
      [
        { kind: 'id-number', value: SAMPLE_ID_NUMBER },
        { kind: 'phone', value: SAMPLE_PHONE },
      ] satisfies SecondFactor[],
    ]),
  ),
);
