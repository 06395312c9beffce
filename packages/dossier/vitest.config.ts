import { defineConfig } from 'vitest/config';

// Timeliness, the apology's day rule and the statistics' months are read in Asia/Ho_Chi_Minh whatever the machine's zone: their tests run under TZ=UTC
// and again under TZ=America/New_York (project "new-york"), as @dvc-kit/procedure's due-date tests do.
const DATE_TESTS = ['test/timeliness.test.ts', 'test/apology.test.ts', 'test/statistics.test.ts', 'test/officer-actions.test.ts'];

export default defineConfig({
  test: {
    // CI machines have two cores shared by several runners: allow slow moments, never flake.
    testTimeout: 30_000,
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/dossier.vitest.json` }]]
      : ['default'],
    projects: [
      { extends: true, test: { name: 'utc', include: ['test/**/*.test.ts'], env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'new-york', include: DATE_TESTS, env: { TZ: 'America/New_York' } } },
    ],
  },
});
