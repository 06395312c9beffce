import { defineConfig } from 'vitest/config';

// Every test file runs with TZ=UTC. The date-sensitive files run a second time with
// TZ=America/New_York (project "new-york"), so a bug that leaks the machine's time zone into
// Asia/Ho_Chi_Minh dates fails one of the two runs. Node re-reads process.env.TZ when it is set,
// and vitest sets `env` in each worker before the test file is imported; test/tz.test.ts checks
// that the offset really changed, so this cannot pass silently.
const DATE_TESTS = ['test/calendar.test.ts', 'test/lunar.test.ts', 'test/tz.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/vn.vitest.json` }]]
      : ['default'],
    projects: [
      { extends: true, test: { name: 'utc', include: ['test/**/*.test.ts'], env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'new-york', include: DATE_TESTS, env: { TZ: 'America/New_York' } } },
    ],
  },
});
