// Writes pass/fail counts of a web-test-runner run to $DVC_TEST_RESULTS/<name>.wtr.json,
// so scripts/test-all.mjs can print one total over every runner.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countingReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const dir = process.env.DVC_TEST_RESULTS;
      if (!dir) return;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load has no test results: count it as one failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) counts.failed++;
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.wtr.json`), JSON.stringify(counts));
    },
  };
}
