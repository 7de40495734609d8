#!/usr/bin/env node
// Prints one line, `N passed, N failed`, from a Vitest JSON report (default .vitest-report.json)
// and exits 1 when anything failed. A missing or unreadable report counts as one failure.
// A test file that failed without any failing test (it did not load, or a hook threw) counts as
// one failed test, and so does a run the report marks unsuccessful with no failure counted
// (unhandled errors): "0 failed" must never stand beside a red run.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.vitest-report.json';
let passed;
let failed;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = Number(report.numPassedTests) || 0;
  failed = Number(report.numFailedTests) || 0;
  for (const result of report.testResults ?? []) {
    const failedTests = (result.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (result.status === 'failed' && failedTests.length === 0) failed += 1;
  }
  if (report.success === false && failed === 0) failed = 1;
} catch (error) {
  console.error(`test-summary: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  passed = 0;
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
