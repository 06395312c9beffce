import { defineConfig } from 'vitest/config';

// Opens every story and Docs page of the Storybook, in the dev server and in the static build (`storybook-static`,
// built first by turbo's `//#storybook:build`). Run from the repository root: `npm run test:stories`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.mjs'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: process.env.DVC_TEST_RESULTS
      ? ['default', ['json', { outputFile: `${process.env.DVC_TEST_RESULTS}/storybook.vitest.json` }]]
      : ['default'],
  },
});
