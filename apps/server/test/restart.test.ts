import { describe, expect, it } from 'vitest';
import { example, filesFor, submit, testApp } from './helpers/app.js';

describe('a restart in the middle', () => {
  it('keeps the dossier in the SQLite file, and a retried submit with the same key replays it', async () => {
    const data = example('2.000720', 'valid-individual-online');
    const files = filesFor(data);
    const first = await testApp();
    const filed = await submit(first.app, '2.000720', data, 'restart-key-01', files);
    expect(filed.statusCode).toBe(201);
    await first.close(true);

    const second = await testApp({ dir: first.dir });
    try {
      const retried = await submit(second.app, '2.000720', data, 'restart-key-01', files);
      expect(retried.statusCode).toBe(201);
      expect(retried.headers['idempotent-replayed']).toBe('true');
      expect(retried.json()).toEqual(filed.json());
      expect(await second.store.countDossiers({})).toBe(1);
      const lookup = await second.app.inject({ method: 'POST', url: '/api/dossiers/lookup', payload: { code: filed.json().code, receiptToken: filed.json().receiptToken } });
      expect(lookup.json()).toMatchObject({ code: filed.json().code, state: { kind: 'SUBMITTED' } });
      const next = await submit(second.app, '2.000720', data, 'restart-key-02', files);
      expect(next.json().code).toBe(filed.json().code.replace(/0001$/, '0002'));
    } finally {
      await second.close();
    }
  });
});
