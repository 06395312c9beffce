import { describe, expect, it } from 'vitest';
import { canonicalJson, readSubmitAnswer, sendSubmission, submissionBody, submissionFingerprint } from '../src/submission/submission.js';
import { receiptExample } from './receipt-example.js';

const pdf = (name: string, text = '%PDF-1.4 demo') => new File([text], name, { type: 'application/pdf', lastModified: 1767225600000 });

describe('the submission request', () => {
  it('is JSON when no file is attached', () => {
    const body = submissionBody({ procedure: '1.001193', data: { a: 1 }, files: {} });
    expect(typeof body).toBe('string');
    expect(JSON.parse(body as string)).toEqual({ procedure: '1.001193', data: { a: 1 }, channel: 'ONLINE' });
    // A field whose list of files is empty attaches nothing either.
    expect(typeof submissionBody({ procedure: 'p', data: {}, files: { '/attachments/x': [] } })).toBe('string');
  });

  it('is multipart with the submission part and one part per file, named by its field, in order', async () => {
    const files = { '/attachments/application': [pdf('don.pdf'), pdf('don-2.pdf')], '/attachments/id': [pdf('cccd.pdf')] };
    const body = submissionBody({ procedure: '2.000720', data: { x: 'y' }, files });
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect([...form.keys()]).toEqual(['submission', '/attachments/application', '/attachments/application', '/attachments/id']);
    expect(JSON.parse(form.get('submission') as string)).toEqual({ procedure: '2.000720', data: { x: 'y' }, channel: 'ONLINE' });
    expect(form.getAll('/attachments/application').map((f) => (f as File).name)).toEqual(['don.pdf', 'don-2.pdf']);
    expect(await (form.get('/attachments/id') as File).text()).toBe('%PDF-1.4 demo');
  });
});

describe('the submission fingerprint', () => {
  it('is the same for the same data whatever the key order, and changes with the data or a file', async () => {
    const a = await submissionFingerprint({ procedure: 'p', data: { b: 1, a: { d: [1, 2], c: 'x' } }, files: {} });
    const b = await submissionFingerprint({ procedure: 'p', data: { a: { c: 'x', d: [1, 2] }, b: 1 }, files: {} });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(await submissionFingerprint({ procedure: 'p', data: { a: { c: 'x', d: [2, 1] }, b: 1 }, files: {} })).not.toBe(a);
    expect(await submissionFingerprint({ procedure: 'q', data: { b: 1, a: { d: [1, 2], c: 'x' } }, files: {} })).not.toBe(a);
    const withFile = await submissionFingerprint({ procedure: 'p', data: {}, files: { '/f': [pdf('a.pdf')] } });
    expect(await submissionFingerprint({ procedure: 'p', data: {}, files: { '/f': [pdf('a.pdf', 'other bytes')] } })).not.toBe(withFile);
    expect(canonicalJson({ b: [{ z: 1, y: 2 }], a: null })).toBe('{"a":null,"b":[{"y":2,"z":1}]}');
  });
});

describe("the server's answer", () => {
  it('reads 201 with the code, receipt and token; a replay says so', () => {
    const body = { code: receiptExample.code, receipt: receiptExample, receiptToken: 'tok-123' };
    expect(readSubmitAnswer(201, body)).toEqual({ kind: 'created', code: receiptExample.code, receipt: receiptExample, receiptToken: 'tok-123', replayed: false });
    expect(readSubmitAnswer(201, body, true)).toMatchObject({ kind: 'created', replayed: true });
    // Filed but unreadable: sending the same key again replays the answer.
    expect(readSubmitAnswer(201, { code: 'X' })).toMatchObject({ kind: 'retry' });
  });

  it('reads 400 into per-field errors, dropping malformed ones', () => {
    const body = {
      code: 'invalid-request',
      message: 'Hồ sơ chưa hợp lệ',
      errors: [{ pointer: '/owner/fullName', message: 'Vui lòng nhập Họ và tên' }, { pointer: 5, message: 'x' }, 'junk', { pointer: '', message: 'Thiếu tệp' }],
    };
    expect(readSubmitAnswer(400, body)).toEqual({
      kind: 'invalid',
      message: 'Hồ sơ chưa hợp lệ',
      errors: [
        { pointer: '/owner/fullName', message: 'Vui lòng nhập Họ và tên' },
        { pointer: '', message: 'Thiếu tệp' },
      ],
    });
  });

  it('refuses for good on 413, 415, 409 and 404; asks for a retry on 5xx, 429, 408', () => {
    expect(readSubmitAnswer(415, { code: 'unsupported-media-type', message: 'Sai loại tệp' })).toEqual({ kind: 'refused', code: 'unsupported-media-type', message: 'Sai loại tệp', status: 415 });
    expect(readSubmitAnswer(413, undefined)).toEqual({ kind: 'refused', code: 'http-413', message: '', status: 413 });
    expect(readSubmitAnswer(413, { code: 'payload-too-large', message: 'Tệp quá lớn', messageEn: 'The file is too large' })).toEqual({
      kind: 'refused',
      code: 'payload-too-large',
      message: 'Tệp quá lớn',
      messageEn: 'The file is too large',
      status: 413,
    });
    expect(readSubmitAnswer(409, { code: 'idempotency-conflict', message: '' })).toMatchObject({ kind: 'refused', code: 'idempotency-conflict' });
    for (const status of [500, 502, 503, 429, 408]) expect(readSubmitAnswer(status, undefined)).toMatchObject({ kind: 'retry', status });
  });
});

describe('sending', () => {
  it('sends the key and the body, and reads the answer', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ code: receiptExample.code, receipt: receiptExample, receiptToken: 't' }), {
        status: 201,
        headers: { 'content-type': 'application/json', 'Idempotent-Replayed': 'true' },
      });
    }) as typeof fetch;
    const outcome = await sendSubmission({ procedure: 'p', data: { a: 1 }, files: {} }, { key: 'key-12345678', fetch: fetchStub });
    expect(outcome).toMatchObject({ kind: 'created', replayed: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/api/dossiers');
    expect(seen[0]!.init.method).toBe('POST');
    expect(seen[0]!.init.headers).toMatchObject({ 'Idempotency-Key': 'key-12345678', 'content-type': 'application/json' });
  });

  it('turns a network failure and a timeout into a retry, never a throw', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await sendSubmission({ procedure: 'p', data: {}, files: {} }, { key: 'key-12345678', fetch: down })).toEqual({ kind: 'retry', message: 'Failed to fetch' });
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    expect(await sendSubmission({ procedure: 'p', data: {}, files: {} }, { key: 'key-12345678', fetch: hang, timeoutMs: 20 })).toEqual({ kind: 'retry', message: 'timeout' });
  });

  it('reads an HTML error page as a retry on 5xx', async () => {
    const html = (async () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } })) as typeof fetch;
    expect(await sendSubmission({ procedure: 'p', data: {}, files: {} }, { key: 'key-12345678', fetch: html })).toEqual({ kind: 'retry', message: '', status: 502 });
  });
});
