import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFees } from '@dvc-kit/procedure';
import { CONTENT_SECURITY_POLICY } from '../src/app.js';
import type { TestApp } from './helpers/app.js';
import { EXE_BYTES, PNG_BYTES, example, filesFor, multipart, pdfBytes, submit, testApp, withFiles } from './helpers/app.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

describe('POST /api/dossiers', () => {
  it('files a valid dossier with its files: a code of the receiving agency and day, a receipt, a token', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const response = await submit(t.app, '1.001193', data, 'key-valid-0001');
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.code).toBe('000.31.01.H99-261207-0001');
    expect(body.receiptToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.receipt).toMatchObject({
      code: body.code,
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      agency: { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' },
      applicant: { name: 'Trần Minh Quân', idNumberMasked: '*********286', phoneMasked: '09******65' },
      submittedAt: '2026-12-07T09:00:00+07:00',
      delivery: { method: 'IN_PERSON', place: { name: 'Ủy ban nhân dân phường An Hòa' } },
    });
    expect(body.receipt.components.map((c: { field: string }) => c.field)).toEqual(['/attachments/declaration', '/attachments/birthCertificate']);
    expect(body.receipt.components[0].files[0]).toMatchObject({ fileName: 'to-khai-dang-ky-khai-sinh.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const stored = await t.store.getDossier(body.code);
    expect(stored?.dossier.state).toEqual({ kind: 'SUBMITTED' });
    expect(stored?.applicant).toMatchObject({ name: 'Trần Minh Quân', idNumber: '001092015286', phone: '0912483765' });
    expect(stored?.dossier.applicant).toEqual({ name: 'Trần M. Quân', idNumber: '*********286', phone: '09******65' });
    expect(await t.store.listAttachments(body.code)).toHaveLength(2);
  });

  it('files every valid example of the five procedures, with the fees computeFees gives and the right receiving agency', async () => {
    t = await testApp();
    const procedures = ['1.001193', '1.012783', '1.013792', '2.000720', '3.000333'];
    let count = 0;
    for (const id of procedures) {
      const schema = JSON.parse(readFileSync(new URL(`../../../schemas/procedures/${id}/schema.json`, import.meta.url), 'utf8')) as { 'x-dvc': { level: string[] } };
      for (const name of readdirSync(new URL(`../../../schemas/procedures/${id}/examples/`, import.meta.url)).filter((file) => file.startsWith('valid-'))) {
        const data = example(id, name.replace(/\.json$/, ''));
        const response = await submit(t.app, id, data, `key-example-${count++}`);
        expect(response.statusCode, `${id} ${name}: ${response.body}`).toBe(201);
        const { receipt } = response.json();
        expect(receipt.fees.total, `${id} ${name}`).toBe(computeFees(schema, data).total);
        expect(receipt.agency.id).toBe(schema['x-dvc'].level.includes('COMMUNE') ? '000.31.01.H99' : '000.00.01.H99');
        expect(receipt.applicant.name.length).toBeGreaterThan(2);
        expect(receipt.applicant.idNumberMasked).toMatch(/^\*{9}[0-9]{3}$/);
      }
    }
    expect(count).toBe(10);
  });

  it('answers 400 with per-field pointers and the engine\'s Vietnamese messages, and stores nothing', async () => {
    t = await testApp();
    const data = example('1.001193', 'invalid-formats');
    const response = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'idempotency-key': 'key-invalid-01' }, payload: { procedure: '1.001193', data } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('invalid-request');
    expect(body.errors).toContainEqual({ pointer: '/child/birthDate', message: expect.stringContaining('ngày sinh') });
    expect(body.errors.every((error: { pointer: string; message: string }) => error.pointer.startsWith('/') && error.message.length > 0)).toBe(true);
    expect(await t.store.countDossiers({})).toBe(0);
  });

  it('refuses an unknown procedure (404) and a missing or malformed idempotency key (400)', async () => {
    t = await testApp();
    const unknown = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'idempotency-key': 'key-unknown-1' }, payload: { procedure: '9.999999', data: {} } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not-found');
    const noKey = await t.app.inject({ method: 'POST', url: '/api/dossiers', payload: { procedure: '1.001193', data: {} } });
    expect(noKey.statusCode).toBe(400);
    const badKey = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { 'idempotency-key': 'short' }, payload: { procedure: '1.001193', data: {} } });
    expect(badKey.statusCode).toBe(400);
  });

  it('files one dossier for a repeated key and request, with the same body; 409 for the key with another request', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const files = filesFor(data);
    const first = await submit(t.app, '1.001193', data, 'key-twice-0001', files);
    const again = await submit(t.app, '1.001193', data, 'key-twice-0001', files);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await t.store.countDossiers({})).toBe(1);
    const other = await submit(t.app, '1.001193', { ...data, extractCopies: 3 }, 'key-twice-0001', files);
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('idempotency-conflict');
    expect(await t.store.countDossiers({})).toBe(1);
  });

  it('refuses a PNG named .pdf and an executable named .pdf (415), reading the bytes, and stores nothing', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    for (const [index, bytes] of [PNG_BYTES, EXE_BYTES].entries()) {
      const files = filesFor(data);
      files[0] = { ...files[0]!, bytes };
      const response = await submit(t.app, '1.001193', data, `key-type-000${index}`, files);
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ code: 'unsupported-media-type', errors: [{ pointer: '/attachments/declaration/0' }] });
    }
    expect(await t.store.countDossiers({})).toBe(0);
  });

  it('refuses a file over the request limit (413) and a missing file part (400)', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const files = filesFor(data);
    files[0] = { ...files[0]!, bytes: Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024 + 1)]) };
    const big = await submit(t.app, '1.001193', data, 'key-large-0001', files);
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload-too-large');

    const listed = filesFor(data);
    const body = multipart({ procedure: '1.001193', data: withFiles(data, listed) }, listed.slice(1));
    const missing = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { ...body.headers, 'idempotency-key': 'key-missing-01' }, payload: body.payload });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ pointer: '/attachments/declaration', message: expect.stringContaining('1 tệp') }]);
    expect(await t.store.countDossiers({})).toBe(0);
  });

  it('refuses more than 20 files (413) and a file part that names no field (400)', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const many = Array.from({ length: 21 }, (_, index) => ({ field: '/attachments/birthCertificate', name: `f${index}.pdf`, type: 'application/pdf', bytes: pdfBytes(String(index)) }));
    const body = multipart({ procedure: '1.001193', data }, many);
    const tooMany = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { ...body.headers, 'idempotency-key': 'key-many-0001' }, payload: body.payload });
    expect(tooMany.statusCode).toBe(413);
    const files = filesFor(data);
    const stray = multipart({ procedure: '1.001193', data: withFiles(data, files) }, [...files, { field: '/attachments/nothing', name: 'x.pdf', type: 'application/pdf', bytes: pdfBytes() }]);
    const strayAnswer = await t.app.inject({ method: 'POST', url: '/api/dossiers', headers: { ...stray.headers, 'idempotency-key': 'key-stray-0001' }, payload: stray.payload });
    expect(strayAnswer.statusCode).toBe(400);
    expect(strayAnswer.json().errors).toEqual([{ pointer: '/attachments/nothing', message: expect.any(String) }]);
    expect(await t.store.countDossiers({})).toBe(0);
  });

  it('refuses a file name with a control character (400), stores nothing', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const files = filesFor(data);
    files[0] = { ...files[0]!, name: 'to-khai\u0001.pdf' };
    const response = await submit(t.app, '1.001193', data, 'key-name-00001', files);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ pointer: '/attachments/declaration/0', message: expect.any(String) }]);
    expect(await t.store.countDossiers({})).toBe(0);
  });

  it('keeps a Vietnamese file name as the browser sends it (UTF-8 in the part header)', async () => {
    t = await testApp();
    const data = example('1.001193', 'valid-in-person');
    const files = filesFor(data);
    files[0] = { ...files[0]!, name: 'Tờ khai đăng ký khai sinh (bản 1).pdf' };
    const response = await submit(t.app, '1.001193', data, 'key-utf8-00001', files);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().receipt.components[0].files[0].fileName).toBe('Tờ khai đăng ký khai sinh (bản 1).pdf');
  });
});
