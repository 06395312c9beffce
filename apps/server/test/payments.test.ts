import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from './helpers/app.js';
import { example, submit, testApp } from './helpers/app.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const FACTOR = { secondFactor: { kind: 'id-number', value: '042196002718' } };

async function filed(): Promise<string> {
  const response = await submit(t.app, '3.000333', example('3.000333', 'valid-self-online'), 'pay-submit-01');
  return response.json().code;
}

const status = async (code: string): Promise<string> => (await t.app.inject({ method: 'POST', url: '/api/dossiers/payment', payload: { code, ...FACTOR } })).json().status;

describe('POST /api/dossiers/:code/payments and the demo gateway', () => {
  it('starts a payment once per key, pending until the gateway settles it as paid', async () => {
    t = await testApp();
    const code = await filed();
    const start = () => t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-key-0001' }, payload: FACTOR });
    const first = await start();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().payment).toMatchObject({ status: 'pending', amount: 200_000 });
    const again = await start();
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await status(code)).toBe('pending');

    expect(await t.app.settlePayments(t.clock.now() + 3999)).toBe(0);
    expect(await t.app.settlePayments(t.clock.now() + 4000)).toBe(1);
    const paid = (await t.app.inject({ method: 'POST', url: '/api/dossiers/payment', payload: { code, ...FACTOR } })).json();
    expect(paid).toMatchObject({ status: 'paid', paidAmount: 200_000, reference: expect.stringMatching(/^DEMO/) });
    const more = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-key-0002' }, payload: FACTOR });
    expect(more.statusCode).toBe(409);
  });

  it('fails the next payment when told to; a new key then starts a new attempt', async () => {
    t = await testApp();
    const code = await filed();
    expect((await t.app.inject({ method: 'POST', url: '/api/demo-gateway/fail-next' })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-fail-0001' }, payload: FACTOR });
    const pendingAgain = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-fail-0002' }, payload: FACTOR });
    expect(pendingAgain.statusCode).toBe(409);
    await t.app.settlePayments(t.clock.now() + 5000);
    expect(await status(code)).toBe('failed');
    const retry = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-fail-0003' }, payload: FACTOR });
    expect(retry.statusCode).toBe(201);
    await t.app.settlePayments(t.clock.now() + 5000);
    expect(await status(code)).toBe('paid');
  });

  it('refuses without the second factor (401), for an unknown dossier (404), without a key (400), and with nothing to pay (404)', async () => {
    t = await testApp();
    const code = await filed();
    expect((await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pay-noauth-01' }, payload: {} })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/dossiers/nope-1/payments`, headers: { 'idempotency-key': 'pay-nope-001' }, payload: FACTOR })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, payload: FACTOR })).statusCode).toBe(400);
    const free = await submit(t.app, '1.013792', example('1.013792', 'valid-individual'), 'pay-free-0001');
    expect(free.json().receipt.fees.total).toBe(0);
    const nothing = await t.app.inject({ method: 'POST', url: `/api/dossiers/${free.json().code}/payments`, headers: { 'idempotency-key': 'pay-free-0002' }, payload: { receiptToken: free.json().receiptToken } });
    expect(nothing.statusCode).toBe(404);
  });

  it('serves no demo controls in production', async () => {
    t = await testApp({ demoControls: false });
    expect((await t.app.inject({ method: 'POST', url: '/api/demo-gateway/fail-next' })).statusCode).toBe(404);
  });
});
