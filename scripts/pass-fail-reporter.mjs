// Counts the browser suite's tests for the closing `N passed, N failed` line (printed by
// scripts/test.mjs, or here when the runner is started alone). A test file that fails to load,
// or errors outside a test, counts as one failure.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** A @web/test-runner reporter that ends the run with `N passed, N failed`. */
export function passFailReporter() {
  let totals = { passed: 0, failed: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) totals.failed += 1;
      }
    },
    stop() {
      if (process.env.PASS_FAIL_FILE) writeFileSync(process.env.PASS_FAIL_FILE, JSON.stringify(totals));
      else process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
    },
  };
}
