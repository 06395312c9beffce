import { describe, expect, it } from 'vitest';
import { DossierSourceError, createMemoryDossierSource, timelinessOf } from '../src/index.js';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER, SAMPLE_NOW, SAMPLE_PHONE, SAMPLE_SECOND_FACTORS } from '../src/samples.js';
import type { SampleName } from '../src/samples.js';
import { readJson } from './helpers.js';

const samples = () => createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS), { secondFactors: SAMPLE_SECOND_FACTORS });
const byId = (code: string) => ({ code, secondFactor: { kind: 'id-number' as const, value: SAMPLE_ID_NUMBER } });

describe('createMemoryDossierSource', () => {
  it('finds every sample by its code and either second factor, as a copy', async () => {
    const source = samples();
    expect(source.secondFactors).toEqual(['id-number', 'phone']);
    for (const dossier of Object.values(SAMPLE_DOSSIERS)) {
      const found = await source.lookup(byId(dossier.code));
      expect(found).toEqual(dossier);
      expect(found).not.toBe(dossier);
      expect(await source.lookup({ code: dossier.code, secondFactor: { kind: 'phone', value: SAMPLE_PHONE } })).toEqual(dossier);
    }
  });

  it('refuses a wrong or missing second factor, and an unknown code', async () => {
    const source = samples();
    const code = SAMPLE_DOSSIERS.late.code;
    await expect(source.lookup({ code, secondFactor: { kind: 'id-number', value: '001099000124' } })).rejects.toMatchObject({ code: 'wrong-second-factor' });
    await expect(source.lookup({ code })).rejects.toMatchObject({ code: 'wrong-second-factor' });
    await expect(source.lookup(byId('000.00.12.H29-260302-9999'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(source.lookup({ code: '' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('reads the request’s own properties only', async () => {
    const request = Object.create({ code: SAMPLE_DOSSIERS.submitted.code }) as { code: string };
    await expect(createMemoryDossierSource([SAMPLE_DOSSIERS.submitted]).lookup(request)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('needs no second factor when none is listed', async () => {
    const source = createMemoryDossierSource([SAMPLE_DOSSIERS.submitted]);
    expect(source.secondFactors).toEqual([]);
    expect(await source.lookup({ code: SAMPLE_DOSSIERS.submitted.code })).toEqual(SAMPLE_DOSSIERS.submitted);
  });

  it('answers the payment, and not-found for a dossier without fees', async () => {
    const source = samples();
    expect(await source.payment(byId(SAMPLE_DOSSIERS.late.code))).toEqual(SAMPLE_DOSSIERS.late.fees?.payment);
    await expect(source.payment(byId(SAMPLE_DOSSIERS.submitted.code))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('shows a replaced dossier (a refresh) and keeps its own copies', async () => {
    const source = samples();
    const dossier = structuredClone(SAMPLE_DOSSIERS.paymentRequired) as typeof SAMPLE_DOSSIERS.paymentRequired;
    source.set({ ...dossier, fees: dossier.fees && { ...dossier.fees, payment: { ...dossier.fees.payment, status: 'paid', paidAmount: 100_000 } } });
    expect((await source.payment(byId(dossier.code))).status).toBe('paid');
    const copy = await source.lookup(byId(dossier.code));
    copy.events.length = 0;
    expect((await source.lookup(byId(dossier.code))).events.length).toBeGreaterThan(0);
  });

  it('answers after its delay, and the caller can abort the wait', async () => {
    const source = createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS), { delayMs: 150 });
    const started = Date.now();
    await source.lookup({ code: SAMPLE_DOSSIERS.late.code });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(source.lookup({ code: SAMPLE_DOSSIERS.late.code }, { signal: controller.signal })).rejects.toMatchObject({ code: 'aborted' });
  });

  it.each(['network', 'timeout', 'server', 'malformed', 'rate-limited', 'not-found'] as const)('fails on purpose with %s', async (code) => {
    const source = createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS), { failWith: code });
    const error = await source.lookup({ code: SAMPLE_DOSSIERS.late.code }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierSourceError);
    expect(error).toMatchObject({ code });
    if (code === 'rate-limited') expect(error).toMatchObject({ retryAfterMs: 30_000, status: 429 });
  });

  it('fails per request with a function', async () => {
    const source = createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS), { failWith: (request) => (request.code.endsWith('0002') ? 'server' : undefined) });
    await expect(source.lookup({ code: SAMPLE_DOSSIERS.late.code })).rejects.toMatchObject({ code: 'server' });
    expect(await source.lookup({ code: SAMPLE_DOSSIERS.received.code })).toEqual(SAMPLE_DOSSIERS.received);
  });
});

describe('SAMPLE_DOSSIERS', () => {
  it('covers every state, each delivery method and each payment status', () => {
    const all = Object.values(SAMPLE_DOSSIERS);
    expect(new Set(all.map((d) => d.state.kind))).toEqual(
      new Set(['SUBMITTED', 'RECEIVED', 'REFUSED', 'SUPPLEMENT_REQUIRED', 'IN_PROCESS', 'PAYMENT_REQUIRED', 'RESULT_READY', 'RETURNED', 'WITHDRAWN', 'STOPPED']),
    );
    expect(new Set(all.map((d) => d.delivery.method))).toEqual(new Set(['ONLINE', 'IN_PERSON', 'POST']));
    expect(new Set(all.flatMap((d) => (d.fees ? [d.fees.payment.status] : [])))).toEqual(new Set(['unpaid', 'pending', 'paid', 'failed']));
    expect(SAMPLE_DOSSIERS.supplementAtIntake.state).toMatchObject({ kind: 'SUPPLEMENT_REQUIRED', stage: 'intake' });
    expect(SAMPLE_DOSSIERS.supplementInProcessing.state).toMatchObject({ kind: 'SUPPLEMENT_REQUIRED', stage: 'processing' });
    expect(SAMPLE_DOSSIERS.returned.delivery).toMatchObject({ method: 'POST', trackingNumber: 'EK123456789VN' });
    expect(SAMPLE_DOSSIERS.resultReady.delivery).toMatchObject({ method: 'ONLINE', result: { signed: true } });
  });

  it.each<[SampleName, string | undefined]>([
    ['submitted', undefined],
    ['received', 'pending'],
    ['inProcess', 'pending'],
    ['paymentRequired', 'pending'],
    ['late', 'overdue'],
    ['apology', 'overdue'],
    ['resultReady', 'on-time'],
    ['rejected', 'early'],
    ['returned', 'early'],
    ['withdrawn', undefined],
  ])('at SAMPLE_NOW, %s reads %s', (name, timeliness) => {
    expect(timelinessOf(SAMPLE_DOSSIERS[name], { now: SAMPLE_NOW })?.timeliness).toBe(timeliness);
  });

  it('the apology sample is late against its original date and in time against the revised one', () => {
    expect(timelinessOf(SAMPLE_DOSSIERS.apology, { now: SAMPLE_NOW })?.revised?.timeliness).toBe('pending');
  });

  it('uses the real procedure codes of schemas/procedures and payee purposes a VietQR code can carry', () => {
    for (const dossier of Object.values(SAMPLE_DOSSIERS)) {
      const schema = readJson(`schemas/procedures/${dossier.procedure.code}/schema.json`) as { 'x-dvc': { code: string; name: { vi: string } } };
      expect(schema['x-dvc'].code).toBe(dossier.procedure.code);
      expect(dossier.procedure.name).toBe(schema['x-dvc'].name.vi);
      const purpose = dossier.fees?.payment.payee?.purpose;
      if (purpose !== undefined) expect(purpose).toMatch(/^[ -~]{1,25}$/);
    }
  });

  it('are frozen, so a story cannot change them for the next', () => {
    expect(Object.isFrozen(SAMPLE_DOSSIERS.late.events[0].state)).toBe(true);
  });
});
