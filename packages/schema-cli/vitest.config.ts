import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests spawn the built CLI and run esbuild; give them room on a busy 2-core machine.
    testTimeout: 60_000,
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/schema-cli.vitest.json` }]]
      : ['default'],
  },
});
