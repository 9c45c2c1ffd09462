// What npm test counts, from each runner's own JSON report: passed, failed and skipped tests. Skips are counted,
// not folded into passes, so a test that skips (no Electron binary, no corpus) shows in the last line.

/** Vitest's JSON reporter: skipped = `it.skip` (pending) + `it.todo`; a file that fails to load counts as a failure. */
export function vitestCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter stats: flaky tests passed on retry; `test.skip` and `test.fixme` are skipped. */
export function playwrightCounts(stats) {
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

/** The last line of npm test (the contract's `N passed, N failed`, with the skips after it). */
export const summaryLine = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
