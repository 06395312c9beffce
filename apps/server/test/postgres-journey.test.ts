/**
 * The routes over PostgreSQL (`DVC_TEST_PG_URL`, from scripts/ci-postgres.sh; the store's contract suite fails CI
 * without it): a dossier filed twice with one key, looked up, paid, taken through the console, counted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedOfficers } from '../src/seed.js';
import type { TestApp } from './helpers/app.js';
import { example, filesFor, submit, testApp } from './helpers/app.js';

const url = process.env.DVC_TEST_PG_URL;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.runIf(url)('the routes over PostgreSQL', () => {
  it('files once per key, looks up, pays, moves through the console and counts', async () => {
    t = await testApp({ postgres: url });
    await seedOfficers(t.store);
    const data = example('3.000333', 'valid-self-online');
    const files = filesFor(data);
    const [first, second] = await Promise.all([submit(t.app, '3.000333', data, 'pg-key-000001', files), submit(t.app, '3.000333', data, 'pg-key-000001', files)]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json()).toEqual(first.json());
    expect(await t.store.countDossiers({})).toBe(1);
    const { code, receiptToken } = first.json();
    expect(code).toBe('000.00.01.H99-261207-0001');

    await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/payments`, headers: { 'idempotency-key': 'pg-pay-000001' }, payload: { receiptToken } });
    t.clock.advance(5000);
    expect(await t.app.settlePayments()).toBe(1);
    const lookup = await t.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code, secondFactor: { kind: 'id-number', value: '042196002718' } } });
    expect(lookup.json()).toMatchObject({ state: { kind: 'SUBMITTED' }, fees: { payment: { status: 'paid' } } });

    const login = await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'mot-cua.tinh', password: 'demo-minhson' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const accept = await t.app.inject({ method: 'POST', url: `/api/officer/dossiers/${code}/actions`, headers: { cookie }, payload: { action: 'accept', expectedVersion: 3 } });
    expect(accept.statusCode, accept.body).toBe(200);
    const stale = await t.app.inject({ method: 'POST', url: `/api/officer/dossiers/${code}/actions`, headers: { cookie }, payload: { action: 'accept', expectedVersion: 3 } });
    expect(stale.json().code).toBe('version-conflict');
    // Text PostgreSQL cannot take (NUL) never reaches it: 404 and 401 as for any unknown code or user.
    expect((await t.app.inject({ method: 'POST', url: '/api/dossiers/a%00b/payments', headers: { 'idempotency-key': 'pg-pay-000002' }, payload: { receiptToken } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/officer/dossiers/a%00b', headers: { cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/officer/attachments/a%00bcdefghij', headers: { cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/officer/login', payload: { username: 'tu\u0000phap', password: 'x' } })).statusCode).toBe(401);
    const reason = await t.app.inject({ method: 'POST', url: `/api/officer/dossiers/${code}/actions`, headers: { cookie }, payload: { action: 'stop', reason: 'a\u0000b', expectedVersion: 4 } });
    expect(reason.statusCode).toBe(400);
    const statistics = await t.app.inject({ method: 'GET', url: '/api/statistics?from=2026-12&to=2026-12' });
    expect(statistics.json().totals).toMatchObject({ received: 1, paidOnline: 1 });
  });
});
