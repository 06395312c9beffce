import { describe, expect, it } from 'vitest';
import { paymentsUrl, startPayment } from '../src/submission/payment.js';
import { resultDownloadPath } from '../src/pages/result-link.js';

describe('starting a payment', () => {
  it('posts the key and the receipt token to the dossier’s payments', async () => {
    const seen: [string, RequestInit][] = [];
    const ok = (async (url: string, init: RequestInit) => {
      seen.push([url, init]);
      return new Response('{}', { status: 202 });
    }) as typeof fetch;
    expect(await startPayment('000.00.01.H99-261206-0001', { key: 'pay-12345678', receiptToken: 'tok', fetch: ok })).toEqual({ ok: true });
    expect(seen[0]![0]).toBe('/api/dossiers/000.00.01.H99-261206-0001/payments');
    expect(seen[0]![1].headers).toMatchObject({ 'Idempotency-Key': 'pay-12345678' });
    expect(JSON.parse(seen[0]![1].body as string)).toEqual({ receiptToken: 'tok' });
    expect(paymentsUrl('a/b')).toBe('/api/dossiers/a%2Fb/payments');
  });

  it('says whether trying again can help', async () => {
    const answer = (status: number, body = '{}') => (async () => new Response(body, { status })) as typeof fetch;
    expect(await startPayment('c', { key: 'k-12345678', fetch: answer(403, '{"message":"Sai mã"}') })).toEqual({ ok: false, retryable: false, status: 403, message: 'Sai mã' });
    expect(await startPayment('c', { key: 'k-12345678', fetch: answer(503, 'busy') })).toEqual({ ok: false, retryable: true, status: 503, message: '' });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await startPayment('c', { key: 'k-12345678', fetch: down })).toEqual({ ok: false, retryable: true, message: 'Failed to fetch' });
  });
});

describe('the electronic result link on plain http', () => {
  it('is /api/results/<id> when the raw lookup names the result’s attachment', () => {
    expect(resultDownloadPath({ delivery: { method: 'ONLINE', resultAttachmentId: 'att_42' } })).toBe('/api/results/att_42');
    expect(resultDownloadPath({ delivery: { method: 'ONLINE' } })).toBe(null);
    expect(resultDownloadPath({ delivery: { method: 'POST', resultAttachmentId: 'att_42' } })).toBe(null);
    expect(resultDownloadPath({ delivery: { method: 'ONLINE', resultAttachmentId: '../../etc' } })).toBe(null);
    expect(resultDownloadPath(null)).toBe(null);
  });
});
