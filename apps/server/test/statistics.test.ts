import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readStatistics } from '@dvc-kit/dossier/statistics';
import { seedDemo } from '../src/seed.js';
import type { TestApp } from './helpers/app.js';
import { GENERATED_DIR, testApp } from './helpers/app.js';

const PROCEDURES_DIR = fileURLToPath(new URL('../../../schemas/procedures', import.meta.url));
const NOW = '2026-12-07T10:00:00+07:00';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

describe('GET /api/statistics', () => {
  it('counts the seeded dossiers from their stored events, by month and agency, in the contract', async () => {
    t = await testApp();
    t.clock.set(NOW);
    await seedDemo({ store: t.store, blobs: t.blobs, generatedDir: GENERATED_DIR, proceduresDir: PROCEDURES_DIR, secret: 's', now: Date.parse(NOW) });
    const response = await t.app.inject({ method: 'GET', url: '/api/statistics?from=2026-01&to=2026-12' });
    expect(response.statusCode, response.body).toBe(200);
    const statistics = readStatistics(response.json());
    expect(statistics.totals).toMatchObject({ received: 6, filedOnline: 6, finished: 3, late: 1 });
    expect(statistics.totals.early + statistics.totals.onTime).toBe(2);
    expect(statistics.totals.paidOnline).toBe(1);
    expect(statistics.byMonth.filter((month) => month.received > 0).length).toBeGreaterThanOrEqual(3);
    const ward = await t.app.inject({ method: 'GET', url: '/api/statistics?from=2026-01&to=2026-12&agency=000.31.01.H99' });
    expect(ward.json().totals.received).toBe(4);
  });

  it('refuses a malformed or reversed period (400)', async () => {
    t = await testApp();
    for (const query of ['from=2026-13', 'from=2026-12&to=2026-01', 'from=2000-01&to=2026-12', 'agency=a%20b', 'from=2026-01&from=2026-02']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/statistics?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('invalid-request');
    }
  });
});
