// npm test's last line counts skips. Real runners, real reports: vitest and Playwright each run a small suite
// with one test passing, one failing and two skipped, and the counts come from their own JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
interface TestSummary {
  vitestCounts(report: unknown): Counts;
  playwrightCounts(stats: unknown): Counts;
  summaryLine(c: Counts): string;
}
const { vitestCounts, playwrightCounts, summaryLine } = (await import('./test-summary.mjs' as string)) as TestSummary;

const root = join(__dirname, '..');
// Outside the project (Playwright does not look for tests in git-ignored folders), with the project's
// node_modules linked in so the fixtures resolve vitest and @playwright/test.
const work = mkdtempSync(join(tmpdir(), 'cmlens-summary-'));
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runNode(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, CI: '1' } });
}

describe('npm test summary', () => {
  it('counts vitest skips (it.skip and it.todo) apart from passes and failures', () => {
    const dir = join(work, 'vitest');
    mkdirSync(dir);
    writeFileSync(join(dir, 'vitest.config.mjs'), 'export default { test: { include: ["*.check.ts"] } };\n');
    writeFileSync(
      join(dir, 'four.check.ts'),
      "import { expect, it } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit('fails', () => expect(1).toBe(2));\nit.skip('skipped', () => {});\nit.todo('todo');\n",
    );
    const out = join(dir, 'report.json');
    const r = runNode([join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter=json', `--outputFile.json=${out}`]);
    expect(r.status, r.stderr).toBe(1);
    const counts = vitestCounts(JSON.parse(readFileSync(out, 'utf8')));
    expect(counts).toEqual({ passed: 1, failed: 1, skipped: 2 });
    expect(summaryLine(counts)).toBe('1 passed, 1 failed, 2 skipped');
  });

  it('counts Playwright skips (test.skip and test.fixme) apart from passes and failures', () => {
    const dir = join(work, 'playwright');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pw.config.mjs'), `export default { testDir: ${JSON.stringify(dir)}, testMatch: /.*\\.check\\.mjs$/, workers: 1, retries: 0 };\n`);
    writeFileSync(
      join(dir, 'four.check.mjs'),
      "import { expect, test } from '@playwright/test';\ntest('passes', () => expect(1).toBe(1));\ntest('fails', () => expect(1).toBe(2));\ntest.skip('skipped', () => {});\ntest.fixme('fixme', () => {});\n",
    );
    const out = join(dir, 'report.json');
    const r = runNode([join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', join(dir, 'pw.config.mjs'), '--reporter=json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    expect(r.status, r.stderr).toBe(1);
    const counts = playwrightCounts(JSON.parse(readFileSync(out, 'utf8')).stats);
    expect(counts).toEqual({ passed: 1, failed: 1, skipped: 2 });
  });

  it('keeps the contract\'s `N passed, N failed` at the start of the last line', () => {
    const line = summaryLine({ passed: 1024, failed: 0, skipped: 3 });
    expect(line).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
    expect(/^(\d+) passed, (\d+) failed/.exec(line)?.slice(1)).toEqual(['1024', '0']);
  });
});
