// A stand-in for the service centre's server (apps/server) behind the built site in the browser tests: the same
// routes and shapes as api13 describes, with switches the tests set through /api/__test (what the next submit
// answers, and what the server saw). The real server is exercised by the lead's end-to-end tests.
import { readFile } from 'node:fs/promises';
import { SAMPLE_DOSSIERS, SAMPLE_NOW, SAMPLE_SECOND_FACTORS } from '@dvc-kit/dossier/samples';
import { computeStatistics } from '@dvc-kit/dossier/statistics';

const CATALOG = new URL('../src/generated/catalog.json', import.meta.url);
const CENTRE = { id: '000.00.01.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn' };
const PAYEE = { bankBin: '970436', accountNumber: '0011004455667', accountName: 'TTPVHCC TINH MINH SON' };

let state;
function reset() {
  state = {
    /** What the next submits answer, in turn: 'created', 'invalid', 'unavailable', 'unsupported', 'slow-created'. */
    submitPlan: [],
    submits: [],
    /** Answers by idempotency key: a repeated key gets the same answer. */
    byKey: new Map(),
    receipts: new Map(),
    payments: new Map(),
    paymentStarts: [],
    /** The bodies of lookups and payment checks (what proof they carried). */
    reads: [],
    failNextPayment: false,
    sequence: 0,
  };
}
reset();

const json = (context, status, body, headers = {}) => {
  context.status = status;
  context.type = 'application/json';
  for (const [name, value] of Object.entries(headers)) context.set(name, value);
  context.body = JSON.stringify(body);
};

async function rawBody(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The request as the server would read it: the submission part and the file parts (multipart), or the JSON body. */
async function readSubmission(context) {
  const body = await rawBody(context);
  const type = context.get('content-type');
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
    const submission = JSON.parse(String(form.get('submission')));
    const files = [];
    for (const [name, value] of form.entries()) {
      if (name !== 'submission') files.push({ part: name, fileName: value.name, size: value.size, type: value.type });
    }
    return { submission, files, multipart: true };
  }
  return { submission: JSON.parse(body.toString('utf8')), files: [], multipart: false };
}

function receiptFor(code, submission, files) {
  const owner = submission.data?.owner ?? {};
  const fee = submission.procedure === '1.013792' ? 0 : 100000;
  return {
    code,
    procedure: { code: submission.procedure, name: `Thủ tục ${submission.procedure}` },
    agency: CENTRE,
    applicant: { name: owner.fullName ?? 'Công dân', idNumberMasked: '********2345', phoneMasked: '09******78' },
    submittedAt: '2026-12-06T02:30:00.000Z',
    expectedDueAt: '2026-12-18',
    components: [{ field: '/attachments/application', name: 'Đơn đề nghị', files: files.map((f) => ({ fileName: f.fileName, size: f.size, sha256: 'ab'.repeat(32) })) }],
    fees: { lines: fee ? [{ key: 'appraisal', kind: 'PHI', name: 'Phí thẩm định', gross: fee, amount: fee }] : [], total: fee },
    ...(fee ? { payee: PAYEE } : {}),
    delivery: ((method) => (method === 'IN_PERSON' ? { method, place: { name: CENTRE.name } } : { method }))(submission.data?.delivery?.returnChannel ?? 'IN_PERSON'),
  };
}

async function submit(context) {
  const key = context.get('idempotency-key');
  const request = await readSubmission(context);
  state.submits.push({ key, ...request });
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(key)) return json(context, 400, { code: 'invalid-request', message: 'Thiếu Idempotency-Key' });
  const kept = state.byKey.get(key);
  if (kept) return json(context, kept.status, kept.body, { 'Idempotent-Replayed': 'true' });
  const plan = state.submitPlan.shift() ?? 'created';
  if (plan === 'unavailable') return json(context, 503, { code: 'unavailable', message: 'Máy chủ đang bận' });
  if (plan === 'invalid') {
    return json(context, 400, {
      code: 'invalid-request',
      message: 'Hồ sơ chưa hợp lệ',
      errors: [{ pointer: '/pointName', message: 'Tên điểm cung cấp dịch vụ đã được đăng ký (máy chủ)' }],
    });
  }
  if (plan === 'unsupported') return json(context, 415, { code: 'unsupported-media-type', message: 'Tệp không phải PDF' });
  if (plan === 'slow-created') await new Promise((resolve) => setTimeout(resolve, 400));
  const code = `000.00.01.H99-261206-${String(++state.sequence).padStart(4, '0')}`;
  const receipt = receiptFor(code, request.submission, request.files);
  const receiptToken = `token-${state.sequence}`;
  state.receipts.set(code, { receipt, receiptToken });
  if (receipt.fees.total > 0) state.payments.set(code, { status: 'unpaid', amount: receipt.fees.total, payee: PAYEE });
  const body = { code, receipt, receiptToken };
  state.byKey.set(key, { status: 201, body });
  return json(context, 201, body);
}

/** The contract's lookup: a dossier filed here (as the submitted sample), or a sample dossier of @dvc-kit/dossier. */
function lookup(code) {
  const filed = state.receipts.get(code);
  const dossier = filed ? { ...SAMPLE_DOSSIERS.submitted, code } : Object.values(SAMPLE_DOSSIERS).find((d) => d.code === code);
  if (!dossier) return null;
  const copy = structuredClone(dossier);
  // A server on plain http leaves the https result out and names its attachment (api13).
  if (copy.delivery.method === 'ONLINE' && copy.delivery.result) {
    delete copy.delivery.result;
    copy.delivery.resultAttachmentId = 'result-0001';
  }
  return copy;
}

export async function fakeApi(context, next) {
  const path = context.path;
  if (!path.startsWith('/api/')) return next();
  const method = context.method;
  if (path === '/api/__test/reset' && method === 'POST') {
    reset();
    return json(context, 200, {});
  }
  if (path === '/api/__test/plan' && method === 'POST') {
    state.submitPlan = JSON.parse((await rawBody(context)).toString('utf8'));
    return json(context, 200, {});
  }
  if (path === '/api/__test/fail-next-payment' && method === 'POST') {
    state.failNextPayment = true;
    return json(context, 200, {});
  }
  if (path === '/api/__test/seen' && method === 'GET') {
    return json(context, 200, { submits: state.submits, paymentStarts: state.paymentStarts, reads: state.reads });
  }
  if (path === '/api/catalog' && method === 'GET') {
    context.type = 'application/json';
    context.body = await readFile(CATALOG);
    return undefined;
  }
  if (path === '/api/dossiers' && method === 'POST') return submit(context);
  if (path === '/api/statistics' && method === 'GET') {
    // The sample dossiers' statistics, as the server computes them from its stored events.
    const { from, to } = context.query;
    const options = { asOf: SAMPLE_NOW, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    state.reads.push({ path, from, to });
    return json(context, 200, computeStatistics(Object.values(SAMPLE_DOSSIERS), options));
  }
  let match = /^\/api\/dossiers\/([^/]+)\/receipt$/.exec(path);
  if (match && method === 'GET') {
    const kept = state.receipts.get(decodeURIComponent(match[1]));
    if (!kept || context.query.token !== kept.receiptToken) return json(context, 404, { code: 'not-found', message: 'Không tìm thấy' });
    return json(context, 200, kept.receipt);
  }
  match = /^\/api\/dossiers\/([^/]+)\/payments$/.exec(path);
  if (match && method === 'POST') {
    const code = decodeURIComponent(match[1]);
    const body = JSON.parse((await rawBody(context)).toString('utf8') || '{}');
    state.paymentStarts.push({ code, key: context.get('idempotency-key'), body });
    const payment = state.payments.get(code);
    if (!payment || body.receiptToken !== state.receipts.get(code)?.receiptToken) return json(context, 403, { code: 'forbidden', message: 'Không có quyền' });
    // One payment per key, as the server: a repeated key replays the attempt it started.
    const attempt = state.byKey.get(`payment:${context.get('idempotency-key')}`);
    if (attempt) return json(context, attempt.status, attempt.body, { 'Idempotent-Replayed': 'true' });
    if (payment.status === 'pending' || payment.status === 'paid') return json(context, 409, { code: 'invalid-transition', message: 'Đang chờ xác nhận' });
    payment.status = 'pending';
    const fails = state.failNextPayment;
    state.failNextPayment = false;
    // The demo gateway settles it after a short delay.
    setTimeout(
      () =>
        Object.assign(
          payment,
          fails ? { status: 'failed', failureReason: 'Ngân hàng từ chối giao dịch' } : { status: 'paid', paidAmount: payment.amount, paidAt: '2026-12-06T02:35:00.000Z', reference: 'FT-DEMO-0001' },
        ),
      300,
    );
    state.byKey.set(`payment:${context.get('idempotency-key')}`, { status: 201, body: { payment: { ...payment } } });
    return json(context, 201, { payment });
  }
  if ((path === '/api/dossiers/payment' || path === '/api/dossiers/lookup') && method === 'POST') {
    const request = JSON.parse((await rawBody(context)).toString('utf8') || '{}');
    const { code, secondFactor, receiptToken } = request;
    state.reads.push({ path, ...request });
    // As the server: the receipt token or a second factor of the applicant opens the dossier.
    const tokenOk = receiptToken !== undefined && receiptToken === state.receipts.get(code)?.receiptToken;
    const factorOk = secondFactor !== undefined && (SAMPLE_SECOND_FACTORS[code] ?? []).some((f) => f.kind === secondFactor.kind && f.value === secondFactor.value);
    const known = state.receipts.has(code) || Object.values(SAMPLE_DOSSIERS).some((d) => d.code === code);
    if (known && !tokenOk && !factorOk) return json(context, 401, { code: 'wrong-second-factor', message: 'Thông tin xác minh không khớp với người nộp hồ sơ.' });
    if (path.endsWith('/payment')) {
      const payment = state.payments.get(code);
      return payment ? json(context, 200, payment) : json(context, 404, { code: 'not-found', message: 'Không tìm thấy hồ sơ' });
    }
    const dossier = lookup(code);
    return dossier ? json(context, 200, dossier) : json(context, 404, { code: 'not-found', message: 'Không tìm thấy hồ sơ' });
  }
  return json(context, 404, { code: 'not-found', message: `No route ${method} ${path}` });
}
