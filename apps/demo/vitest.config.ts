import { defineConfig } from 'vitest/config';

// The pages' pure logic (submission, idempotency keys, drafts, receipts, language) in Node; the pages themselves
// run in Chromium (test/**/*.browser.test.ts, web-test-runner).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts'],
    env: { TZ: 'UTC' },
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/demo.vitest.json` }]]
      : ['default'],
  },
});
