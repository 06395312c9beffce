import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI machines have two cores shared by several runners: allow slow moments, never flake.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/server.vitest.json` }]]
      : ['default'],
  },
});
