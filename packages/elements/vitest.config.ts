import { defineConfig } from 'vitest/config';

// Node tests of DOM-free helpers (`*.test.ts`); `*.browser.test.ts` run in Chromium under web-test-runner.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.browser.test.ts', '**/node_modules/**', '**/dist/**'],
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/elements.vitest.json` }]]
      : ['default'],
  },
});
