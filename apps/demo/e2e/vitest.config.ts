import { defineConfig } from 'vitest/config';

// The end-to-end journey: the built server and site on a fresh database, driven in Debian's Chromium. One file, run
// alone after the other tests, with room for a slow shared machine (no timing is asserted).
export default defineConfig({
  test: {
    root: 'e2e',
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Pages answer in their own time on a busy machine: a step waits up to 15 s for what it expects to see.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    env: { TZ: 'UTC' },
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/demo-e2e.vitest.json` }]]
      : ['default'],
  },
});
