import { afterEach, describe, expect, it } from 'vitest';
import { createHttpDossierSource } from '@dvc-kit/dossier/http';
import { readDossier } from '@dvc-kit/dossier';
import type { TestApp } from './helpers/app.js';
import { example, submit, testApp } from './helpers/app.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

async function filed(): Promise<{ code: string; receiptToken: string }> {
  const response = await submit(t.app, '3.000333', example('3.000333', 'valid-self-online'), 'lookup-key-01');
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('POST /api/dossiers/lookup and /payment', () => {
  it('answers the masked dossier for the right second factor or the receipt token, in the contract', async () => {
    t = await testApp();
    const { code, receiptToken } = await filed();
    for (const proof of [{ secondFactor: { kind: 'id-number', value: '042196002718' } }, { secondFactor: { kind: 'phone', value: '0915273846' } }, { receiptToken }]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code, ...proof } });
      expect(response.statusCode, response.body).toBe(200);
      const dossier = readDossier(response.json());
      expect(dossier).toMatchObject({ code, state: { kind: 'SUBMITTED' }, applicant: { name: 'Phan T. T. Hương', idNumber: '*********718', phone: '09******46' } });
      expect(response.body).not.toContain('042196002718');
      expect(response.body).not.toContain('0915273846');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const payment = await t.app.inject({ method: 'POST', url: '/api/dossiers/payment', payload: { code, receiptToken } });
    expect(payment.json()).toMatchObject({ status: 'unpaid', amount: 200_000, payee: { bankBin: '970436', accountNumber: '0011004455667', purpose: code } });
  });

  it('answers 404 for an unknown code, 401 for a wrong or missing second factor, 400 for a malformed request', async () => {
    t = await testApp();
    const { code } = await filed();
    const unknown = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: '000.31.01.H99-261207-9999', secondFactor: { kind: 'id-number', value: '042196002718' } } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not-found');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code, secondFactor: { kind: 'id-number', value: '042196002719' } } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('wrong-second-factor');
    const none = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code } });
    expect(none.statusCode).toBe(401);
    const wrongToken = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code, receiptToken: 'x'.repeat(43) } });
    expect(wrongToken.statusCode).toBe(401);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code, secondFactor: { kind: 'id-number', value: '12' } } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('invalid-request');
    const notJson = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', headers: { 'content-type': 'application/json' }, payload: '{"code":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ code: 'invalid-request', message: expect.any(String) });
    expect(notJson.body).not.toContain('at ');
  });

  it('limits tries per client: 429 with Retry-After', async () => {
    t = await testApp();
    let last;
    for (let i = 0; i < 121; i++) last = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: `nope-${i}` } });
    expect(last?.statusCode).toBe(429);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(last?.json()).toMatchObject({ code: 'rate-limited', retryAfter: expect.any(Number) });
    t.clock.advance(61_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: 'nope' } })).statusCode).toBe(404);
  });

  it('closes a code for a while after 10 wrong second factors, even to the right one', async () => {
    t = await testApp();
    const { code } = await filed();
    const tryFactor = (value: string, ip: string) =>
      t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', remoteAddress: ip, payload: { code, secondFactor: { kind: 'id-number', value } } });
    for (let i = 0; i < 10; i++) expect((await tryFactor(`0000000000${String(i).padStart(2, '0')}`, `10.0.0.${i}`)).statusCode).toBe(401);
    const locked = await tryFactor('042196002718', '10.0.1.1');
    expect(locked.statusCode).toBe(429);
    t.clock.advance(15 * 60_000);
    expect((await tryFactor('042196002718', '10.0.1.1')).statusCode).toBe(200);
  });

  it('serves what createHttpDossierSource reads, over real HTTP', async () => {
    t = await testApp();
    const { code } = await filed();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const source = createHttpDossierSource({ baseUrl: `${address}/api`, retries: 0 });
    const dossier = await source.lookup({ code, secondFactor: { kind: 'phone', value: '0915273846' } });
    expect(dossier.code).toBe(code);
    expect((await source.payment({ code, secondFactor: { kind: 'phone', value: '0915273846' } })).status).toBe('unpaid');
    await expect(source.lookup({ code, secondFactor: { kind: 'phone', value: '0915273847' } })).rejects.toMatchObject({ code: 'wrong-second-factor' });
  });
});

describe('GET /api/dossiers/:code/receipt', () => {
  it('gives the receipt again for the token, 401 for another token, 404 for no dossier', async () => {
    t = await testApp();
    const first = await submit(t.app, '3.000333', example('3.000333', 'valid-self-online'), 'receipt-key-01');
    const { code, receipt, receiptToken } = first.json();
    const again = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/receipt?token=${receiptToken}` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(receipt);
    expect(receipt).toMatchObject({ fees: { total: 200_000 }, payee: { purpose: code }, delivery: { method: 'ONLINE' }, expectedDueAt: expect.stringMatching(/^2026-12-/) });
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/receipt?token=${'a'.repeat(43)}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/000.00.01.H99-261207-0999/receipt?token=${receiptToken}` })).statusCode).toBe(404);
  });
});

describe('GET /api/catalog and /api/procedures/:id/schema', () => {
  it('serves the built catalogue and prepared schemas; 404 for an unknown procedure', async () => {
    t = await testApp();
    const catalog = await t.app.inject({ method: 'GET', url: '/api/catalog' });
    expect(catalog.json().procedures.map((p: { id: string }) => p.id)).toEqual(['1.001193', '1.012783', '1.013792', '2.000720', '3.000333']);
    const schema = await t.app.inject({ method: 'GET', url: '/api/procedures/1.001193/schema' });
    expect(schema.json()['x-dvc-prepared']).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/9.9/schema' })).statusCode).toBe(404);
  });
});
