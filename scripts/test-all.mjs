// Runs every test runner through turbo and prints one closing line totalled over all of them:
// "N passed, M failed". Each runner writes its counts into a fresh results folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resultsDir = mkdtempSync(join(tmpdir(), 'dvc-test-results-'));
const env = { ...process.env, DVC_TEST_RESULTS: resultsDir, NO_COLOR: '1' };
// The repository's own scripts first (quick), then every package's runners and the Storybook's (every story opened
// in the dev server and the static build) through turbo.
const scripts = spawnSync('npx', ['vitest', 'run', '--config', 'scripts/vitest.config.mjs'], { stdio: 'inherit', env });
const turboArgs = ['turbo', 'run', 'test', 'test:stories', '--ui=stream', '--log-order=grouped', ...process.argv.slice(2)];
const packages = spawnSync('npx', turboArgs, { stdio: 'inherit', env });
const run = { status: scripts.status || packages.status };

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(resultsDir)) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  if (file.endsWith('.vitest.json')) {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    passed += report.passed;
    failed += report.failed;
    skipped += report.skipped;
  }
}
if (run.status !== 0 && failed === 0) failed = 1; // a runner crashed before reporting
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
