import { defineConfig } from 'vitest/config';

// The pages' pure logic (submission, idempotency keys, drafts, receipts, language) in Node; the pages themselves
// run in Chromium (test/**/*.browser.test.ts, web-test-runner).
export default defineConfig({
  test: {
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/demo.vitest.json` }]]
      : ['default'],
    projects: [
      { extends: true, test: { name: 'utc', include: ['test/**/*.test.ts'], exclude: ['test/**/*.browser.test.ts'], env: { TZ: 'UTC' } } },
      // The officer console's dates are Vietnam's whatever the officer's machine says: its date and action tests run
      // again in a zone far from UTC+7.
      { extends: true, test: { name: 'new-york', include: ['test/console-time.test.ts', 'test/console-actions.test.ts'], env: { TZ: 'America/New_York' } } },
    ],
  },
});
