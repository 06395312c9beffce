import { defineConfig } from 'vitest/config';

// The repository's own scripts (CI helpers), tested in Node like the pure packages.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.mjs'],
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/scripts.vitest.json` }]]
      : ['default'],
  },
});
