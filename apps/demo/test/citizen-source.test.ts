import { describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIERS } from '@dvc-kit/dossier/samples';
import { citizenSource } from '../src/pages/citizen-source.js';
import { resultDownloadPath } from '../src/pages/result-link.js';

describe('the citizen pages’ dossier source', () => {
  const dossier = { ...structuredClone(SAMPLE_DOSSIERS.resultReady), delivery: { method: 'ONLINE', resultAttachmentId: 'att_0001' } };

  function server() {
    const bodies: unknown[] = [];
    const fetchStub = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify(dossier), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    return { bodies, fetchStub };
  }

  it('sends the receipt token the tab kept for that code, and no second factor is asked', async () => {
    const { bodies, fetchStub } = server();
    const source = citizenSource({ tokenFor: (code) => (code === dossier.code ? 'token-abc' : null), secondFactors: [], fetch: fetchStub, baseUrl: 'http://127.0.0.1:8080/api' });
    expect(source.secondFactors).toEqual([]);
    const shown = await source.lookup({ code: dossier.code });
    expect(shown.code).toBe(dossier.code);
    expect(bodies).toEqual([{ code: dossier.code, receiptToken: 'token-abc' }]);
  });

  it('sends no token for another code, and shows the page the raw answer before the contract reader drops fields', async () => {
    const { bodies, fetchStub } = server();
    const answers: [string, unknown][] = [];
    const source = citizenSource({
      tokenFor: () => null,
      secondFactors: ['id-number', 'phone'],
      onAnswer: (code, body) => answers.push([code, body]),
      fetch: fetchStub,
      baseUrl: 'http://127.0.0.1:8080/api',
    });
    const shown = await source.lookup({ code: dossier.code, secondFactor: { kind: 'id-number', value: '001099000123' } });
    expect(bodies).toEqual([{ code: dossier.code, secondFactor: { kind: 'id-number', value: '001099000123' } }]);
    // The reader keeps the contract's fields only; the page read the attachment from the raw answer.
    expect('resultAttachmentId' in shown.delivery).toBe(false);
    expect(answers.map(([code, body]) => [code, resultDownloadPath(body)])).toEqual([[dossier.code, '/api/results/att_0001']]);
  });
});
