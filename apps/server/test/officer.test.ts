import { afterEach, describe, expect, it } from 'vitest';
import { readDossier } from '@dvc-kit/dossier';
import { seedOfficers } from '../src/seed.js';
import type { TestApp } from './helpers/app.js';
import { example, pdfBytes, submit, testApp } from './helpers/app.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function signIn(username: string): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username, password: 'demo-minhson' } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = String(response.headers['set-cookie']);
  expect(cookie).toMatch(/^dvc_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/api\/officer; HttpOnly; SameSite=Strict$/);
  return cookie.split(';')[0] as string;
}

async function setUp(): Promise<{ ward: string; birth: string; judicial: string }> {
  t = await testApp();
  await seedOfficers(t.store);
  const birth = (await submit(t.app, '1.001193', example('1.001193', 'valid-in-person'), 'officer-birth-1')).json().code;
  const judicial = (await submit(t.app, '3.000333', example('3.000333', 'valid-self-online'), 'officer-judicial-1')).json().code;
  return { ward: await signIn('mot-cua.anhoa'), birth, judicial };
}

async function act(cookie: string, code: string, action: Record<string, unknown>) {
  const current = await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${code}`, headers: { cookie } });
  return t.app.inject({ method: 'POST', url: `/api/officer/dossiers/${code}/actions`, headers: { cookie }, payload: { expectedVersion: current.json().version, ...action } });
}

describe('officer sign-in', () => {
  it('answers one generic 401 for a wrong password or an unknown user, and limits tries', async () => {
    t = await testApp();
    await seedOfficers(t.store);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'tu-phap', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'nobody', password: 'demo-minhson' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    let last;
    for (let i = 0; i < 8; i++) last = await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'tu-phap', password: `nope-${i}` } });
    expect(last?.statusCode).toBe(429);
    expect(last?.headers['retry-after']).toBeDefined();
  });

  it('keeps sessions in the store: me, then logout ends it', async () => {
    t = await testApp();
    await seedOfficers(t.store);
    const cookie = await signIn('tu-phap');
    const agencies = await t.app.inject({ method: 'GET', url: '/api/officer/agencies', headers: { cookie } });
    expect(agencies.json().agencies.map((agency: { id: string }) => agency.id)).toEqual(['000.00.01.H99', '000.31.01.H99']);
    const me = await t.app.inject({ method: 'GET', url: '/api/officer/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'tu-phap', agency: { id: '000.00.12.H99' } });
    expect((await t.app.inject({ method: 'POST', url: '/api/officer/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/officer/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/officer/dossiers' })).statusCode).toBe(401);
  });
});

describe('the officer console', () => {
  it("lists only the agency's dossiers; another agency's is 404, its files too", async () => {
    const { ward, birth, judicial } = await setUp();
    const queue = await t.app.inject({ method: 'GET', url: '/api/officer/dossiers', headers: { cookie: ward } });
    expect(queue.json()).toMatchObject({ total: 1, items: [{ code: birth, applicantName: 'Trần Minh Quân', state: { kind: 'SUBMITTED' }, channel: 'ONLINE', expectedDueAt: expect.stringMatching(/^2026-12-07T/) }] });
    const full = await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${birth}`, headers: { cookie: ward } });
    expect(full.json()).toMatchObject({ applicant: { idNumber: '001092015286' }, allowedActions: expect.arrayContaining(['accept', 'refuse', 'request-supplement']) });
    const file = full.json().attachments[0];
    const download = await t.app.inject({ method: 'GET', url: file.downloadUrl, headers: { cookie: ward } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="to-khai-dang-ky-khai-sinh.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.body.startsWith('%PDF')).toBe(true);

    for (const query of ['state=NOPE', 'limit=0', 'limit=201', 'offset=-1']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/officer/dossiers?${query}`, headers: { cookie: ward } })).statusCode, query).toBe(400);
    }
    const paged = await t.app.inject({ method: 'GET', url: '/api/officer/dossiers?state=SUBMITTED,RECEIVED&limit=1&offset=1', headers: { cookie: ward } });
    expect(paged.json()).toMatchObject({ total: 1, limit: 1, offset: 1, items: [] });
    const notMultipart = await t.app.inject({ method: 'POST', url: '/api/officer/results', headers: { cookie: ward }, payload: { file: 'x' } });
    expect(notMultipart.statusCode).toBe(400);

    const province = await signIn('mot-cua.tinh');
    expect((await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${birth}`, headers: { cookie: province } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: file.downloadUrl, headers: { cookie: province } })).statusCode).toBe(404);
    expect((await act(province, birth, { action: 'accept', expectedVersion: 1 })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${judicial}`, headers: { cookie: province } })).statusCode).toBe(200);
  });

  it('moves a dossier through the lifecycle, each step an event with the officer and agency', async () => {
    const { ward, birth } = await setUp();
    const accepted = await act(ward, birth, { action: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().dossier).toMatchObject({ state: { kind: 'IN_PROCESS' }, receivedAt: '2026-12-07T09:00:00+07:00', dueAt: expect.stringMatching(/^2026-12-07T/) });
    const supplement = await act(ward, birth, { action: 'request-supplement', reason: 'Thiếu bản sao giấy chứng sinh', items: [{ name: 'Giấy chứng sinh', note: 'Bản sao có chứng thực' }] });
    expect(supplement.json().dossier.state).toMatchObject({ kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', items: [{ name: 'Giấy chứng sinh' }] });
    expect((await act(ward, birth, { action: 'supplement-received' })).json().dossier.state.kind).toBe('IN_PROCESS');
    expect((await act(ward, birth, { action: 'record-result', outcome: 'GRANTED' })).json().dossier.state.kind).toBe('RESULT_READY');
    const returned = await act(ward, birth, { action: 'return' });
    const events = returned.json().dossier.events;
    expect(events.map((event: { state: { kind: string } }) => event.state.kind)).toEqual(['SUBMITTED', 'RECEIVED', 'IN_PROCESS', 'SUPPLEMENT_REQUIRED', 'IN_PROCESS', 'RESULT_READY', 'RETURNED']);
    expect(events[1]).toMatchObject({ actor: expect.stringContaining('Lê Thị Hoa'), agency: { id: '000.31.01.H99' } });
    expect((await t.store.listEvents({ agencyId: '000.31.01.H99' })).length).toBe(7);
  });

  it('refuses what the lifecycle refuses (409 invalid-transition) and a stale version (409 version-conflict)', async () => {
    const { ward, birth } = await setUp();
    const early = await act(ward, birth, { action: 'return' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'invalid-transition', messageEn: expect.stringContaining('SUBMITTED') });
    await act(ward, birth, { action: 'accept' });
    const stale = await t.app.inject({ method: 'POST', url: `/api/officer/dossiers/${birth}/actions`, headers: { cookie: ward }, payload: { action: 'refuse', reason: 'x', expectedVersion: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version-conflict');
    const noReason = await act(ward, birth, { action: 'stop', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ pointer: '/reason', message: expect.any(String) }]);
    expect((await act(ward, birth, { action: 'supplement-received' })).json().code).toBe('invalid-transition');
    await act(ward, birth, { action: 'request-payment', amount: 10_000, reason: 'Phí sao y' });
    expect((await act(ward, birth, { action: 'hand-off', agencyId: '000.00.12.H99' })).json().code).toBe('invalid-transition');
    const unknown = await act(ward, birth, { action: 'teleport' });
    expect(unknown.statusCode).toBe(400);
  });

  it('hands a dossier to another agency (liên thông): it then belongs to that agency', async () => {
    const { judicial } = await setUp();
    const province = await signIn('mot-cua.tinh');
    await act(province, judicial, { action: 'accept' });
    const handed = await act(province, judicial, { action: 'hand-off', agencyId: '000.00.12.H99', step: 'Xác minh lý lịch' });
    expect(handed.json()).toMatchObject({ agencyId: '000.00.12.H99', dossier: { state: { kind: 'IN_PROCESS', agency: { id: '000.00.12.H99' }, step: 'Xác minh lý lịch' } } });
    expect((await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${judicial}`, headers: { cookie: province } })).statusCode).toBe(404);
    const justice = await signIn('tu-phap');
    expect((await t.app.inject({ method: 'GET', url: '/api/officer/dossiers?state=IN_PROCESS', headers: { cookie: justice } })).json().total).toBe(1);
    expect((await act(justice, judicial, { action: 'hand-off', agencyId: '000.99.99.H99' })).statusCode).toBe(400);
  });

  it('records an electronic result uploaded first; the citizen downloads it by the link the lookup gives', async () => {
    const { judicial } = await setUp();
    const province = await signIn('mot-cua.tinh');
    const boundary = '----result';
    const upload = (bytes: Buffer) =>
      t.app.inject({
        method: 'POST',
        url: '/api/officer/results',
        headers: { cookie: province, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="phieu-lltp.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      });
    expect((await upload(Buffer.from('MZ not a pdf at all'))).statusCode).toBe(415);
    const uploaded = await upload(pdfBytes('result'));
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const { attachmentId } = uploaded.json();
    await act(province, judicial, { action: 'accept' });
    const none = await t.app.inject({ method: 'POST', url: '/api/dossiers/result', payload: { code: judicial, secondFactor: { kind: 'phone', value: '0915273846' } } });
    expect(none.statusCode).toBe(404);
    const done = await act(province, judicial, { action: 'record-result', outcome: 'GRANTED', resultAttachmentId: attachmentId, documentNumber: '123/LLTP' });
    expect(done.json().dossier.delivery).toMatchObject({ method: 'ONLINE', result: { fileName: 'phieu-lltp.pdf', documentNumber: '123/LLTP', downloadUrl: `http://127.0.0.1:8080/api/results/${attachmentId}` } });
    // On plain http the lookup leaves the result out (the contract wants https); the file is still served by its link.
    const lookup = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: judicial, secondFactor: { kind: 'phone', value: '0915273846' } } });
    expect(lookup.json().delivery).toEqual({ method: 'ONLINE', resultAttachmentId: attachmentId });
    expect(readDossier(lookup.json()).delivery).toEqual({ method: 'ONLINE' }); // the contract's reader drops the extension
    const result = await t.app.inject({ method: 'POST', url: '/api/dossiers/result', payload: { code: judicial, secondFactor: { kind: 'phone', value: '0915273846' } } });
    expect(result.json()).toMatchObject({ fileName: 'phieu-lltp.pdf', documentNumber: '123/LLTP', downloadPath: `/api/results/${attachmentId}` });
    expect(result.json().downloadUrl).toBeUndefined();
    const file = await t.app.inject({ method: 'GET', url: result.json().downloadPath });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect((await t.app.inject({ method: 'GET', url: '/api/results/AAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
  });

  it('on https, the lookup carries the electronic result with its https link', async () => {
    t = await testApp({ publicUrl: 'https://dichvucong.minhson.example' });
    await seedOfficers(t.store);
    const judicial = (await submit(t.app, '3.000333', example('3.000333', 'valid-self-online'), 'https-judicial-1')).json().code;
    const province = (await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'mot-cua.tinh', password: 'demo-minhson' } }));
    expect(String(province.headers['set-cookie'])).toContain('; Secure');
    const cookie = String(province.headers['set-cookie']).split(';')[0] as string;
    const boundary = '----result';
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/officer/results',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kq.pdf"\r\n\r\n`), pdfBytes(), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    await act(cookie, judicial, { action: 'accept' });
    await act(cookie, judicial, { action: 'record-result', outcome: 'GRANTED', resultAttachmentId: uploaded.json().attachmentId });
    const lookup = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: judicial, secondFactor: { kind: 'phone', value: '0915273846' } } });
    expect(lookup.json().delivery.result.downloadUrl).toBe(`https://dichvucong.minhson.example/api/results/${uploaded.json().attachmentId}`);
  });

  it('requests a payment during processing; paying takes the dossier back into processing', async () => {
    const { judicial } = await setUp();
    const province = await signIn('mot-cua.tinh');
    await act(province, judicial, { action: 'accept' });
    const asked = await act(province, judicial, { action: 'request-payment', amount: 50_000, reason: 'Phí cấp thêm bản sao' });
    expect(asked.json().dossier).toMatchObject({ state: { kind: 'PAYMENT_REQUIRED', amount: 50_000 }, fees: { total: 250_000, payment: { status: 'unpaid', amount: 50_000 } } });
    await t.app.inject({ method: 'POST', url: `/api/dossiers/${judicial}/payments`, headers: { 'idempotency-key': 'extra-pay-0001' }, payload: { secondFactor: { kind: 'phone', value: '0915273846' } } });
    await t.app.settlePayments(t.clock.now() + 5000);
    const after = await t.app.inject({ method: 'GET', url: `/api/officer/dossiers/${judicial}`, headers: { cookie: province } });
    expect(after.json().dossier).toMatchObject({ state: { kind: 'IN_PROCESS' }, fees: { payment: { status: 'paid' } } });
  });

  it('apologises with a new date before the due day; the original due date stays', async () => {
    const { judicial } = await setUp();
    const province = await signIn('mot-cua.tinh');
    const accepted = (await act(province, judicial, { action: 'accept' })).json();
    const revisedDueAt = new Date(Date.parse(accepted.dossier.dueAt) + 5 * 86_400_000).toISOString();
    const apology = await act(province, judicial, { action: 'apologize', reason: 'Cần xác minh thêm tại địa phương khác', revisedDueAt });
    expect(apology.statusCode, apology.body).toBe(200);
    expect(apology.json().dossier).toMatchObject({ dueAt: accepted.dossier.dueAt, revisedDueAt, apology: { reason: 'Cần xác minh thêm tại địa phương khác' } });
    const twice = await act(province, judicial, { action: 'apologize', reason: 'Lần nữa', revisedDueAt });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('một lần');
  });
});
