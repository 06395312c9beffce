import { describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIERS } from '@dvc-kit/dossier/samples';
import { ApiError, createOfficerApi, readError, readOfficerDossier, readQueuePage, type FetchLike } from '../src/console/api.js';
import { routeOf, searchOf } from '../src/console/console.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that answers from a script and remembers what was asked. */
function scripted(answers: ((call: Call) => Response | Promise<Response>)[]): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const call = { url, init };
      calls.push(call);
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected call ${url}`);
      return answer(call);
    },
  };
}

const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const officer = { username: 'mot-cua.anhoa', displayName: 'Lê Thị Hoa', agency: { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' } };
const record = { dossier: SAMPLE_DOSSIERS.submitted, agencyId: '000.31.01.H99', applicant: { name: 'Nguyễn Văn An', idNumber: '001099000123', phone: '0912345689' }, data: { a: 1 }, version: 3 };

describe('the officer API client', () => {
  it('asks who is signed in, and reads a 401 as nobody', async () => {
    const { fetch, calls } = scripted([json(200, officer), json(401, { code: 'unauthorized', message: 'Chưa đăng nhập.' })]);
    const api = createOfficerApi('/api/', fetch);
    expect(await api.me()).toEqual(officer);
    expect(await api.me()).toBeUndefined();
    expect(calls.map((call) => call.url)).toEqual(['/api/officer/me', '/api/officer/me']);
    expect(calls[0]!.init?.credentials).toBe('same-origin');
  });

  it('signs in with JSON and gives the server’s generic refusal as an ApiError', async () => {
    const { fetch, calls } = scripted([json(200, { officer }), json(401, { code: 'unauthorized', message: 'Sai tên đăng nhập hoặc mật khẩu.' })]);
    const api = createOfficerApi('/api', fetch);
    expect(await api.login('mot-cua.anhoa', 'demo-minhson')).toEqual(officer);
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ username: 'mot-cua.anhoa', password: 'demo-minhson' });
    const refused = await api.login('x', 'y').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 401, code: 'unauthorized', message: 'Sai tên đăng nhập hoặc mật khẩu.', fromServer: true });
  });

  it('pages the queue with the state filter, reading records or bare dossiers', async () => {
    const { fetch, calls } = scripted([json(200, { items: [record, SAMPLE_DOSSIERS.inProcess], total: 41 })]);
    const page = await createOfficerApi('/api', fetch).queue({ state: 'SUBMITTED', limit: 20, offset: 20 });
    expect(calls[0]!.url).toBe('/api/officer/dossiers?limit=20&offset=20&state=SUBMITTED');
    expect(page.total).toBe(41);
    expect(page.items.map((item) => [item.code, item.applicantName, item.state.kind])).toEqual([
      [SAMPLE_DOSSIERS.submitted.code, 'Nguyễn Văn An', 'SUBMITTED'],
      [SAMPLE_DOSSIERS.inProcess.code, SAMPLE_DOSSIERS.inProcess.applicant.name, 'IN_PROCESS'],
    ]);
  });

  it('reads the server’s queue rows (apps/server views.ts queueRow) without their history', async () => {
    const row = {
      code: '000.31.01.H99-261206-0001',
      version: 2,
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      applicantName: 'Trần Minh Quân',
      state: { kind: 'RESULT_READY', outcome: 'GRANTED' },
      channel: 'ONLINE',
      submittedAt: '2026-12-01T09:00:00+07:00',
      dueAt: '2026-12-03T17:00:00+07:00',
      paymentStatus: 'paid',
    };
    const { fetch } = scripted([json(200, { total: 1, limit: 20, offset: 0, items: [row, { ...row, channel: 'FAX' }] })]);
    const page = await createOfficerApi('/api', fetch).queue({ limit: 20, offset: 0 });
    expect(page.items[0]).to.deep.equal({
      code: row.code,
      procedure: row.procedure,
      applicantName: 'Trần Minh Quân',
      state: row.state,
      channel: 'ONLINE',
      submittedAt: row.submittedAt,
      dueAt: row.dueAt,
    });
    expect(page.items[1]!.channel, 'an unknown channel is left out, not shown').toBeUndefined();
  });

  it('reads one dossier unmasked with its attachments, and escapes its code in the URL', async () => {
    const attachments = [{ id: 'att_1', fileName: 'to-khai.pdf', mediaType: 'application/pdf', size: 1024, field: '/attachments/application', sha256: 'ab' }];
    const { fetch, calls } = scripted([json(200, { ...record, attachments })]);
    const api = createOfficerApi('/api', fetch);
    const view = await api.dossier('000.31.01.H99-261206-0001/../x');
    expect(calls[0]!.url).toBe('/api/officer/dossiers/000.31.01.H99-261206-0001%2F..%2Fx');
    expect(view).toMatchObject({ version: 3, agencyId: '000.31.01.H99', applicant: { idNumber: '001099000123' }, data: { a: 1 }, attachments });
    expect(api.attachmentUrl('att 1')).toBe('/api/officer/attachments/att%201');
  });

  it('sends an action as JSON and brings back the server’s 400 per field and 409 as they came', async () => {
    const invalid = { code: 'invalid-request', message: 'Dữ liệu không hợp lệ.', errors: [{ pointer: '/reason', message: 'Nhập lý do.' }] };
    const conflict = { code: 'version-conflict', message: 'Hồ sơ đã thay đổi.', messageEn: 'The dossier changed.' };
    const { fetch, calls } = scripted([json(200, record), json(400, invalid), json(409, conflict)]);
    const api = createOfficerApi('/api', fetch);
    await api.act('A-1', { action: 'stop', expectedVersion: 3, reason: 'x' });
    expect(calls[0]!.init?.method).toBe('POST');
    expect(calls[0]!.url).toBe('/api/officer/dossiers/A-1/actions');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ action: 'stop', expectedVersion: 3, reason: 'x' });
    await expect(api.act('A-1', { action: 'stop', expectedVersion: 3 })).rejects.toMatchObject({ status: 400, errors: [{ pointer: '/reason', message: 'Nhập lý do.' }] });
    await expect(api.act('A-1', { action: 'stop', expectedVersion: 3 })).rejects.toMatchObject({ status: 409, code: 'version-conflict', messageEn: 'The dossier changed.' });
  });

  it('uploads a result file as multipart and reads its attachment id', async () => {
    const { fetch, calls } = scripted([json(201, { attachmentId: 'res_9' }), json(201, {})]);
    const api = createOfficerApi('/api', fetch);
    expect(await api.uploadResult(new Blob(['%PDF-1.7']), 'ket-qua.pdf')).toBe('res_9');
    const body = calls[0]!.init?.body as FormData;
    expect((body.get('file') as File).name).toBe('ket-qua.pdf');
    await expect(api.uploadResult(new Blob(['x']), 'a.pdf')).rejects.toMatchObject({ code: 'malformed' });
  });

  it('tells no answer, an answer that is not JSON and a server failure apart', async () => {
    const { fetch } = scripted([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => new Response('<html>proxy</html>', { status: 200 }),
      () => new Response('<html>Bad gateway</html>', { status: 502 }),
      json(200, { items: 'nope' }),
    ]);
    const api = createOfficerApi('/api', fetch);
    await expect(api.me()).rejects.toMatchObject({ code: 'network' });
    await expect(api.me()).rejects.toMatchObject({ code: 'malformed' });
    await expect(api.me()).rejects.toMatchObject({ code: 'server', status: 502, fromServer: false });
    await expect(api.queue({ limit: 20, offset: 0 })).rejects.toMatchObject({ code: 'malformed' });
  });

  it('a schema that is not there is no schema', async () => {
    const { fetch, calls } = scripted([json(404, { code: 'not-found', message: 'Không có thủ tục.' })]);
    expect(await createOfficerApi('/api', fetch).procedureSchema('1.001193')).toBeUndefined();
    expect(calls[0]!.url).toBe('/api/procedures/1.001193/schema');
  });
});

describe('readers', () => {
  it('refuse shapes the console cannot show', () => {
    expect(() => readOfficerDossier({ dossier: { code: 'x' }, version: 1 })).toThrow(ApiError);
    expect(() => readOfficerDossier({ ...record, version: '3' })).toThrow(/version/);
    expect(() => readOfficerDossier({ ...record, attachments: [{ fileName: 'no id' }] })).toThrow(/attachment 0/);
    expect(() => readQueuePage({ items: [{}] }, { limit: 20, offset: 0 })).toThrow(/queue item 0/);
    expect(readQueuePage({ dossiers: [] }, { limit: 20, offset: 40 })).toEqual({ items: [], total: 40, limit: 20, offset: 40 });
  });

  it('read an error body, or make one from the status alone', () => {
    expect(readError(409, { code: 'invalid-transition', message: 'Không thể chuyển.', errors: [{ pointer: '/x', message: 'y' }, { bad: true }] })).toMatchObject({
      code: 'invalid-transition',
      errors: [{ pointer: '/x', message: 'y' }],
    });
    expect(readError(404, 'Not found')).toMatchObject({ code: 'not-found', fromServer: false });
    expect(readError(503, undefined)).toMatchObject({ code: 'server' });
  });
});

describe('routes', () => {
  it('reads the view from the query and writes it back', () => {
    expect(routeOf('?ho-so=000.31.01.H99-261206-0001')).toEqual({ view: 'dossier', code: '000.31.01.H99-261206-0001' });
    expect(routeOf('?trang-thai=SUBMITTED&trang=3')).toEqual({ view: 'queue', query: { state: 'SUBMITTED', page: 3 } });
    expect(routeOf('?trang-thai=DROP TABLE&trang=-1')).toEqual({ view: 'queue', query: { page: 1 } });
    expect(routeOf('')).toEqual({ view: 'queue', query: { page: 1 } });
    expect(searchOf({ view: 'queue', query: { state: 'IN_PROCESS', page: 2 } }, 'en')).toBe('?trang-thai=IN_PROCESS&trang=2&lang=en');
    expect(searchOf({ view: 'dossier', code: 'A B' }, 'vi')).toBe('?ho-so=A+B');
    expect(searchOf({ view: 'queue', query: { page: 1 } }, 'vi')).toBe('?');
  });
});
